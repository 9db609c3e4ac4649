// A small typed builder for invented profiles: a consistent, genuine-looking person by default, so a
// scenario states only what differs. Every date is relative to NOW; nobody here is a real person.
import type {
  AboutThisProfile,
  ActivityItem,
  AssessContext,
  ContactInfo,
  Education,
  MemoryView,
  Position,
  ProfileSnapshot,
  Severity,
  Level,
} from '../../src/model.ts';
import { packageDisposableDomains } from '../../src/signals/common/disposable-domains-package.ts';

export const NOW = new Date('2026-11-15T12:00:00Z');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthText(d: string | null): string {
  if (!d) return 'Present';
  const [y, m] = d.split('-');
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : String(y);
}

/** LinkedIn's inclusive duration ("2 yrs 3 mos") for month dates; null when a date is a bare year. */
function durationText(start: string, end: string | null): string | null {
  const s = /^(\d{4})-(\d{2})$/.exec(start);
  const e = end ? /^(\d{4})-(\d{2})$/.exec(end) : [null, String(NOW.getUTCFullYear()), String(NOW.getUTCMonth() + 1).padStart(2, '0')];
  if (!s || !e) return null;
  const months = Number(e[1]) * 12 + Number(e[2]) - (Number(s[1]) * 12 + Number(s[2])) + 1;
  const y = Math.floor(months / 12);
  const mo = months % 12;
  return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', mo || !y ? `${mo} mo${mo === 1 ? '' : 's'}` : ''].filter(Boolean).join(' ');
}

export interface JobSpec {
  title: string;
  company: string;
  start: string;
  end?: string | null;
  type?: string | null;
  companyUrl?: string | null;
  duration?: string | null;
  description?: string | null;
}

/** job('Senior Engineer', 'Acme', '2021-03', null, 'Full-time') */
export function job(title: string, company: string, start: string, end: string | null = null, type: string | null = 'Full-time', extra: Partial<JobSpec> = {}): JobSpec {
  return { title, company, start, end, type, ...extra };
}

export interface SchoolSpec {
  school: string;
  degree?: string | null;
  field?: string | null;
  start?: string | null;
  end?: string | null;
  schoolUrl?: string | null;
}

export function school(school: string, degree: string | null, start: string | null, end: string | null, extra: Partial<SchoolSpec> = {}): SchoolSpec {
  return { school, degree, start, end, ...extra };
}

/** '3d', '2w', '5mo', '2yr'; or an object for reposts and ids. */
export type ActivitySpec = string | { relative: string | null; action?: ActivityItem['action']; postedAt?: string | null };

export function relativeDays(label: string): number {
  const m = /^(\d+)\s*(h|d|w|mo|yr)$/.exec(label);
  if (!m) throw new Error(`bad relative label ${label}`);
  const n = Number(m[1]);
  // LinkedIn's labels are approximate: "1mo" stands for about 30 days.
  const perUnit: Record<string, number> = { h: 0, d: 1, w: 7, mo: 30, yr: 365 };
  return n * (perUnit[m[2]!] ?? 0);
}

export interface ProfileSpec {
  name: string | null;
  slug: string | null;
  headline: string | null;
  location: string | null;
  connections: string | null;
  followers: number | null;
  hasPhoto: boolean | null;
  verified: boolean | null;
  about: string | null;
  photoUploadedAt: string | null;
  /** The image id in the photo URL: a new picture has a new id. */
  photoId: string;
  bannerUploadedAt: string | null;
  jobs: JobSpec[] | null;
  experienceTotal: number | null;
  schools: SchoolSpec[] | null;
  activity: ActivitySpec[] | null;
  contact: { phones?: (string | { raw: string; label: string })[]; emails?: string[]; websites?: string[] } | null;
  aboutThisProfile: {
    joined?: string | null;
    nameChanged?: string | null;
    photoChanged?: string | null;
    contactChanged?: string | null;
    verifications?: string[];
  } | null;
  nameSources: ProfileSnapshot['nameSources'] | 'same';
}

