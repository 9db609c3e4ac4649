// Issue 23, item 3, in the built extension in Chromium: code running in the content script's own
// world (as a compromised content script or a renderer exploit on linkedin.com would) reads and
// writes no storage, learns quiet mode only by asking, and changes no other profile: the worker
// refuses a review, a Forget and a snapshot for any profile but the one its tab shows.
// The content script's world is reached through CDP (its isolated execution context): nothing is
// changed in the build. Firefox cannot close storage.local to content scripts: there Telltale keeps
// nothing in it, its data lives in the extension origin's IndexedDB (extension/idb-area.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../../demo/render.ts';
import { firefoxStoreGet, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness.ts';

const site = new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]);

/** Runs an expression in Telltale's content-script world of the page; answers its value (promises awaited). */
async function inContentScriptWorld(page: Page, extensionId: string): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const end = Date.now() + 10_000;
  let id: number | undefined;
  while (id === undefined && Date.now() < end) {
    id = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)?.id;
    if (id === undefined) await new Promise((r) => setTimeout(r, 100));
  }
  if (id === undefined) throw new Error(`no content-script world of Telltale in the page (contexts: ${JSON.stringify(contexts.map((c) => c.origin))})`);
  return async (expression) => {
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: id, awaitPromise: true, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value;
  };
}

describe('the content script world, Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(site);
  });
  afterAll(async () => session?.close());

  it('reads and writes no storage, asks for quiet mode, and acts on no other profile', { timeout: 120_000 }, async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    // A secret and another profile's review and memory, as the extension keeps them.
    await session.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { webhookUrl: 'https://hooks.example.org/t', webhookSecret: 'sEcReT-42' },
        'review:slug:someone-else': { outcome: 'reported', at: '2026-11-01T10:00:00.000Z' },
      }),
    );
    await expect.poll(async () => Object.keys(await session.worker.evaluate(() => chrome.storage.session.get(null))).some((k) => k.startsWith('tab:')), { timeout: 30_000 }).toBe(true);
    const run = await inContentScriptWorld(profile, session.extensionId);

    // Storage: closed, both ways, both areas.
    const attempt = (area: string, call: string) => `chrome.storage.${area}.${call}.then((v) => 'allowed: ' + JSON.stringify(v), (e) => 'denied: ' + e.message)`;
    for (const area of ['local', 'session']) {
      expect(await run(attempt(area, 'get(null)'))).toMatch(/^denied: /);
      expect(await run(attempt(area, "set({ settings: { webhookUrl: 'https://evil.example/' } })"))).toMatch(/^denied: /);
    }
    const stored = (await session.worker.evaluate(() => chrome.storage.local.get('settings'))) as { settings: { webhookUrl: string } };
    expect(stored.settings.webhookUrl).toBe('https://hooks.example.org/t');

    // Quiet mode, by asking.
    expect(await run(`chrome.runtime.sendMessage({ type: 'page/settings' })`)).toEqual({ ok: true, quietMode: false });

    // Another profile: refused, unchanged.
    const ask = (message: object) => run(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    expect(await ask({ type: 'page/review', profileKey: 'slug:someone-else', outcome: 'cleared' })).toMatchObject({ ok: false, error: expect.stringMatching(/^refused/) });
    expect(await ask({ type: 'page/forget', profileKey: 'slug:someone-else', reports: true })).toMatchObject({ ok: false, error: expect.stringMatching(/^refused/) });
    const forged = { schemaVersion: 1, url: 'https://www.linkedin.com/in/someone-else/', kind: 'profile', slug: 'someone-else' };
    expect(await ask({ type: 'page/snapshot', snapshot: forged })).toMatchObject({ ok: false });
    const review = (await session.worker.evaluate(() => chrome.storage.local.get('review:slug:someone-else'))) as Record<string, { outcome: string }>;
    expect(review['review:slug:someone-else']?.outcome).toBe('reported');
    const local = JSON.stringify(await session.worker.evaluate(() => chrome.storage.local.get(null)));
    expect(local).not.toContain('mem:profile:slug:someone-else');
    await profile.close();
  });
});

describe('storage out of the content scripts\' reach, Firefox', () => {
  const UUID = '6a4c2e0b-8d1f-4b3a-9e5c-7f1a3b5d7e92';
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(site, { extensionUuid: UUID });
  });
  afterAll(async () => session?.close());

  it('keeps nothing in storage.local (which Firefox content scripts can read) and never takes in what a page writes there', { timeout: 120_000 }, async () => {
    const ext = await session.browser.newPage();
    await ext.goto(`moz-extension://${UUID}/popup.html`, { waitUntil: 'domcontentloaded', timeout: 3_000 }).catch(() => undefined);
    await ext.waitForSelector('main, p', { timeout: 10_000 });
    type Api = typeof chrome;
    const set = await ext.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ type: 'ui/settings-set', patch: { webhookUrl: 'https://hooks.example.org/t', webhookSecret: 'sEcReT-42' } }),
    );
    expect(set).toMatchObject({ ok: true });
    const profile = await session.open(DEMO_PROFILE_URL);
    const end = Date.now() + 30_000;
    let store: Record<string, unknown> = {};
    while (Date.now() < end && !('mem:catalog' in store)) {
      store = await ext.evaluate(firefoxStoreGet, null);
      if (!('mem:catalog' in store)) await new Promise((r) => setTimeout(r, 200));
    }
    expect(store).toMatchObject({ settings: { webhookSecret: 'sEcReT-42' }, 'mem:key': expect.any(String) });
    expect(Object.keys(store).some((k) => k.startsWith('mem:profile:'))).toBe(true);

    // What a content script could read: nothing of Telltale's.
    const readable = await ext.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.get(null));
    expect(readable).toEqual({});

    // What a compromised page writes there is never taken in: the webhook stays the user's.
    await ext.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.set({ settings: { webhookUrl: 'https://evil.example/', webhookSecret: 'x' } }));
    const settings = (await ext.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ type: 'ui/settings' }))) as { settings: { webhookUrl: string } };
    expect(settings.settings.webhookUrl).toBe('https://hooks.example.org/t');
    await profile.close();
    await ext.close();
  });
});
