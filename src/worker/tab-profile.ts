// Which profile a tab's page shows, from the address the browser gives (never the page's word), so a
// content-script message acts only on its own tab's profile, and a tab's state ends when the tab
// leaves the profile (issue 23: the page world may be compromised).
import type { TabState } from '../messages.ts';
import type { ProfileSnapshot } from '../model.ts';
import { inPathSlug, isLinkedInHost } from '../linkedin-url.ts';

/** The profile slug in a LinkedIn address's path ("/in/<slug>/…"), decoded, as written; null when it has none. */
function rawSlugInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && isLinkedInHost(u.hostname) ? inPathSlug(u) : null;
  } catch {
    return null;
  }
}

/** The profile slug in a LinkedIn address's path, lower-cased for comparing; null when it has none. */
export function slugInUrl(url: string | null | undefined): string | null {
  return rawSlugInUrl(url)?.toLowerCase() ?? null;
}

/**
 * A member-id address ("/in/ACoAAB…", as search results link): it does not show the vanity slug the
 * page names. LinkedIn's ids only, case and all: "acosta-maria-7" is a vanity slug.
 */
const isMemberIdSlug = (slug: string) => /^ACoA[A-Za-z0-9_-]{20,}$/.test(slug);

/**
 * Whether a snapshot may be taken as the page at `pageUrl`: the slug it names, and the slugs of the
 * addresses it gives (its own and the profile's), are the one in the tab's address, unless that is a
 * member-id address (whose page names its own vanity slug). A snapshot naming another member than
 * the address shows is refused.
 */
export function snapshotFitsPage(snapshot: Pick<ProfileSnapshot, 'slug' | 'url'> & { profileUrl?: string | null }, pageUrl: string): boolean {
  const shownAsWritten = rawSlugInUrl(pageUrl);
  const named = [snapshot.slug ?? null, rawSlugInUrl(snapshot.url), rawSlugInUrl(snapshot.profileUrl)].filter((s): s is string => s !== null);
  if (shownAsWritten === null) return named.length === 0;
  if (isMemberIdSlug(shownAsWritten)) return true;
  const shown = shownAsWritten.toLowerCase();
  return named.length > 0 && named.every((slug) => slug.toLowerCase() === shown || isMemberIdSlug(slug));
}

/** Whether a tab now at `url` still shows the profile its state was made for. */
export function stillShows(state: TabState, url: string | null): boolean {
  if (state.status !== 'profile') return false;
  const shown = slugInUrl(url);
  if (shown === null) return false;
  const own = [state.snapshot.slug, slugInUrl(state.snapshot.url)].filter((s): s is string => !!s).map((s) => s.toLowerCase());
  return own.includes(shown);
}