/** A consistent, unremarkable senior engineer: the default every scenario starts from. */
export const GENUINE: ProfileSpec = {
  name: 'Anna Lindqvist',
  slug: 'anna-lindqvist-4a2b3c1',
  headline: 'Senior Software Engineer at Norrsken Systems',
  location: 'Stockholm, Stockholm County, Sweden',
  connections: '500+',
  followers: 812,
  hasPhoto: true,
  verified: null,
  about: 'Backend engineer who likes boring, reliable systems.',
  photoUploadedAt: '2023-02-10T09:00:00Z',
  photoId: 'D4D03AQInvented01',
  bannerUploadedAt: null,
  jobs: [
    job('Senior Software Engineer', 'Norrsken Systems', '2021-03', null, 'Full-time', { companyUrl: 'https://www.linkedin.com/company/norrsken-systems/' }),
    job('Software Engineer', 'Fjord Analytics', '2017-08', '2021-02', 'Full-time', { companyUrl: 'https://www.linkedin.com/company/fjord-analytics/' }),
    job('Junior Developer', 'Lagom Web', '2015-06', '2017-07', 'Full-time', { companyUrl: 'https://www.linkedin.com/company/lagom-web/' }),
  ],
  experienceTotal: null,
  schools: [
    school('Nordic Institute of Technology', 'Master of Science - MS', '2013', '2015', { schoolUrl: 'https://www.linkedin.com/school/nit/' }),
    school('Nordic Institute of Technology', 'Bachelor of Science - BS', '2010', '2013', { schoolUrl: 'https://www.linkedin.com/school/nit/' }),
  ],
  activity: [{ relative: '1w', action: 'comment' }, { relative: '3w', action: 'post' }, { relative: '2mo', action: 'repost' }, { relative: '5mo', action: 'post' }],
  contact: { phones: [{ raw: '+46 70 123 45 67', label: 'Mobile' }], emails: ['anna.lindqvist@gmail.com'], websites: [] },
  aboutThisProfile: { joined: '2012-05', verifications: [] },
  nameSources: 'same',
};

