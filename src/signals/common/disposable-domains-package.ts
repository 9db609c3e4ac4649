// The disposable-domain list straight from the npm package, for what runs in Node: the `scan`
// command, the tests and benches, and the build that writes the packaged file. Never imported by the
// worker, which fetches that file instead (tests/signals/worker-only.test.ts holds it to this).
// Node searches the same text the worker fetches, so both run one lookup.
import exactDomains from 'disposable-email-domains/index.json' with { type: 'json' };
import wildcardParents from 'disposable-email-domains/wildcard.json' with { type: 'json' };
import { disposableDomainsText, parseDisposableDomains, type DisposableDomains } from './disposable-domains.ts';

let text: string | null = null;
let list: DisposableDomains | null = null;

/** What the build writes to DISPOSABLE_DOMAINS_FILE. */
export function packageDisposableDomainsText(): string {
  text ??= disposableDomainsText(exactDomains as string[], wildcardParents as string[]);
  return text;
}

export function packageDisposableDomains(): DisposableDomains {
  list ??= parseDisposableDomains(packageDisposableDomainsText());
  return list;
}
