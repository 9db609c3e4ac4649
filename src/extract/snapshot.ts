// Building a ProfileSnapshot: an empty one every reader starts from (everything null or empty,
// never guessed), the ref → element map for badges, and page-wide facts (locale, capture time,
// member id) that do not depend on the layout.
import type { CoveragePart, ElementRef, Layout, PageKind, PartCoverage, ProfileSnapshot } from '../model.ts';
import { activityIdTime, isoDay } from './dates.ts';
import { attr, parseCount, queryFirst, slugFromHref, textOf } from './text.ts';

export const COVERAGE_PARTS: readonly CoveragePart[] = [
  'experience', 'education', 'certifications', 'skills', 'activity', 'contact', 'aboutThisProfile',
];

export function unseen(): PartCoverage {
  return { seen: false, shown: 0, total: null };
}

/** A "Show all N experiences" link to /details/<part>/ inside a section, and its N when it says one. */
export interface ShowAll {
  link: boolean;
  total: number | null;
}

export function showAllLink(section: Element, part: string): ShowAll {
  const a = queryFirst(section, `a[href*="/details/${part}"]`);
  return a ? { link: true, total: parseCount(textOf(a)) } : { link: false, total: null };
}

/** A list section that was on the page: what it showed, out of the "Show all" total when it has one. */
export function listCoverage(shown: number, more: ShowAll, unread = 0): PartCoverage {
  const c: PartCoverage = { seen: true, shown, total: more.link ? more.total : shown };
  if (unread > 0) c.unread = unread;
  return c;
}

export function emptySnapshot(url: string | null, kind: PageKind, layout: Layout): ProfileSnapshot {
  const coverage = {} as Record<CoveragePart, PartCoverage>;
  for (const part of COVERAGE_PARTS) coverage[part] = unseen();
  return {
    schemaVersion: 1,
    url,
    kind,
    layout,
    locale: null,
    capturedAround: null,
    memberId: null,
    profileUrl: null,
    slug: null,
    name: null,
    headline: null,
    location: null,
    connections: null,
    followers: null,
    hasPhoto: null,
    openToWork: null,
    verified: null,
    about: null,
    nameSources: { pageTitle: null, jsonLd: null, photoAlt: null },
    photo: null,
    banner: null,
    experience: [],
    experienceShownAll: null,
    experienceTotal: null,
    education: [],
    certifications: [],
    skills: [],
    activity: [],
    contact: null,
    aboutThisProfile: null,
    coverage,
  };
}

/** The elements values were read from, keyed by ElementRef, for badge placement. */
export type ElementMap = Map<ElementRef, Element>;

/** Interface locale: <meta name="i18nLocale"> when logged in, <meta name="locale"> on public pages. */
export function readLocale(doc: Document): string | null {
  const ok = (v: string | null | undefined): string | null => (v && /^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$/.test(v.trim()) ? v.trim() : null);
  const meta = ok(attr(queryFirst(doc, 'meta[name="i18nLocale"]'), 'content')) ?? ok(attr(queryFirst(doc, 'meta[name="locale"]'), 'content'));
  if (meta) return meta;
  // The 2026 layout: the page-tracking meta "como-t" carries {"locale":"en_US", …}; else <html lang>.
  const como = attr(queryFirst(doc, 'meta[name="como-t"]'), 'content');
  if (como) {
    const m = /"locale"\s*:\s*"([^"]{2,10})"/.exec(como);
    if (m && ok(m[1])) return ok(m[1]);
  }
  return ok(attr(doc.documentElement, 'lang'));
}

/**
 * When a saved page was captured. LinkedIn stamps the render time into the fingerprint iframe
 * (`rticks=<ms>`) and the ads pixel (`_t=<ms>`); failing those, the newest activity id on the
 * page bounds it from below. Image upload times are not used: they can be years old.
 */
export function readCapturedAround(stampSrcs: readonly string[], activityIds: readonly string[]): string | null {
  for (const src of stampSrcs) {
    const m = /[?&;](?:rticks|_t)=(\d{13})(?:\D|$)/.exec(src);
    if (m) {
      const ms = Number(m[1]);
      if (ms > 1_100_000_000_000 && ms < 4_102_444_800_000) return isoDay(ms);
    }
  }
  let newest: number | null = null;
  for (const id of activityIds) {
    const t = activityIdTime(id);
    if (t !== null && (newest === null || t > newest)) newest = t;
  }
  return newest === null ? null : isoDay(newest);
}

/** The page title without the unread-count prefix and the " | LinkedIn" suffix. */
export function readPageTitle(doc: Document): string | null {
  // A saved page may hold several <title> elements (embedded SVG titles, Ember's rewrite);
  // the first one in <head> is the document's.
  const t = queryFirst(doc, 'head > title') ?? queryFirst(doc, 'title');
  const raw = (t?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (raw === '' || raw === 'LinkedIn') return null;
  return raw.replace(/^\(\d+\+?\)\s*/, '').replace(/\s*\|\s*LinkedIn\s*$/, '').trim() || null;
}

/** Canonical or og:url slug, for pages that carry one (guest pages, some logged-in pages). */
export function readCanonicalSlug(doc: Document): string | null {
  const href = attr(queryFirst(doc, 'link[rel="canonical"]'), 'href') ?? attr(queryFirst(doc, 'meta[property="og:url"]'), 'content');
  return slugFromHref(href);
}
