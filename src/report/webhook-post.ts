// One webhook request, as the worker sends it. The server is not ours: its reply is read through a
// stream and cut after REPLY_LIMIT_BYTES (the reader is cancelled, so an endless body is never
// held in memory), and a redirect is never followed (a 307 would re-POST the bundle, and the
// Authorization secret with it, to wherever the server points): it is a failed delivery whose
// reason says so. `fetch` comes in as a parameter so the same code runs under Node in tests.
import type { PostResult } from './webhook-reply.ts';

/** What is kept of a reply: enough for a failure reason in the popup. */
export const REPLY_LIMIT_BYTES = 4_096;
export const REQUEST_TIMEOUT_MS = 20_000;

/** A reply's text up to `limit` bytes, and whether there was more (the rest is never read); what came before a break-off is kept. */
export async function readCapped(response: Response, limit: number): Promise<{ text: string; cut: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '', cut: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let cut = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = limit - size;
      if (value.byteLength >= room) {
        chunks.push(value.subarray(0, room));
        size += room;
        cut = value.byteLength > room;
        if (!cut) {
          // Exactly at the limit: one more read says whether there is more.
          const next = await reader.read();
          cut = !next.done;
        }
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A reply broken off mid-way (timeout, reset): keep what came.
  } finally {
    // Whatever is left of the body is never read: the connection is dropped.
    reader.cancel().catch(() => undefined);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  // A multi-byte character cut at the limit decodes as one replacement character, dropped here.
  const text = new TextDecoder().decode(all).replace(/\uFFFD$/, '');
  return { text, cut };
}

/**
 * One request to a server of the user's (a webhook, the team's hub): no redirect followed (a token
 * or a report would go wherever it points), no cookie, no referrer, no cache, given up after
 * `timeoutMs`. A redirect comes back as `redirected` with its body cancelled: browsers answer one
 * not followed as an opaque response (status 0, no Location), Node hands over the 3xx itself.
 * Throws on a network failure (offline, refused connection, timeout).
 */
export async function guardedFetch(
  fetchFn: typeof fetch,
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
  timeoutMs: number,
): Promise<{ response: Response; redirected: boolean }> {
  const response = await fetchFn(url, {
    ...init,
    redirect: 'manual',
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const redirected = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  if (redirected) response.body?.cancel().catch(() => undefined);
  return { response, redirected };
}

/** Sends one delivery; throws on a network failure (offline, refused connection, timeout). */
export async function webhookPost(
  fetchFn: typeof fetch,
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<PostResult> {
  const { response, redirected } = await guardedFetch(fetchFn, url, { method: 'POST', body, headers }, timeoutMs);
  if (redirected) {
    const to = response.headers.get('location');
    return { status: response.status, text: '', redirected: true, ...(to ? { location: to.slice(0, 200) } : {}) };
  }
  const { text, cut } = await readCapped(response, REPLY_LIMIT_BYTES);
  return { status: response.status, text, cut };
}

/** The failure reason a reply gives, or null when it was a delivery (2xx). */
export function replyFailure(result: PostResult): string | null {
  if (result.redirected) {
    const where = result.location ? ` to ${result.location}` : '';
    return `the server answered with a redirect${result.status ? ` (${result.status}${where})` : where}; Telltale does not follow redirects, so nothing was sent further: put the final address in options`;
  }
  if (result.status >= 200 && result.status < 300) return null;
  const reply = result.text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return `the server answered ${result.status}${reply ? `: ${reply}${result.cut || result.text.length > 200 ? '…' : ''}` : ''}`;
}
