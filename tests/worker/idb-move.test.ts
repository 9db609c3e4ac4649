// Firefox's move of what an earlier version kept in storage.local into the extension origin's
// IndexedDB (extension/idb-area.ts): once, everything of Telltale's, nothing else, and storage.local
// emptied of it; what appears in storage.local later is never taken in.
import { describe, expect, it } from 'vitest';
import { moveOnce } from '../../extension/idb-area.ts';
import { isTelltaleKey } from '../../src/data/export.ts';
import { fakeArea } from './fakes.ts';

describe('moving storage.local into the protected store', () => {
  it('moves every Telltale entry once, leaves others, and never again', async () => {
    const from = fakeArea();
    const to = fakeArea();
    await from.set({ settings: { webhookSecret: 's' }, 'mem:key': 'k', 'mem:catalog': {}, 'review:slug:a': { outcome: 'cleared' }, 'report:log': [], 'other-extension-key': 1 });
    const browserLocal = { get: () => from.getAll(), remove: (keys: string[]) => from.remove(keys) };
    await moveOnce(browserLocal, to, isTelltaleKey);
    expect(Object.keys(await to.getAll()).sort()).toEqual(['idb:moved-from-storage-local', 'mem:catalog', 'mem:key', 'report:log', 'review:slug:a', 'settings']);
    expect(await from.getAll()).toEqual({ 'other-extension-key': 1 });

    // Written later by a compromised page: not taken in at the next start.
    await from.set({ settings: { webhookUrl: 'https://evil.example/' } });
    await moveOnce(browserLocal, to, isTelltaleKey);
    expect((await to.get(['settings'])).settings).toEqual({ webhookSecret: 's' });
  });
});