export function snapshot(overrides: Partial<ProfileSpec> = {}): ProfileSnapshot {
  const spec: ProfileSpec = { ...GENUINE, ...overrides };
  const experience: Position[] = (spec.jobs ?? []).map((j, i) => ({
    ref: `experience:${i}`,
    title: j.title,
    company: j.company,
    companyUrl: j.companyUrl ?? null,
    employmentType: j.type ?? null,
    dates: `${monthText(j.start)} - ${monthText(j.end ?? null)}`,
    duration: j.duration !== undefined ? j.duration : durationText(j.start, j.end ?? null),
    start: j.start,
    end: j.end ?? null,
    current: !j.end,
    location: null,
    description: j.description ?? null,
  }));
  const education: Education[] = (spec.schools ?? []).map((s, i) => ({
    ref: `education:${i}`,
    school: s.school,
    schoolUrl: s.schoolUrl ?? null,
    degree: s.degree ?? null,
    field: s.field ?? null,
    dates: s.start || s.end ? [s.start, s.end].filter(Boolean).map((d) => monthText(d!)).join(' - ') : null,
    start: s.start ?? null,
    end: s.end ?? null,
  }));
  const activity: ActivityItem[] = (spec.activity ?? []).map((a, i) => {
    const item = typeof a === 'string' ? { relative: a } : a;
    return {
      ref: `activity:${i}`,
      relative: item.relative,
      relativeDays: item.relative ? relativeDays(item.relative) : null,
      activityId: null,
      postedAt: item.postedAt ?? null,
      action: item.action ?? null,
    };
  });
  const contact: ContactInfo | null = spec.contact
    ? {
        phones: (spec.contact.phones ?? []).map((p, i) => ({ ref: `contact:phone:${i}`, raw: typeof p === 'string' ? p : p.raw, label: typeof p === 'string' ? null : p.label })),
        emails: (spec.contact.emails ?? []).map((address, i) => ({ ref: `contact:email:${i}`, address })),
        websites: (spec.contact.websites ?? []).map((url, i) => ({ ref: `contact:website:${i}`, url, label: null })),
        birthday: null,
        connectedSince: null,
      }
    : null;
  const dated = (d: string | null | undefined, words: string) => (d ? { raw: `${words} ${monthText(d)}`, date: d } : null);
  const about: AboutThisProfile | null = spec.aboutThisProfile
    ? {
        joined: dated(spec.aboutThisProfile.joined, 'Joined'),
        nameChanged: dated(spec.aboutThisProfile.nameChanged, 'Name last updated'),
        photoChanged: dated(spec.aboutThisProfile.photoChanged, 'Profile photo last updated'),
        contactChanged: dated(spec.aboutThisProfile.contactChanged, 'Contact information last updated'),
        verifications: spec.aboutThisProfile.verifications ?? [],
      }
    : null;
  const shownJobs = experience.length;
  const total = spec.experienceTotal ?? (spec.jobs ? shownJobs : null);
  return {
    schemaVersion: 1,
    url: spec.slug ? `https://www.linkedin.com/in/${spec.slug}/` : null,
    kind: 'profile',
    layout: 'logged-in-2025',
    locale: 'en_US',
    capturedAround: NOW.toISOString().slice(0, 10),
    memberId: null,
    profileUrl: spec.slug ? `https://www.linkedin.com/in/${spec.slug}/` : null,
    slug: spec.slug,
    name: spec.name,
    headline: spec.headline,
    location: spec.location,
    connections: spec.connections,
    followers: spec.followers,
    hasPhoto: spec.hasPhoto,
    openToWork: false,
    verified: spec.verified,
    about: spec.about,
    nameSources:
      spec.nameSources === 'same'
        ? { pageTitle: spec.name ? `${spec.name} | LinkedIn` : null, jsonLd: null, photoAlt: spec.hasPhoto ? spec.name : null }
        : spec.nameSources,
    photo: spec.hasPhoto
      ? { url: `https://media.licdn.com/dms/image/v2/${spec.photoId}/profile-displayphoto-shrink_400_400/0/1?e=1&t=signed`, uploadedAt: spec.photoUploadedAt }
      : null,
    banner: spec.bannerUploadedAt ? { url: 'https://media.licdn.com/dms/image/v2/invented/profile-displaybackgroundimage/0/1', uploadedAt: spec.bannerUploadedAt } : null,
    experience,
    experienceShownAll: spec.jobs ? total === shownJobs : null,
    experienceTotal: spec.experienceTotal,
    education,
    certifications: [],
    skills: [],
    activity,
    contact,
    aboutThisProfile: about,
    coverage: {
      experience: { seen: spec.jobs !== null, shown: shownJobs, total },
      education: { seen: spec.schools !== null, shown: education.length, total: spec.schools ? education.length : null },
      certifications: { seen: false, shown: 0, total: null },
      skills: { seen: false, shown: 0, total: null },
      activity: { seen: spec.activity !== null, shown: activity.length, total: null },
      contact: { seen: contact !== null, shown: contact ? contact.phones.length + contact.emails.length + contact.websites.length : 0, total: null },
      aboutThisProfile: { seen: about !== null, shown: about ? 1 : 0, total: null },
    },
  };
}

export function context(overrides: Partial<AssessContext> = {}): AssessContext {
  return { now: NOW, region: null, memory: null, disposableDomains: packageDisposableDomains(), ...overrides };
}

export function memory(overrides: Partial<MemoryView> = {}): MemoryView {
  return { previous: [], shared: [], reports: [], ...overrides };
}

export interface Scenario {
  name: string;
  /** What the case stands for: a firing case or a benign look-alike. */
  story: string;
  snapshot: ProfileSnapshot;
  ctx?: AssessContext;
  /** Signals that must fire, with the strongest severity they must reach (exactly). */
  fires: Record<string, Severity>;
  /** Signals that must produce no finding at all. */
  silent: string[];
  /** Signals that must report "not checked". */
  notChecked?: string[];
  level?: Level;
}
