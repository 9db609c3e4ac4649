// What a "not checked" entry needs the user to open, and the page's own link to it. The extension
// never opens anything by itself: the panel offers a button, and only the user's click follows
// the link (LinkedIn's router then opens the overlay or page as if the user had clicked it there).
import type { NotChecked, ProfileView } from '../model.ts';

export type MissingView = ProfileView;

/**
 * Which view a not-checked entry asks for: the one the signal names, else read from its how-to-see
 * and reason texts (entries remembered from before signals named their view).
 */
export function viewFor(entry: Pick<NotChecked, 'reason' | 'howToSee' | 'view'>): MissingView | null {
  if (entry.view) return entry.view;
  for (const text of [entry.howToSee, entry.reason]) {
    if (/contact/i.test(text)) return 'contact';
    if (/about this profile/i.test(text)) return 'aboutThisProfile';
    if (/certification/i.test(text)) return 'certifications';
    if (/activity|posts?\b/i.test(text)) return 'activity';
    if (/education|school|degree/i.test(text)) return 'education';
    if (/experience|position/i.test(text)) return 'experience';
  }
  return null;
}

export const VIEW_ACTION: Record<MissingView, string> = {
  contact: 'Open contact info',
  aboutThisProfile: 'Open “About this profile”',
  experience: 'Show all positions',
  education: 'Show all education',
  certifications: 'Show all certifications',
  activity: 'Show all activity',
};

/** The path of each view under /in/<slug>/, as LinkedIn's own links write it. */
const VIEW_PATH: Record<MissingView, string> = {
  contact: 'overlay/contact-info/',
  aboutThisProfile: 'overlay/about-this-profile/',
  experience: 'details/experience/',
  education: 'details/education/',
  certifications: 'details/certifications/',
  activity: 'recent-activity/all/',
};

const VIEW_MATCH: Record<MissingView, RegExp> = {
  contact: /^\/in\/[^/]+\/overlay\/contact-info\/?$/,
  aboutThisProfile: /^\/in\/[^/]+\/overlay\/about-this-profile\/?$/,
  experience: /^\/in\/[^/]+\/details\/experience\/?$/,
  education: /^\/in\/[^/]+\/details\/education\/?$/,
  certifications: /^\/in\/[^/]+\/details\/certifications\/?$/,
  activity: /^\/in\/[^/]+\/recent-activity\//,
};

/** The slug of a /in/<slug>/… URL, lower-cased and decoded; null elsewhere. */
export function profileSlug(url: string): string | null {
  try {
    const m = /^\/in\/([^/]+)/.exec(new URL(url).pathname);
    return m?.[1] ? decodeURIComponent(m[1]).toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The page's own link to a view of this profile, outside Telltale's hosts; null when it has none. */
export function findPageLink(doc: Document, view: MissingView, slug: string | null): HTMLAnchorElement | null {
  const base = doc.baseURI || 'https://www.linkedin.com/';
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (a.closest('[data-telltale]')) continue;
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    if (!VIEW_MATCH[view].test(url.pathname)) continue;
    if (slug && profileSlug(url.href) !== slug) continue;
    return a;
  }
  return null;
}

/** The address of a view, when the page has no link to it (written the way LinkedIn writes it). */
export function viewUrl(view: MissingView, slug: string, origin = 'https://www.linkedin.com'): string {
  return `${origin}/in/${encodeURIComponent(slug)}/${VIEW_PATH[view]}`;
}

/** How the panel names each group of checks that did not run. */
export const VIEW_TITLE: Record<MissingView, string> = {
  contact: 'Contact info (the overlay was not opened)',
  aboutThisProfile: '“About this profile” (not opened)',
  experience: 'Positions not shown on this page',
  education: 'Education not shown on this page',
  certifications: 'Certifications not shown on this page',
  activity: 'Activity not shown on this page',
};
