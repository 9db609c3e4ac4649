// The worker reads the disposable-domain list only for a snapshot with an email, once per worker
// life, and passes it to the signal; a list that could not be loaded is said, never taken as clean.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../src/model.ts';
import { packageDisposableDomainsText } from '../../src/signals/common/disposable-domains-package.ts';
import { lazyDisposableDomains } from '../../src/worker/disposable-domains.ts';
import { createWorker } from '../../src/worker/handlers.ts';
import { fakeArea, snapshot, withContact } from './fakes.ts';
import { anyAddress } from './fakes.ts';

const tab = { tabId: 7, frameId: 0, url: 'https://www.linkedin.com/in/jane-doe/' };

/** A worker whose list is read by `readText`; `reads` counts the reads. */
function setup(readText: () => Promise<string>) {
  const counted = { reads: 0 };
  const worker = createWorker({
    session: fakeArea(),
    local: fakeArea(),
    now: () => new Date('2026-11-01T10:00:00Z'),
    disposableDomains: lazyDisposableDomains(() => {
      counted.reads++;
      return readText();
    }),
  });
  const assess = async (s = snapshot()): Promise<Assessment> => {
    const answer = await worker.handlePage({ type: 'page/snapshot', snapshot: s }, anyAddress(tab));
    if (!answer.ok || !('assessment' in answer)) throw new Error(JSON.stringify(answer));
    return answer.assessment;
  };
  return { counted, assess };
}

const disposable = (a: Assessment) => [
  ...a.findings.filter((f) => f.signal === 'disposable-email').map((f) => f.evidence),
  ...a.notChecked.filter((n) => n.signal === 'disposable-email').map((n) => n.reason),
];

describe('the disposable-domain list in the worker', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is not read for snapshots without an email, then read once and kept', async () => {
    const { counted, assess } = setup(async () => packageDisposableDomainsText());
    await assess(snapshot({ slug: 'no-contact' }));
    await assess(withContact(snapshot({ slug: 'phone-only' }), ['+44 20 7946 0018']));
    expect(counted.reads).toBe(0);

    const first = await assess(withContact(snapshot({ slug: 'throwaway' }), [], ['jane@mailinator.com']));
    expect(disposable(first)).toEqual(['jane@mailinator.com uses mailinator.com, a disposable-mail domain.']);
    const second = await assess(withContact(snapshot({ slug: 'lasting' }), [], ['jane@example.org']));
    expect(disposable(second)).toEqual([]);
    expect(counted.reads).toBe(1);
  });

  it('a failed read is reported as not checked, and the next snapshot tries again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    const { counted, assess } = setup(async () => {
      if (fail) throw new Error('net::ERR_FILE_NOT_FOUND');
      return packageDisposableDomainsText();
    });
    const s = withContact(snapshot(), [], ['jane@mailinator.com']);
    expect(disposable(await assess(s))).toEqual(['the disposable-domain list could not be loaded']);
    fail = false;
    expect(disposable(await assess(s))).toEqual(['jane@mailinator.com uses mailinator.com, a disposable-mail domain.']);
    expect(counted.reads).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1); // the reason is in the worker's console
  });

  it('an empty file is a failed read, not a list that passes every address', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { assess } = setup(async () => '');
    expect(disposable(await assess(withContact(snapshot(), [], ['jane@mailinator.com'])))).toEqual(['the disposable-domain list could not be loaded']);
  });

  it('callers asking at once share one read', async () => {
    let reads = 0;
    const load = lazyDisposableDomains(async () => {
      reads++;
      return packageDisposableDomainsText();
    });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(reads).toBe(1);
  });
});
