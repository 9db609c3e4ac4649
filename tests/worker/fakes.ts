// In-memory stand-ins for the browser: a storage area (values go through JSON, like the real
// one, so a test never passes by sharing an object) and a small snapshot builder.
import type { ProfileSnapshot, Position } from '../../src/model.ts';
import type { StorageArea } from '../../src/storage/area.ts';

export function fakeArea(initial: Record<string, unknown> = {}): StorageArea & { data: Map<string, string> } {
  const data = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of keys) if (data.has(k)) out[k] = JSON.parse(data.get(k)!);
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, JSON.stringify(v));
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
    async getAll() {
      return Object.fromEntries([...data].map(([k, v]) => [k, JSON.parse(v)]));
    },
  };
}

const NO = { seen: false, shown: 0, total: null };

export function position(title: string, company: string, start: string, end: string | null, extra: Partial<Position> = {}): Position {
  return {
    ref: 'experience:0',
    title,
    company,
    companyUrl: null,
    employmentType: 'Full-time',
    dates: `${start} - ${end ?? 'Present'}`,
    duration: null,
    start,
    end,
    current: end === null,
    location: null,
    description: 'Built things for a long time.',
    ...extra,
  };
}

export function snapshot(over: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  const experience = over.experience ?? [position('Engineer', 'Acme', '2015-01', '2019-06'), position('Senior Engineer', 'Globex', '2019-07', null)];
  return {
    schemaVersion: 1,
    url: `https://www.linkedin.com/in/${over.slug ?? 'jane-doe'}/`,
    kind: 'profile',
    layout: 'logged-in-2024',
    locale: 'en_US',
    capturedAround: '2026-11-01',
    memberId: null,
    profileUrl: `https://www.linkedin.com/in/${over.slug ?? 'jane-doe'}/`,
    slug: 'jane-doe',
    name: 'Jane Doe',
    headline: 'Engineer',
    location: 'Leeds, England, United Kingdom',
    connections: '500+',
    followers: 900,
    hasPhoto: true,
    openToWork: false,
    verified: null,
    about: null,
    nameSources: { pageTitle: 'Jane Doe | LinkedIn', jsonLd: null, photoAlt: 'Jane Doe' },
    // One uploaded image per slug, so two test profiles share a photo only when a test says so.
    photo: { url: `https://media.licdn.com/dms/image/v2/D4E03AQ${over.slug ?? 'jane-doe'}/profile-displayphoto-shrink_800_800/profile-displayphoto-shrink_800_800/0/1700000000000?e=1&v=beta&t=x`, uploadedAt: '2023-11-14' },
    banner: null,
    experience: experience.map((p, i) => ({ ...p, ref: `experience:${i}` })),
    experienceShownAll: true,
    experienceTotal: null,
    education: [],
    certifications: [],
    skills: ['TypeScript'],
    activity: [],
    contact: null,
    aboutThisProfile: null,
    coverage: {
      experience: { seen: true, shown: experience.length, total: experience.length },
      education: NO,
      certifications: NO,
      skills: { seen: true, shown: 1, total: 1 },
      activity: NO,
      contact: NO,
      aboutThisProfile: NO,
    },
    ...over,
  };
}

export function withContact(s: ProfileSnapshot, phones: string[], emails: string[] = []): ProfileSnapshot {
  return {
    ...s,
    contact: {
      phones: phones.map((raw, i) => ({ ref: `contact:phone:${i}`, raw, label: 'Mobile' })),
      emails: emails.map((address, i) => ({ ref: `contact:email:${i}`, address })),
      websites: [],
      birthday: null,
      connectedSince: null,
    },
    coverage: { ...s.coverage, contact: { seen: true, shown: phones.length + emails.length, total: null } },
  };
}

/**
 * A storage area that enforces a quota as Chrome's storage.session does (QUOTA_BYTES: each key's
 * length plus its value's JSON, in UTF-8 bytes): a write that would pass it fails whole, with
 * Chrome's message, and stores nothing.
 */
export function quotaArea(quotaBytes: number): ReturnType<typeof fakeArea> & { bytes(): number } {
  const area = fakeArea();
  const enc = new TextEncoder();
  const sizes = new Map<string, number>();
  let total = 0;
  return {
    ...area,
    bytes: () => total,
    async set(items) {
      const next = new Map<string, number>();
      let after = total;
      for (const [k, v] of Object.entries(items)) {
        const size = enc.encode(k).length + enc.encode(JSON.stringify(v)).length;
        after += size - (next.get(k) ?? sizes.get(k) ?? 0);
        next.set(k, size);
      }
      if (after > quotaBytes) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      await area.set(items);
      for (const [k, size] of next) sizes.set(k, size);
      total = after;
    },
    async remove(keys) {
      for (const k of keys) {
        total -= sizes.get(k) ?? 0;
        sizes.delete(k);
      }
      await area.remove(keys);
    },
  };
}

/**
 * A sender whose address the test leaves out: the worker then takes the snapshot as its page's (the
 * browser always gives a content script's address; tests/worker/page-world.test.ts covers the check).
 */
export function anyAddress<T extends { url: string | null }>(sender: T): T {
  return { ...sender, url: null };
}
