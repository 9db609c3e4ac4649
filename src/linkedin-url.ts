// LinkedIn addresses, read the same way wherever one is checked: the page's own view links (src/ui),
// the worker's checks of which profile a tab shows (src/worker/tab-profile.ts) and the background's
// check of where a content script's message comes from.

export const isLinkedInHost = (hostname: string) => hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com');

/** The "<slug>" of an address whose path is "/in/<slug>/…", decoded, as written; null when the path names none or does not decode. */
export function inPathSlug(url: URL): string | null {
  const m = /^\/in\/([^/]+)/.exec(url.pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}
