// The worker's copy of the disposable-domain list: read from the packaged file the first time a
// snapshot with an email asks, then kept for the worker's life. A worker start that sees no email
// never reads it (most don't: the contact overlay is opened on few profiles).
import { parseDisposableDomains, type DisposableDomains } from '../signals/common/disposable-domains.ts';

/**
 * Loads once and shares the load between concurrent callers. A failed load answers null (the signal
 * then says it could not check) and is forgotten, so the next snapshot tries again.
 */
export function lazyDisposableDomains(readText: () => Promise<string>): () => Promise<DisposableDomains | null> {
  let loading: Promise<DisposableDomains | null> | null = null;
  return () => {
    loading ??= readText()
      .then(parseDisposableDomains)
      .catch((error: unknown) => {
        loading = null;
        console.warn('Telltale: the disposable-domain list could not be loaded:', error);
        return null;
      });
    return loading;
  };
}

/** An extension file's text; fetch rejects on a network error only, so a bad status is one too. */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}
