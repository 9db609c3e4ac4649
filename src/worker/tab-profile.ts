// Which profile a tab's page shows, from the address the browser gives (never the page's word), so a
// content-script message acts only on its own tab's profile, and a tab's state ends when the tab
// leaves the profile (issue 23: the page world may be compromised).
import type { TabState } from '../messages.ts';
import type { ProfileSnapshot } from '../model.ts';

/** The profile slug in a LinkedIn address's path ("/in/<slug>/…"), decoded and lower-cased; null when it has none. */
export function slugInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' || !(u.hostname === 'linkedin.com' || u.hostname.endsWith('.linkedin.com'))) return null;
    path = u.pathname;
  } catch {
    return null;
  }
  const m = /^\/in\/([^/]+)/.exec(path);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!).toLowerCase();
  } catch {
    return m[1]!.toLowerCase();
  }
}

/** A member-id address ("/in/ACoAAB…"), as search results link: it does not show the vanity slug the page names. */
const isMemberIdSlug = (slug: string) => /^aco[a-z0-9_-]{10,}$/i.test(slug);

/**
 * Whether a snapshot may be taken as the page at `pageUrl`: the slug it names, and the slugs of the
 * addresses it gives (its own and the profile's), are the one in the tab's address, unless that is a
 * member-id address (whose page names its own vanity slug). A snapshot naming another member than
 * the address shows is refused.
 */
export function snapshotFitsPage(snapshot: Pick<ProfileSnapshot, 'slug' | 'url'> & { profileUrl?: string | null }, pageUrl: string): boolean {
  const shown = slugInUrl(pageUrl);
  const named = [snapshot.slug?.toLowerCase() ?? null, slugInUrl(snapshot.url), slugInUrl(snapshot.profileUrl)].filter((s): s is string => s !== null);
  if (shown === null) return named.length === 0;
  if (isMemberIdSlug(shown)) return true;
  return named.length > 0 && named.every((slug) => slug === shown || isMemberIdSlug(slug));
}

/** Whether a tab now at `url` still shows the profile its state was made for. */
export function stillShows(state: TabState, url: string | null): boolean {
  if (state.status !== 'profile') return false;
  const shown = slugInUrl(url);
  if (shown === null) return false;
  const own = [state.snapshot.slug, slugInUrl(state.snapshot.url)].filter((s): s is string => !!s).map((s) => s.toLowerCase());
  return own.includes(shown);
}
