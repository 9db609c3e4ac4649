// Issue 23, items 3 and 4, in the worker: a content script (whose world may be compromised) acts only
// on the profile its own tab shows, as the browser gives the tab's address; a tab's state ends when
// the tab leaves the profile it was made for.
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../src/messages.ts';
import { createWorker, THAT_PROFILE_ONLY, type WorkerEnv } from '../../src/worker/handlers.ts';
import { slugInUrl, snapshotFitsPage } from '../../src/worker/tab-profile.ts';
import { fakeArea, snapshot } from './fakes.ts';

const JANE = 'https://www.linkedin.com/in/jane-doe/';
const SAM = 'https://www.linkedin.com/in/sam-green/';

function setup(over: Partial<WorkerEnv> = {}) {
  const session = fakeArea();
  const local = fakeArea();
  const worker = createWorker({ session, local, now: () => new Date('2026-11-01T10:00:00Z'), extensionVersion: '9.9.9', randomId: () => 'r', backoff: { baseMs: 1, maxMs: 2, random: () => 0.5 }, scheduleWake: async () => undefined, ...over });
  const state = async (tabId: number) => (await session.get([`tab:${tabId}`]))[`tab:${tabId}`] as TabState | undefined;
  return { worker, session, local, state };
}

describe('a content script acts only on its own tab\'s profile', () => {
  it('refuses a snapshot naming another member than the tab\'s address (by its slug or its addresses), and takes the tab\'s own', async () => {
    const { worker, local, state } = setup();
    const forged = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ slug: 'sam-green', url: SAM }) }, { tabId: 7, frameId: 0, url: JANE });
    expect(forged).toMatchObject({ ok: false, error: expect.stringContaining('another profile') });
    await worker.settled();
    expect(JSON.stringify(await local.getAll())).not.toContain('sam-green');
    expect(await state(7)).toBeUndefined();

    // Its own slug with another member's address: refused too.
    const mixed = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ slug: 'jane-doe', url: SAM }) }, { tabId: 7, frameId: 0, url: JANE });
    expect(mixed).toMatchObject({ ok: false });
    const own = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ slug: 'jane-doe', url: `${JANE}overlay/contact-info/` }) }, { tabId: 7, frameId: 0, url: `${JANE}?trk=x` });
    expect(own).toMatchObject({ ok: true, profileKey: 'slug:jane-doe' });
    await worker.settled();
    expect(await state(7)).toMatchObject({ status: 'profile', profileKey: 'slug:jane-doe' });
  });

  it('takes a snapshot at a member-id address, whose page names its own vanity slug', async () => {
    expect(snapshotFitsPage({ slug: 'jane-doe', url: '' }, 'https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUvWx/')).toBe(true);
    // A vanity slug shaped a little like an id is no member-id address.
    expect(snapshotFitsPage({ slug: 'jane-doe', url: '' }, 'https://www.linkedin.com/in/acosta-maria-7-abcdefghijk/')).toBe(false);
    expect(snapshotFitsPage({ slug: 'acoaabcdefghijklmnopqrstuvwx', url: '' }, JANE)).toBe(false);
    expect(snapshotFitsPage({ slug: 'jane-doe', url: '' }, 'https://www.linkedin.com/in/Jane-Doe/details/experience/')).toBe(true);
    expect(snapshotFitsPage({ slug: 'jane-doe', url: '' }, 'https://www.linkedin.com/feed/')).toBe(false);
    expect(slugInUrl('https://www.linkedin.com/in/j%C3%BCrgen-m/')).toBe('jürgen-m');
    expect(slugInUrl('https://evil.example/in/jane-doe/')).toBeNull();
  });

  it('sets a review and forgets only the profile the sender\'s tab shows', async () => {
    const { worker, local } = setup();
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ slug: 'sam-green', name: 'Sam Green', url: SAM }) }, { tabId: 8, frameId: 0, url: SAM });
    await worker.handleUi({ type: 'ui/review', profileKey: 'slug:sam-green', outcome: 'reported' });
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ url: JANE }) }, { tabId: 7, frameId: 0, url: JANE });

    // Jane's tab asks about Sam: refused, Sam's review and memory unchanged.
    expect(await worker.handlePage({ type: 'page/review', profileKey: 'slug:sam-green', outcome: 'cleared' }, { tabId: 7, frameId: 0, url: JANE })).toEqual({ ok: false, error: THAT_PROFILE_ONLY });
    expect(await worker.handlePage({ type: 'page/forget', profileKey: 'slug:sam-green', reports: true }, { tabId: 7, frameId: 0, url: JANE })).toEqual({ ok: false, error: THAT_PROFILE_ONLY });
    const kept = JSON.stringify(await local.getAll());
    expect(kept).toContain('mem:profile:slug:sam-green');
    expect((await local.get(['review:slug:sam-green']))['review:slug:sam-green']).toMatchObject({ outcome: 'reported' });

    // Its own profile: done.
    expect(await worker.handlePage({ type: 'page/review', profileKey: 'slug:jane-doe', outcome: 'cleared' }, { tabId: 7, frameId: 0, url: JANE })).toMatchObject({ ok: true });
    expect(await worker.handlePage({ type: 'page/forget', profileKey: 'slug:jane-doe' }, { tabId: 7, frameId: 0, url: JANE })).toMatchObject({ ok: true, forgotten: true });
    // A tab whose address has moved on acts on nothing.
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ slug: 'sam-green', name: 'Sam Green', url: SAM }) }, { tabId: 8, frameId: 0, url: SAM });
    expect(await worker.handlePage({ type: 'page/review', profileKey: 'slug:sam-green', outcome: 'cleared' }, { tabId: 8, frameId: 0, url: 'https://www.linkedin.com/feed/' })).toEqual({ ok: false, error: THAT_PROFILE_ONLY });
  });
});

