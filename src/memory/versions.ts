// What is kept of a viewed profile, and when a later view counts as a different version of it.
//
// Data minimisation: the history signals compare name, headline, location, photo, positions and
// education over time, and the shared-detail index works on hashes. So the stored copy keeps
// those and drops the rest: no About text, no contact details, no activity, skills, certifications,
// connection counts, descriptions or the page's other name sources.
import type { ProfileSnapshot } from '../model.ts';

export function minimiseSnapshot(s: ProfileSnapshot): ProfileSnapshot {
  return {
    schemaVersion: 1,
    url: s.url,
    kind: s.kind,
    layout: s.layout,
    locale: s.locale,
    capturedAround: s.capturedAround,
    memberId: s.memberId,
    profileUrl: s.profileUrl,
    slug: s.slug,
    name: s.name,
    headline: s.headline,
    location: s.location,
    connections: null,
    followers: null,
    hasPhoto: s.hasPhoto,
    openToWork: s.openToWork,
    verified: s.verified,
    about: null,
    nameSources: { pageTitle: null, jsonLd: null, photoAlt: null },
    photo: s.photo ? { url: stripQuery(s.photo.url), uploadedAt: s.photo.uploadedAt } : null,
    banner: null,
    experience: s.experience.map((p) => ({ ...p, description: null })),
    experienceShownAll: s.experienceShownAll,
    experienceTotal: s.experienceTotal,
    education: s.education.map((e) => ({ ...e })),
    certifications: [],
    skills: [],
    activity: [],
    contact: null,
    aboutThisProfile: s.aboutThisProfile,
    ...(s.truncated ? { truncated: s.truncated } : {}),
    coverage: {
      ...s.coverage,
      // What was dropped is recorded as not seen, so no signal reads an empty list as "none".
      certifications: { seen: false, shown: 0, total: null },
      skills: { seen: false, shown: 0, total: null },
      activity: { seen: false, shown: 0, total: null },
      contact: { seen: false, shown: 0, total: null },
    },
  };
}

/** The photo URL's query is a signed, expiring token: the path names the image. */
function stripQuery(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

const norm = (t: string | null | undefined) => (t ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function positionKey(p: ProfileSnapshot['experience'][number]): string {
  return [norm(p.title), norm(p.company), p.start ?? '', p.current ? 'present' : (p.end ?? '')].join('|');
}

function educationKey(e: ProfileSnapshot['education'][number]): string {
  return [norm(e.school), norm(e.degree), norm(e.field), e.start ?? '', e.end ?? ''].join('|');
}

/** True when the list `a` saw everything there was: a longer list in `b` is then an addition, not lazy loading. */
function complete(s: ProfileSnapshot, part: 'experience' | 'education'): boolean {
  const c = s.coverage[part];
  if (part === 'experience' && s.experienceShownAll) return true;
  return c.seen && c.total !== null && c.shown >= c.total;
}

function listChanged(aKeys: string[], bKeys: string[], aComplete: boolean): boolean {
  const a = new Set(aKeys);
  const b = new Set(bKeys);
  if (a.size === 0 || b.size === 0) return false; // one view did not see the section
  const bHasNew = [...b].some((k) => !a.has(k));
  const aLost = [...a].some((k) => !b.has(k));
  // b a superset of a: more of the list loaded, unless a had already seen the whole list.
  if (bHasNew && !aLost) return aComplete;
  // b a subset of a: a shorter view of the same list (main page after a details page).
  if (aLost && !bHasNew) return false;
  return bHasNew && aLost;
}

const photoPath = (s: ProfileSnapshot) => (s.photo ? stripQuery(s.photo.url) : null);

/** Which parts each kind of page shows in full: only those are compared across two views. */
const TOP_CARD_KINDS = new Set(['profile']);
const EXPERIENCE_KINDS = new Set(['profile', 'details-experience']);
const EDUCATION_KINDS = new Set(['profile', 'details-education']);

/**
 * Whether `next` shows the member differently from `prev` in what the history signals watch.
 * Only what both views saw counts: a value one view lacks (null, a section not loaded) is coverage,
 * not a change; and the top card (name, headline, location, photo) is compared only between two
 * main profile pages, since a details or activity page shows a shorter header read elsewhere.
 */
export function differsFrom(prev: ProfileSnapshot, next: ProfileSnapshot): boolean {
  if (TOP_CARD_KINDS.has(prev.kind) && TOP_CARD_KINDS.has(next.kind)) {
    for (const field of ['name', 'headline', 'location'] as const) {
      const a = prev[field];
      const b = next[field];
      if (a !== null && b !== null && norm(a) !== norm(b)) return true;
    }
    const pa = photoPath(prev);
    const pb = photoPath(next);
    if (pa !== null && pb !== null && pa !== pb) return true;
    if (prev.hasPhoto !== null && next.hasPhoto !== null && prev.hasPhoto !== next.hasPhoto) return true;
  }
  if (EXPERIENCE_KINDS.has(prev.kind) && EXPERIENCE_KINDS.has(next.kind)) {
    if (listChanged(prev.experience.map(positionKey), next.experience.map(positionKey), complete(prev, 'experience'))) return true;
  }
  if (EDUCATION_KINDS.has(prev.kind) && EDUCATION_KINDS.has(next.kind)) {
    if (listChanged(prev.education.map(educationKey), next.education.map(educationKey), complete(prev, 'education'))) return true;
  }
  return false;
}

/**
 * Folds a later view of the same version into the stored one: values the earlier view lacked are
 * filled in, and the longer of two lists is kept (a details page shows every position).
 */
export function foldSameVersion(prev: ProfileSnapshot, next: ProfileSnapshot): ProfileSnapshot {
  const pick = <K extends keyof ProfileSnapshot>(k: K): ProfileSnapshot[K] => (next[k] ?? prev[k]) as ProfileSnapshot[K];
  const longer = <T>(a: T[], b: T[]) => (b.length >= a.length && b.length > 0 ? b : a);
  const topCard = TOP_CARD_KINDS.has(next.kind);
  return {
    ...prev,
    // The stored version is a main-page view once one was seen: its header is the comparable one.
    kind: TOP_CARD_KINDS.has(prev.kind) ? prev.kind : next.kind,
    url: pick('url'),
    capturedAround: pick('capturedAround'),
    memberId: pick('memberId'),
    profileUrl: pick('profileUrl'),
    slug: pick('slug'),
    name: topCard || prev.name === null ? pick('name') : prev.name,
    headline: topCard || prev.headline === null ? pick('headline') : prev.headline,
    location: topCard || prev.location === null ? pick('location') : prev.location,
    hasPhoto: topCard || prev.hasPhoto === null ? pick('hasPhoto') : prev.hasPhoto,
    openToWork: pick('openToWork'),
    verified: pick('verified'),
    photo: topCard || prev.photo === null ? pick('photo') : prev.photo,
    experience: longer(prev.experience, next.experience),
    experienceShownAll: prev.experienceShownAll || next.experienceShownAll,
    experienceTotal: pick('experienceTotal'),
    education: longer(prev.education, next.education),
    aboutThisProfile: pick('aboutThisProfile'),
    coverage: {
      ...prev.coverage,
      experience: next.experience.length >= prev.experience.length && next.coverage.experience.seen ? next.coverage.experience : prev.coverage.experience,
      education: next.education.length >= prev.education.length && next.coverage.education.seen ? next.coverage.education : prev.coverage.education,
      aboutThisProfile: next.coverage.aboutThisProfile.seen ? next.coverage.aboutThisProfile : prev.coverage.aboutThisProfile,
    },
  };
}
