// What a "not checked" entry needs the user to open, and the address of that view. The extension
// never opens anything by itself: the panel offers a button, and only the user's own click goes
// there. The address is built here from the profile's own /in/<slug>/ address, never taken from a
// link in the page: the profile's owner writes links too (a Featured card, a website), and one that
// looks like /in/<slug>/details/education/ can point anywhere, or be a javascript: URL.
import { words } from '../i18n.ts';
import type { NotChecked, ProfileView } from '../model.ts';
import { inPathSlug, isLinkedInHost } from '../linkedin-url.ts';

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

export const VIEW_ACTION = words<MissingView>('view_action_', ['contact', 'aboutThisProfile', 'experience', 'education', 'certifications', 'activity']);

/** The path of each view under /in/<slug>/, as LinkedIn's own links write it. */
const VIEW_PATH: Record<MissingView, string> = {
  contact: 'overlay/contact-info/',
  aboutThisProfile: 'overlay/about-this-profile/',
  experience: 'details/experience/',
  education: 'details/education/',
  certifications: 'details/certifications/',
  activity: 'recent-activity/all/',
};

/** A vanity name as LinkedIn hands them out: letters and digits (any script), hyphens, underscores; no dots, slashes, colons or controls. */
const SLUG = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_-]{1,99}$/u;

/** The slug of a https://…linkedin.com/in/<slug>/… URL, lower-cased and decoded; null elsewhere or when it is no plain slug. */
export function profileSlug(url: string): string | null {
  let slug: string | null;
  try {
    slug = inPathSlug(new URL(url))?.toLowerCase() ?? null;
  } catch {
    return null;
  }
  return slug !== null && SLUG.test(slug) ? slug : null;
}

/**
 * The address of a view of the profile at `pageUrl`, built from its slug: on the page's own
 * LinkedIn host when it is https and a linkedin.com host, else www.linkedin.com; null when the page
 * is no profile with a plain slug. Nothing of it comes from the page's links.
 */
export function viewUrl(view: MissingView, pageUrl: string): string | null {
  const slug = profileSlug(pageUrl);
  if (!slug) return null;
  let origin = 'https://www.linkedin.com';
  try {
    const page = new URL(pageUrl);
    if (page.protocol === 'https:' && isLinkedInHost(page.hostname) && page.port === '') origin = page.origin;
  } catch {
    return null;
  }
  const url = new URL(`/in/${encodeURIComponent(slug)}/${VIEW_PATH[view]}`, origin);
  return isSafeViewUrl(url.href, slug) ? url.href : null;
}

/** A URL Telltale may send the tab to: https, a linkedin.com host, and a path under /in/<slug>/. */
export function isSafeViewUrl(href: string, slug: string): boolean {
  try {
    const url = new URL(href);
    return (
      url.protocol === 'https:' &&
      isLinkedInHost(url.hostname) &&
      url.port === '' &&
      url.username === '' &&
      url.password === '' &&
      url.pathname.startsWith(`/in/${encodeURIComponent(slug)}/`) &&
      profileSlug(url.href) === slug
    );
  } catch {
    return false;
  }
}

/** How the panel names each group of checks that did not run. */
export const VIEW_TITLE = words<MissingView>('view_title_', ['contact', 'aboutThisProfile', 'experience', 'education', 'certifications', 'activity']);