describe('what a content script learns of the settings', () => {
  it('quiet mode, by asking the worker, and nothing else', async () => {
    const { worker, local } = setup();
    const page = { tabId: 7, frameId: 0, url: JANE };
    expect(await worker.handlePage({ type: 'page/settings' }, page)).toEqual({ ok: true, quietMode: false });
    await local.set({ settings: { quietMode: true, webhookUrl: 'https://hooks.example.org/t', webhookSecret: 'sEcReT-42' } });
    const answer = await worker.handlePage({ type: 'page/settings' }, page);
    expect(answer).toEqual({ ok: true, quietMode: true });
  });

  it('the words, from the file the browser chose (the one whose plural_locale it answers with), or a plain refusal', async () => {
    const asked: string[] = [];
    const words = { plural_locale: { message: 'en' }, early_reading: { message: 'Telltale: reading the page…' } };
    const { worker } = setup({ packagedMessages: async (language: string) => (asked.push(language), language === 'en' ? words : null) });
    const page = { tabId: 7, frameId: 0, url: JANE };
    // The families a page never shows stay in the worker (the early pill's words are in early.js).
    expect(await worker.handlePage({ type: 'page/words' }, page)).toEqual({ ok: true, language: 'en', messages: { plural_locale: { message: 'en' } } });
    expect(asked).toEqual(['en']);
    // Without the packaged files, a refusal: the content script then reads the browser's API.
    expect(await setup().worker.handlePage({ type: 'page/words' }, page)).toEqual({ ok: false, error: 'words-unreadable' });
  });
});

describe("a tab's state ends with the profile", () => {
  it('goes when the tab leaves the profile (another page, another profile, another site), stays on the profile\'s own pages', async () => {
    const { worker, state } = setup();
    const open = async () => worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ url: JANE }) }, { tabId: 7, frameId: 0, url: JANE });
    await open();
    await worker.tabNavigated(7, `${JANE}details/experience/`);
    await worker.tabNavigated(7, 'https://www.linkedin.com/in/JANE-DOE/overlay/contact-info/');
    expect((await state(7))?.status).toBe('profile');
    await worker.tabNavigated(7, 'https://www.linkedin.com/feed/');
    expect(await state(7)).toBeUndefined();

    await open();
    await worker.tabNavigated(7, SAM);
    expect(await state(7)).toBeUndefined();
    await open();
    await worker.tabNavigated(7, null);
    expect(await state(7)).toBeUndefined();

    // The tab-state question the report and compare pages ask now answers "none".
    expect(await worker.handleUi({ type: 'ui/tab-state', tabId: 7 })).toMatchObject({ ok: true, state: { status: 'none' } });
  });

  it('a snapshot of the new profile written before the navigation event stays', async () => {
    const { worker, state } = setup();
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ url: JANE }) }, { tabId: 7, frameId: 0, url: JANE });
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ slug: 'sam-green', name: 'Sam Green', url: SAM }) }, { tabId: 7, frameId: 0, url: SAM });
    await worker.tabNavigated(7, SAM);
    expect(await state(7)).toMatchObject({ status: 'profile', profileKey: 'slug:sam-green' });
  });
});
