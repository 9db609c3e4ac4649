// One member, several views: the main profile shows 5 of 12 positions, /details/experience/
// shows all 12, the activity page shows posts, the two overlays show contact details and
// account facts. The worker merges what the user saw into one snapshot, keyed by member id (or
// slug), so signals see the union and coverage says how much of each part was seen.
// Pure: neither input is modified.
import type { ActivityItem, CoveragePart, PartCoverage, ProfileSnapshot } from '../model.ts';
import { COVERAGE_PARTS } from './snapshot.ts';

/** The key snapshots of one member share: LinkedIn's member id, else the vanity slug. */
export function memberKey(s: ProfileSnapshot): string | null {
  return s.memberId ?? (s.slug ? `slug:${s.slug.toLowerCase()}` : null);
}

/** Same member: equal member ids, or (when either lacks an id) equal slugs. */
export function sameMember(a: ProfileSnapshot, b: ProfileSnapshot): boolean {
  if (a.memberId && b.memberId) return a.memberId === b.memberId;
  if (a.slug && b.slug) return a.slug.toLowerCase() === b.slug.toLowerCase();
  return false;
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

const PROFILE_KIND_RANK: Record<string, number> = { profile: 3, 'details-experience': 2, 'details-education': 2, 'details-certifications': 2, 'details-skills': 2, activity: 1 };

/** Of two views of one list, the one that saw more of it (ties: the newer view). */
function pickList<T>(base: T[], next: T[], baseCov: PartCoverage, nextCov: PartCoverage): { list: T[]; fromNext: boolean } {
  if (!nextCov.seen && next.length === 0) return { list: base, fromNext: false };
  if (!baseCov.seen && base.length === 0) return { list: next, fromNext: true };
  return next.length >= base.length ? { list: next, fromNext: true } : { list: base, fromNext: false };
}

function mergeActivity(base: ActivityItem[], next: ActivityItem[]): ActivityItem[] {
  const out: ActivityItem[] = [];
  const byId = new Map<string, number>();
  for (const item of [...next, ...base]) {
    if (item.activityId !== null) {
      const at = byId.get(item.activityId);
      if (at !== undefined) {
        // Keep the first (newer view's) item but fill what it lacks.
        const kept = out[at] as ActivityItem;
        out[at] = {
          ...kept,
          relative: kept.relative ?? item.relative,
          relativeDays: kept.relativeDays ?? item.relativeDays,
          action: kept.action ?? item.action,
        };
        continue;
      }
      byId.set(item.activityId, out.length);
    }
    out.push({ ...item });
  }
  // Newest first, by the id's embedded date; items without one keep their place at the end.
  return out
    .map((item, i) => ({ item, i }))
    .sort((x, y) => {
      const a = x.item.postedAt;
      const b = y.item.postedAt;
      if (a && b && a !== b) return a < b ? 1 : -1;
      if (a && !b) return -1;
      if (!a && b) return 1;
      return x.i - y.i;
    })
    .map(({ item }, i) => ({ ...item, ref: `activity:${i}` }));
}

function mergeCoverage(base: PartCoverage, next: PartCoverage, shown: number): PartCoverage {
  const seen = base.seen || next.seen;
  const out: PartCoverage = { seen, shown, total: maxOrNull(base.total, next.total) };
  // "Not loaded yet" holds only until some view has seen the part.
  if (!seen && (next.pending === true || base.pending === true)) out.pending = true;
  // A part this view could not read stays so until a view reads it.
  if (!seen && (next.unreadable === true || base.unreadable === true)) out.unreadable = true;
  return out;
}

/**
 * Merges two views of the same member. Scalars: the newer view's value when it has one, else
 * the older one's (null is "not on that page", never "removed"). Lists: the view that saw more of
 * the list; activity: the union by activity id. When the two snapshots are not the same member,
 * `base` is returned unchanged.
 */
export function mergeSnapshots(base: ProfileSnapshot, next: ProfileSnapshot): ProfileSnapshot {
  if (!sameMember(base, next)) return base;
  const main = (PROFILE_KIND_RANK[next.kind] ?? 0) > (PROFILE_KIND_RANK[base.kind] ?? 0) ? next : base;

  const exp = pickList(base.experience, next.experience, base.coverage.experience, next.coverage.experience);
  const expFrom = exp.fromNext ? next : base;
  const edu = pickList(base.education, next.education, base.coverage.education, next.coverage.education);
  const certs = pickList(base.certifications, next.certifications, base.coverage.certifications, next.coverage.certifications);
  const skills = pickList(base.skills, next.skills, base.coverage.skills, next.coverage.skills);
  const activity = mergeActivity(base.activity, next.activity);

  const experienceTotal = maxOrNull(base.experienceTotal, next.experienceTotal);
  let experienceShownAll: boolean | null = expFrom.experienceShownAll;
  if (experienceTotal !== null && exp.list.length >= experienceTotal) experienceShownAll = true;
  if (experienceShownAll === null) experienceShownAll = base.experienceShownAll ?? next.experienceShownAll;

  const shown: Record<CoveragePart, number> = {
    experience: exp.list.length,
    education: edu.list.length,
    certifications: certs.list.length,
    skills: skills.list.length,
    activity: activity.length,
    contact: Math.max(base.coverage.contact.shown, next.coverage.contact.shown),
    aboutThisProfile: Math.max(base.coverage.aboutThisProfile.shown, next.coverage.aboutThisProfile.shown),
  };
  const coverage = {} as Record<CoveragePart, PartCoverage>;
  for (const part of COVERAGE_PARTS) coverage[part] = mergeCoverage(base.coverage[part], next.coverage[part], shown[part]);
  if (experienceShownAll === true) coverage.experience.total = Math.max(coverage.experience.total ?? 0, exp.list.length);

  const pick = <K extends keyof ProfileSnapshot>(k: K): ProfileSnapshot[K] => (next[k] ?? base[k]) as ProfileSnapshot[K];

  return {
    schemaVersion: 1,
    url: main.url ?? base.url ?? next.url,
    kind: main.kind,
    layout: main.layout,
    locale: pick('locale'),
    capturedAround: later(base.capturedAround, next.capturedAround),
    memberId: pick('memberId'),
    profileUrl: pick('profileUrl'),
    slug: pick('slug'),
    name: pick('name'),
    headline: pick('headline'),
    location: main.location ?? pick('location'),
    connections: pick('connections'),
    followers: pick('followers'),
    hasPhoto: pick('hasPhoto'),
    openToWork: main.openToWork ?? pick('openToWork'),
    verified: pick('verified'),
    about: pick('about'),
    nameSources: {
      pageTitle: next.nameSources.pageTitle ?? base.nameSources.pageTitle,
      jsonLd: next.nameSources.jsonLd ?? base.nameSources.jsonLd,
      photoAlt: next.nameSources.photoAlt ?? base.nameSources.photoAlt,
    },
    photo: next.photo ? { ...next.photo } : base.photo ? { ...base.photo } : null,
    banner: next.banner ? { ...next.banner } : base.banner ? { ...base.banner } : null,
    experience: exp.list.map((p) => ({ ...p })),
    experienceShownAll,
    experienceTotal,
    education: edu.list.map((e) => ({ ...e })),
    certifications: certs.list.map((c) => ({ ...c })),
    skills: [...skills.list],
    activity,
    contact: next.contact ?? base.contact,
    aboutThisProfile: next.aboutThisProfile ?? base.aboutThisProfile,
    coverage,
  };
}
