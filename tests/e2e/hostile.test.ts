// Issue 11, items 4–8, against the built extension: servers and files written to hurt it.
// Chromium and Firefox: a webhook that answers with an endless body (the reply is cut after a few KB
// and the connection dropped), a webhook that redirects (never followed: nothing reaches the other
// server), a report queued before the webhook URL and secret changed (held, never sent to the old
// URL with the new secret, moved only on the user's request), an export file crafted to queue a
// delivery to another server (nothing is posted there), an import with a catalog nested 5,000 deep
// (refused, nothing wiped). Chromium: a browsing session through 200 large profiles keeps the popup
// and Report working on the last one, and a snapshot over the worker's limits is cut and scored.
//
// TELLTALE_E2E_CHROME_DIST / TELLTALE_E2E_FIREFOX_DIST run these against another build (an older
// commit's dist/, to see them fail there).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../../demo/render.ts';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession, firefoxStoreGet, firefoxStoreSet } from './harness.ts';

const CHROME_DIST = process.env.TELLTALE_E2E_CHROME_DIST ?? chromeDist;
const FIREFOX_DIST = process.env.TELLTALE_E2E_FIREFOX_DIST ?? firefoxDist;

/** Whether the worker has assessed `url` in some tab (read from the extension, whatever the page shows). */
const ASSESSED = `(async (url) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const all = await api.storage.session.get(null);
  return Object.entries(all).some(([k, s]) => k.startsWith('tab:') && s && s.status === 'profile' && s.snapshot && s.snapshot.profileUrl === url);
})`;

const waitFor = async <T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const got = await probe();
    if (got) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

// ---- Loopback servers ------------------------------------------------------------------------

interface Hit {
  path: string;
  auth: string | undefined;
  body: string;
}

interface Loopback {
  server: Server;
  url: string;
  hits: Hit[];
  /** Bytes of reply body written before the client went away. */
  sent: { bytes: number; closed: boolean };
}

/** A server that allows the extension's CORS request (and Chromium's private-network preflight). */
async function loopback(answer: (req: IncomingMessage, res: ServerResponse, state: Loopback) => void): Promise<Loopback> {
  const state = { hits: [], sent: { bytes: 0, closed: false } } as unknown as Loopback;
  state.server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'content-type, idempotency-key, authorization');
    res.setHeader('Access-Control-Allow-Private-Network', 'true');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      state.hits.push({ path: req.url ?? '', auth: req.headers.authorization, body });
      answer(req, res, state);
    });
  });
  await new Promise<void>((resolve) => state.server.listen(0, '127.0.0.1', () => resolve()));
  state.url = `http://127.0.0.1:${(state.server.address() as { port: number }).port}`;
  return state;
}

