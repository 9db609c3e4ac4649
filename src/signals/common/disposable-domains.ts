// The disposable-email domain list as the `disposable-email` signal reads it, and the one text file
// the build packages it as. The list (about 120,000 domains) is never imported here: bundled into
// the worker it was 2.3 MB of JSON compiled at every worker start (Chrome stops an idle worker after
// 30 s), and only a snapshot with a contact email needs it. The worker fetches the packaged file
// (src/worker/disposable-domains.ts); Node reads the npm package (./disposable-domains-package.ts).
//
// The file is searched as it is, without splitting it into 120,000 strings: building a Set of them
// took longer in the worker (30–65 ms) than fetching the file (about 25 ms), and a binary search over
// the sorted lines answers in microseconds.
import type { AssessContext, ProfileSnapshot } from '../../model.ts';

export type DisposableDomains = NonNullable<AssessContext['disposableDomains']>;

/** The packaged list's file name, at the root of each browser's build. */
export const DISPOSABLE_DOMAINS_FILE = 'disposable-domains.txt';

/** Only an email can use a disposable domain: without one, nothing needs the list. */
export function needsDisposableDomains(snapshot: ProfileSnapshot): boolean {
  return (snapshot.contact?.emails.length ?? 0) > 0;
}

/**
 * The file: one entry a line, each line ending in "\n", sorted by UTF-16 code unit (the order of
 * JavaScript's `<`, which the search relies on), no duplicates. A domain is written as it is; a
 * wildcard parent, whose subdomains are disposable, as "*.parent".
 */
export function disposableDomainsText(exact: readonly string[], wildcard: readonly string[]): string {
  const lines = [...new Set([...exact, ...wildcard.map((parent) => `*.${parent}`)].map((d) => d.trim().toLowerCase()))].filter(Boolean);
  return lines.sort().join('\n') + '\n';
}

/** The list in the file's form. An empty one would pass every address as clean, so it is an error. */
export function parseDisposableDomains(text: string): DisposableDomains {
  if (!text.endsWith('\n') || text.trim() === '') throw new Error('the disposable-domain list is empty or cut short');
  return { has: (entry) => hasLine(text, entry) };
}

/** Binary search over the sorted lines of `text`, by character offset: no line is copied but those compared. */
function hasLine(text: string, key: string): boolean {
  // Invariant: the key, if present, is a line that starts in [lo, hi); lo is always a line start.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end);
    if (line === key) return true;
    if (line < key) lo = end + 1;
    else hi = start;
  }
  return false;
}

/** The disposable domain (or wildcard parent) an address uses, or null. */
export function disposableDomainOf(address: string, list: DisposableDomains): string | null {
  const domain = address.trim().toLowerCase().split('@').pop()?.replace(/\.$/, '') ?? '';
  if (!domain) return null;
  if (list.has(domain)) return domain;
  const labels = domain.split('.');
  for (let i = 1; i < labels.length - 1; i++) {
    const parent = labels.slice(i).join('.');
    if (list.has(`*.${parent}`) || list.has(parent)) return parent;
  }
  return null;
}
