// A confirmed case as the hub keeps it, and the details its reports carried in clear, gathered once
// for every export (STIX, MISP, CSV). Nothing is guessed: a value is here only when a report's
// snapshot (or an earlier view it carried) showed it, or a finding's evidence named an e-mail
// address literally. The profile key stays a key: it is copied, never looked up or decoded.
// Identifiers (addresses, numbers, the public identifier, URLs) lose invisible characters, so an
// indicator matches the real value; text for people to read (names, headlines, titles) shows them
// marked, "⟦U+202E⟧", as the evidence bundle's text does (src/invisible.ts).
import type { EvidenceBundle } from '../../src/report/bundle.ts';
import type { ProfileSnapshot } from '../../src/model.ts';
import { findEmails } from '../../src/application/emails.ts';
import { markInvisible, withoutInvisible } from '../../src/invisible.ts';
import { inPathSlug, isLinkedInHost } from '../../src/linkedin-url.ts';

export interface ConfirmedCase {
  /** The hub's keyed hash of the profile (base64url): a key, never decoded. */
  profileKey: string;
  status: 'confirmed_fraud';
  /** The triage note, as the team member wrote it. */
  note: string | null;
  triagedAt: string;
  /** The member who confirmed it (their label in the hub). */
  triagedBy: string;
  reports: EvidenceBundle[];
}

/** Where a contact value came from: the profile's contact info, or a finding's evidence that named it. */
export type Source = 'profile' | 'evidence';

export interface CaseDetails {
  profileKey: string;
  status: ConfirmedCase['status'];
  note: string | null;
  triagedAt: string;
  triagedBy: string;
  reportCount: number;
  /** Earliest and latest report (createdAt). */
  firstReported: string;
  lastReported: string;
  /** Earliest view a report carried (an earlier snapshot's seenAt, else the first report) and the latest report. */
  firstSeen: string;
  lastSeen: string;
  /** Every list: most recent first, each value once. */
  names: string[];
  headlines: string[];
  profileUrls: string[];
  /** LinkedIn public identifiers (the "/in/<identifier>" vanity name). */
  publicIdentifiers: string[];
  phones: { value: string; label: string | null }[];
  emails: { value: string; source: Source }[];
  findingTitles: string[];
}

/** A view of the profile a report carried, with when it was seen. */
interface View {
  at: string;
  snapshot: ProfileSnapshot;
}

const clean = (value: string | null | undefined): string | null => {
  const v = value == null ? '' : withoutInvisible(value).trim();
  return v === '' ? null : v;
};
const shown = (value: string | null | undefined): string | null => {
  const v = value?.trim() ?? '';
  return v === '' ? null : markInvisible(v);
};

/** Adds values in order, each once by its key. */
function collector<T>(keyOf: (value: T) => string) {
  const seen = new Set<string>();
  const list: T[] = [];
  return {
    add(value: T | null) {
      if (value === null) return;
      const key = keyOf(value);
      if (seen.has(key)) return;
      seen.add(key);
      list.push(value);
    },
    list,
  };
}

const byTime = (a: string, b: string) => Date.parse(a) - Date.parse(b);

function publicIdentifierOf(s: ProfileSnapshot): string | null {
  const slug = clean(s.slug);
  if (slug) return slug;
  const url = clean(s.profileUrl);
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return isLinkedInHost(parsed.hostname) ? clean(inPathSlug(parsed)) : null;
  } catch {
    return null;
  }
}

/**
 * An e-mail address a finding's evidence names: one findEmails reads whole, that is, it stands
 * after a space, a bracket, a quote or a colon (or starts the text). "o'brien@example.com" in
 * evidence would read as "brien@…": not taken, so no address is cut short into another one.
 */
function emailsNamedIn(text: string): string[] {
  const plain = withoutInvisible(text);
  return findEmails(plain).filter((address) => {
    for (let at = plain.indexOf(address); at !== -1; at = plain.indexOf(address, at + 1)) {
      const before = at === 0 ? ' ' : plain[at - 1]!;
      if (/[\s(<["“«:]/u.test(before)) return true;
    }
    return false;
  });
}

export function caseDetails(c: ConfirmedCase): CaseDetails {
  const reports = [...c.reports].sort((a, b) => byTime(b.createdAt, a.createdAt));
  // Every view, most recent first: each report's snapshot, then the earlier ones it carried.
  const views: View[] = reports
    .flatMap((r) => [{ at: r.createdAt, snapshot: r.snapshot }, ...r.earlierSnapshots.map((e) => ({ at: e.seenAt, snapshot: e.snapshot }))])
    .sort((a, b) => byTime(b.at, a.at));

  const names = collector<string>((v) => withoutInvisible(v));
  const headlines = collector<string>((v) => v);
  const urls = collector<string>((v) => v);
  const identifiers = collector<string>((v) => v.toLowerCase());
  const phones = collector<{ value: string; label: string | null }>((p) => p.value.replace(/[^\d+]/g, ''));
  const emails = collector<{ value: string; source: Source }>((e) => e.value.toLowerCase());
  const titles = collector<string>((v) => v);

  for (const { snapshot: s } of views) {
    names.add(shown(s.name));
    headlines.add(shown(s.headline));
    urls.add(clean(s.profileUrl));
    identifiers.add(publicIdentifierOf(s));
    for (const p of s.contact?.phones ?? []) {
      const value = clean(p.raw);
      if (value && /\d/.test(value)) phones.add({ value, label: clean(p.label) });
    }
    for (const e of s.contact?.emails ?? []) {
      const value = clean(e.address);
      if (value?.includes('@')) emails.add({ value, source: 'profile' });
    }
  }
  for (const r of reports) {
    names.add(shown(r.profile.name));
    urls.add(clean(r.profile.url));
  }
  for (const r of reports) {
    const findings = [...r.findings, ...(r.application?.findings ?? [])];
    for (const f of findings) {
      titles.add(shown(f.title));
      for (const value of emailsNamedIn(f.evidence)) emails.add({ value, source: 'evidence' });
    }
  }

  const created = reports.map((r) => r.createdAt).sort(byTime);
  const seen = views.map((v) => v.at).sort(byTime);
  const firstReported = created[0] ?? c.triagedAt;
  const lastReported = created.at(-1) ?? c.triagedAt;
  return {
    profileKey: c.profileKey,
    status: c.status,
    note: c.note?.trim() ? c.note.trim() : null,
    triagedAt: c.triagedAt,
    triagedBy: c.triagedBy,
    reportCount: reports.length,
    firstReported,
    lastReported,
    firstSeen: seen[0] ?? firstReported,
    lastSeen: lastReported,
    names: names.list,
    headlines: headlines.list,
    profileUrls: urls.list,
    publicIdentifiers: identifiers.list,
    phones: phones.list,
    emails: emails.list,
    findingTitles: titles.list,
  };
}