/** 500, then an endless body: 64 KB chunks as fast as the client reads them. */
const endless = () =>
  loopback((_req, res, state) => {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    res.on('close', () => (state.sent.closed = true));
    const pump = () => {
      while (!state.sent.closed) {
        state.sent.bytes += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    pump();
  });

const answering = (status: number) => loopback((_req, res) => res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status >= 300 ? 'no' : 'filed'));

const redirectingTo = (target: string) => loopback((_req, res) => res.writeHead(307, { Location: target }).end());

/** An export file whose queue names a server the user never set up, and whose settings point there too. */
const craftedImport = (attackerUrl: string) => ({
  format: 'telltale-export',
  version: 1,
  exportedAt: '2026-11-01T00:00:00.000Z',
  extensionVersion: '0.1.0',
  note: '',
  data: {
    settings: { webhookUrl: attackerUrl, region: 'FR' },
    'report:queue': [
      {
        id: 'crafted-1', profileKey: 'slug:someone', profileName: 'Someone', url: attackerUrl, format: 'json', body: '{"crafted":true}',
        createdAt: '2026-11-01T00:00:00.000Z', attempts: 0, nextAttemptAt: '2026-01-01T00:00:00.000Z', lastAttemptAt: null, lastError: null, leaseUntil: null,
      },
    ],
  },
});

/** Built in the extension's page (5,000 levels would not pass through the test driver's protocol). */
const DEEP_IMPORT = `(async () => {
  let deep = {};
  for (let i = 0; i < 5000; i++) deep = { a: deep };
  const api = globalThis.browser ?? globalThis.chrome;
  return api.runtime.sendMessage({ type: 'ui/import', file: { format: 'telltale-export', version: 1, data: { 'mem:catalog': { x: deep } } } });
})()`;

const servers: Loopback[] = [];
const track = async (s: Promise<Loopback>) => {
  const got = await s;
  servers.push(got);
  return got;
};
afterAll(() => {
  for (const s of servers) s.server.close();
});

type Ui = (message: unknown) => Promise<Record<string, unknown>>;
type Pending = { id: string; attempts: number; lastError: string | null; held?: boolean };
const pendingOf = async (ui: Ui) => ((await ui({ type: 'ui/overview' })) as { overview: { pending: Pending[] } }).overview.pending;

/** The checks both browsers run, over their extension page's messaging. */
function sharedChecks(
  name: string,
  get: () => { ui: Ui; local: () => Promise<Record<string, unknown>>; allow: (url: string) => Promise<void>; run: (script: string) => Promise<unknown> },
) {
  it(`${name}: an endless webhook reply is cut after a few KB and the connection dropped`, async () => {
    const { ui, allow } = get();
    const hook = await track(endless());
    await allow(hook.url);
    expect(await ui({ type: 'ui/settings-set', patch: { webhookUrl: `${hook.url}/hook`, webhookSecret: null } })).toMatchObject({ ok: true });
    const started = Date.now();
    const answer = (await ui({ type: 'ui/webhook-test' })) as { ok: boolean; status: number; error: string };
    const ms = Date.now() - started;
    console.log(`[e2e] ${name}: endless reply answered in ${ms} ms; the server wrote ${(hook.sent.bytes / 1e6).toFixed(1)} MB before the extension dropped it`);
    expect(answer).toMatchObject({ ok: true, status: 500, error: expect.stringMatching(/^the server answered 500: x{100,}…$/) });
    expect(ms).toBeLessThan(8_000);
    await waitFor('the connection to be dropped', async () => hook.sent.closed, 5_000);
    expect(hook.sent.bytes).toBeLessThan(64 * 1024 * 1024);
  });

  it(`${name}: a redirect is never followed: nothing reaches where it points`, async () => {
    const { ui, allow } = get();
    const elsewhere = await track(answering(200));
    const hook = await track(redirectingTo(`${elsewhere.url}/collect`));
    await allow(hook.url);
    await allow(elsewhere.url);
    expect(await ui({ type: 'ui/settings-set', patch: { webhookUrl: `${hook.url}/hook`, webhookSecret: 'team-secret' } })).toMatchObject({ ok: true });
    const answer = (await ui({ type: 'ui/webhook-test' })) as { ok: boolean; error: string | null };
    expect(answer.error).toMatch(/redirect/);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(hook.hits).toHaveLength(1);
    expect(elsewhere.hits).toEqual([]);
  });

  it(`${name}: an import crafted to queue a delivery elsewhere posts nothing there, and keeps this browser's webhook`, async () => {
    const { ui, allow } = get();
    const team = await track(answering(201));
    const attacker = await track(answering(200));
    await allow(team.url);
    await allow(attacker.url);
    expect(await ui({ type: 'ui/settings-set', patch: { webhookUrl: `${team.url}/hook`, webhookSecret: 'team-secret' } })).toMatchObject({ ok: true });
    expect(await ui({ type: 'ui/import', file: craftedImport(`${attacker.url}/collect`) })).toMatchObject({ ok: true });
    await ui({ type: 'ui/retry', id: null });
    await new Promise((r) => setTimeout(r, 2_500));
    expect(attacker.hits).toEqual([]);
    expect(team.hits).toEqual([]);
    expect(await ui({ type: 'ui/settings' })).toMatchObject({ settings: { webhookUrl: `${team.url}/hook`, webhookSecret: 'team-secret', region: 'FR' } });
    expect(await pendingOf(ui)).toEqual([]);
  });

  it(`${name}: an import with a catalog nested 5,000 deep is refused and wipes nothing`, async () => {
    const { local, run } = get();
    const before = await local();
    expect(Object.keys(before).length).toBeGreaterThan(0);
    expect(await run(DEEP_IMPORT)).toMatchObject({ ok: false });
    expect(await local()).toEqual(before);
  });
}

// ---- Chromium --------------------------------------------------------------------------------

/** How many profiles the session test sends (TELLTALE_E2E_PROFILES; 200 by default, 16 MB through the 10 MB quota). */
const PROFILES = Number(process.env.TELLTALE_E2E_PROFILES ?? 200);
const demo = demoProfileHtml();
const ABOUT = 'Senior full-stack engineer with 10+ years of experience building scalable web platforms.';

describe('Chromium: hostile servers, files and sessions', () => {
  const site = new Map<string, string>([[DEMO_PROFILE_URL, demo]]);
  let session: ChromiumSession;
  let ext: Page;
  const ui: Ui = (message) => ext.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Record<string, unknown>>;
  const local = () => ext.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;

  beforeAll(async () => {
    session = await launchChromium(site, { dist: CHROME_DIST });
    ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    // A profile seen, so there is data an import could wipe and a member to report.
    await (await visit(DEMO_PROFILE_URL)).close();
  });
  afterAll(async () => session?.close());

  const assessed = (url: string) => ext.evaluate(`${ASSESSED}(${JSON.stringify(url)})`) as Promise<boolean>;
  async function visit(url: string, page?: Page): Promise<Page> {
    const tab = page ?? (await session.context.newPage());
    await tab.goto(url);
    await waitFor(`the worker's assessment of ${url}`, () => assessed(url), 20_000);
    return tab;
  }

  // The harness aborts every request to a host it does not answer: loopback test servers are let through.
  const allow = async (url: string) => {
    await session.context.route(`${url}/**`, (route) => route.continue());
  };
  sharedChecks('Chromium', () => ({ ui, local, allow, run: (script) => ext.evaluate(script) }));

  /** Runs an expression in the content script's own (isolated) world of a LinkedIn tab: its messages are the content script's. */
  async function inContentScript(page: Page, expression: string): Promise<unknown> {
    const cdp = await session.context.newCDPSession(page);
    try {
      const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
      await cdp.send('Runtime.enable');
      const world = await waitFor('the content script\'s world', async () => worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(session.extensionId)), 5_000);
      const run = await cdp.send('Runtime.evaluate', { contextId: world.id, awaitPromise: true, returnByValue: true, expression });
      if (run.exceptionDetails) throw new Error(`in the content script's world: ${run.exceptionDetails.text}`);
      return run.result.value;
    } finally {
      await cdp.detach();
    }
  }

  async function profileKey(): Promise<string> {
    return waitFor('the profile key', async () => {
      const all = (await ext.evaluate(() => chrome.storage.session.get(null))) as Record<string, { profileKey?: string }>;
      return Object.entries(all).find(([k, s]) => k.startsWith('tab:') && s?.profileKey)?.[1]?.profileKey;
    });
  }

  it('Chromium: a report from the popup to an endless webhook is recorded with the cut reply', async () => {
    const hook = await track(endless());
    await allow(hook.url);
    expect(await ui({ type: 'ui/settings-set', patch: { webhookUrl: `${hook.url}/hook`, webhookSecret: null } })).toMatchObject({ ok: true });
    const page = await visit(DEMO_PROFILE_URL);
    const made = (await ui({ type: 'ui/report', profileKey: await profileKey(), destinations: ['webhook'], note: 'endless', screenshot: null })) as { ok: boolean; report: { id: string } };
    expect(made.ok).toBe(true);
    const failed = await waitFor('the failed attempt', async () => (await pendingOf(ui)).find((p) => p.id === made.report.id && p.attempts >= 1), 10_000);
    expect(failed.lastError).toMatch(/^the server answered 500: x{100,}…$/);
    expect(hook.sent.bytes).toBeLessThan(64 * 1024 * 1024);
    await ui({ type: 'ui/discard', id: made.report.id });
    await page.close();
  });

  it('Chromium: a report queued before the webhook URL and secret changed is never sent to the old URL with the new secret', async () => {
    const old = await track(answering(503));
    const now = await track(answering(201));
    await allow(old.url);
    await allow(now.url);
    expect(await ui({ type: 'ui/settings-set', patch: { webhookUrl: `${old.url}/hook`, webhookSecret: 'old-secret' } })).toMatchObject({ ok: true });
    const page = await visit(DEMO_PROFILE_URL);
    const made = (await ui({ type: 'ui/report', profileKey: await profileKey(), destinations: ['webhook'], note: 'queued', screenshot: null })) as { ok: boolean; report: { id: string } };
    expect(made.ok).toBe(true);
    await waitFor('the first attempt', async () => old.hits.length >= 1);
    expect(old.hits.map((h) => h.auth)).toEqual(['Bearer old-secret']);

    expect(await ui({ type: 'ui/settings-set', patch: { webhookUrl: `${now.url}/hook`, webhookSecret: 'new-secret' } })).toMatchObject({ ok: true });
    await ui({ type: 'ui/retry', id: null });
    await new Promise((r) => setTimeout(r, 2_500));
    expect(old.hits.map((h) => h.auth)).toEqual(['Bearer old-secret']);
    expect(now.hits).toEqual([]);
    expect(await pendingOf(ui)).toMatchObject([{ id: made.report.id, held: true, lastError: expect.stringMatching(/^held: the webhook changed/) }]);

    // The popup says it is held; the user moves it there: it goes to the webhook now set, with that
    // webhook's secret, once.
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const held = popup.locator(`[data-report-id="${made.report.id}"]`);
    await expect.poll(() => held.textContent(), { timeout: 10_000 }).toMatch(/held: the webhook changed/);
    await held.getByRole('button', { name: 'Send to the webhook now set' }).click();
    await waitFor('the delivery to the new webhook', async () => now.hits.length >= 1);
    await popup.close();
    expect(now.hits.map((h) => h.auth)).toEqual(['Bearer new-secret']);
    expect(JSON.parse(now.hits[0]!.body)).toMatchObject({ idempotencyKey: made.report.id, note: 'queued' });
    expect(old.hits).toHaveLength(1);
    expect(await pendingOf(ui)).toEqual([]);
    await page.close();
  });

  it('Chromium: a session through 200 large profiles keeps the popup and Report working on the last one', async () => {
    // The profiles go through the worker as the content script sends them: from the content
    // script's own (isolated) world in a LinkedIn tab, one snapshot after another, each another
    // member with a long About (~80 KB of session data each: 16 MB through a 10 MB quota; TELLTALE_E2E_PROFILES sets how many).
    // Each names the tab's own address (the worker refuses a snapshot of another slug than the tab
    // shows): the members differ by their member id.
    const N = PROFILES;
    const page = await visit(DEMO_PROFILE_URL);
    const tabId = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, DEMO_PROFILE_URL);
    const template = ((await ui({ type: 'ui/tab-state', tabId })) as { state: { snapshot: Record<string, unknown> } }).state.snapshot;
    const started = Date.now();
    const sent = (await inContentScript(page, `(async () => {
        const template = ${JSON.stringify(template)};
        const about = ${JSON.stringify(`${ABOUT} ${'技術者として長年にわたり決済基盤の構築と運用に携わってきました。'.repeat(560)}`.slice(0, 19_000))};
        let failed = 0, lastError = null;
        for (let i = 0; i < ${N}; i++) {
          const snapshot = { ...template, about, memberId: String(700000000 + i) };
          const answer = await chrome.runtime.sendMessage({ type: 'page/snapshot', snapshot });
          if (!answer || !answer.ok) { failed++; lastError = answer && answer.error; }
        }
        return { failed, lastError };
      })()`)) as { failed: number; lastError: string | null };
    const last = `member:${700000000 + N - 1}`;
    const state = await waitFor('the last profile in the tab state', async () => {
      const got = (await ui({ type: 'ui/tab-state', tabId })) as { state: { status: string; profileKey?: string } };
      return got.state.profileKey === last ? got.state : null;
    }, 10_000);
    const bytes = await ext.evaluate(() => chrome.storage.session.getBytesInUse(null));
    console.log(`[e2e] Chromium: ${N} large profiles through the worker in ${((Date.now() - started) / 1000).toFixed(1)} s (${sent.failed} refused); storage.session holds ${(bytes / 1e6).toFixed(2)} MB`);
    expect(sent).toEqual({ failed: 0, lastError: null });
    expect(bytes).toBeLessThan(6 * 1024 * 1024);
    expect(await ui({ type: 'ui/report', profileKey: state.profileKey, destinations: ['clipboard'], note: '', screenshot: null })).toMatchObject({ ok: true, report: { bundle: { profile: { key: last } } } });
    await page.close();
  }, Math.max(180_000, PROFILES * 500));

  it('Chromium: a snapshot with a 2,001-character name and 501 positions is cut, noted and scored, not refused', async () => {
    const page = await visit(DEMO_PROFILE_URL);
    const tabId = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, DEMO_PROFILE_URL);
    const template = ((await ui({ type: 'ui/tab-state', tabId })) as { state: { snapshot: { experience: unknown[] } } }).state.snapshot;
    const experience = Array.from({ length: 501 }, (_, i) => ({ ...(template.experience[0] as object), ref: `experience:${i}`, title: `Role ${i}` }));
    const answer = (await inContentScript(
      page,
      `chrome.runtime.sendMessage({ type: 'page/snapshot', snapshot: { ...${JSON.stringify(template)}, name: ${JSON.stringify('N'.repeat(2_001))}, experience: ${JSON.stringify(experience)}, experienceShownAll: true } })`,
    )) as { ok: boolean; error?: string; assessment?: { level: string } };
    expect(answer).toMatchObject({ ok: true, assessment: { level: expect.any(String) } });
    const state = await waitFor('the cut snapshot in the tab state', async () => {
      const got = (await ui({ type: 'ui/tab-state', tabId })) as { state: { snapshot?: { name: string; truncated?: string[]; experience: unknown[]; coverage: { experience: { shown: number; total: number } } } } };
      return got.state.snapshot?.truncated ? got.state.snapshot : null;
    });
    expect(state.name).toHaveLength(2_000);
    expect(state.truncated).toEqual(expect.arrayContaining(['name', 'experience']));
    expect(state.experience).toHaveLength(500);
    expect(state.coverage.experience).toMatchObject({ shown: 500, total: 501 });
    await page.close();
  });
});

// ---- Firefox ---------------------------------------------------------------------------------

describe('Firefox: hostile servers and files', () => {
  const UUID = '3c1d9a2e-7b4f-4e8a-9c6d-5f0e1a2b3c4d';
  let session: FirefoxSession;
  let ext: import('puppeteer-core').Page;
  const ui: Ui = (message) =>
    ext.evaluate((m) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage(m), message as never) as Promise<Record<string, unknown>>;
  const local = () => ext.evaluate(firefoxStoreGet, null);

  beforeAll(async () => {
    session = await launchFirefox(new Map([[DEMO_PROFILE_URL, demo]]), { dist: FIREFOX_DIST, extensionUuid: UUID });
    ext = await session.browser.newPage();
    await ext.goto(`moz-extension://${UUID}/popup.html`, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
    await ext.waitForSelector('main, p', { timeout: 10_000 });
    // A profile seen, so there is data an import could wipe.
    const page = await session.open(DEMO_PROFILE_URL);
    await waitFor('the worker\'s assessment of the demo profile', () => ext.evaluate(`${ASSESSED}(${JSON.stringify(DEMO_PROFILE_URL)})`) as Promise<boolean>, 20_000);
    await page.close();
  });
  afterAll(async () => session?.close());

  sharedChecks('Firefox', () => ({ ui, local, allow: async () => undefined, run: (script) => ext.evaluate(script) }));

  it('Firefox: a report queued for the old webhook is never sent there with the new secret', async () => {
    const old = await track(answering(503));
    const now = await track(answering(201));
    expect(await ui({ type: 'ui/settings-set', patch: { webhookUrl: `${now.url}/hook`, webhookSecret: 'new-secret' } })).toMatchObject({ ok: true });
    // A report queued earlier for the old webhook (Firefox asks for data-collection consent before
    // a report can be sent, which a test cannot give; the queue entry is what such a report leaves).
    const url = `${old.url}/hook`;
    await ext.evaluate(firefoxStoreSet, {
      'report:queue': [
        { id: 'queued-1', profileKey: 'slug:someone', profileName: 'Someone', url, format: 'json', body: '{"queued":true}', createdAt: '2026-11-01T00:00:00.000Z', attempts: 1, nextAttemptAt: '2026-01-01T00:00:00.000Z', lastAttemptAt: null, lastError: null, leaseUntil: null },
      ],
    });
    await ui({ type: 'ui/retry', id: null });
    await new Promise((r) => setTimeout(r, 2_500));
    expect(old.hits).toEqual([]);
    expect(now.hits).toEqual([]);
    expect(await pendingOf(ui)).toMatchObject([{ id: 'queued-1', held: true }]);
    expect(await ui({ type: 'ui/move-queued', id: 'queued-1' })).toMatchObject({ ok: true, moved: 1 });
    await waitFor('the delivery to the new webhook', async () => now.hits.length >= 1);
    expect(now.hits.map((h) => h.auth)).toEqual(['Bearer new-secret']);
    expect(old.hits).toEqual([]);
  });
});
