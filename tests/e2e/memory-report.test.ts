// Memory and reporting in the built extension.
// Chromium: browsing fixture profiles sends nothing anywhere; a profile seen twice with a changed
// name and a rewritten past position gets "changed since last seen"; two profiles with one phone
// number get "shared across profiles"; a report to a local webhook that refuses at first, with the
// worker stopped between attempts, arrives exactly once with the full bundle; export → delete →
// import restores the same data; a report made while the webhook is unreachable survives a browser
// restart and is delivered once; the in-page panel's "Report this profile…" opens the extension's
// report page for that profile, which sends a report. Firefox: the report form makes a report from
// the popup and from the report page the in-page panel opens; a review is kept across visits; quiet
// mode puts nothing in the page (not even the early pill) while the worker still has the findings;
// the contact-overlay button follows the page's link only on click and the phone gets its badge.
//
// Retry timing: the store build retries after 30 s at the earliest (extension/background.ts). This
// file builds its own copy of the Chromium extension whose worker is compiled in vite mode
// "e2e-fast-retry" (1 s base delay); only that copy is used here, and a check below proves the store
// build in dist/ has no fast path. Chrome fires alarms of unpacked extensions as soon as 1 s.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../../demo/render.ts';
import { CONTACT_OVERLAY_URL, contactOverlayHtml, IMPOSSIBLE_PHONE } from '../fixtures-ui/profiles.ts';
import { ANNA_URL, annaContactHtml, TOMASZ_URL as TOMASZ, tomaszContactHtml } from '../fixtures-ui/shared-phone.ts';
import { scriptConfig } from '../../vite.config.ts';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession, firefoxStoreGet } from './harness.ts';
import { chromiumProbe, firefoxProbe, type RootOf } from './closed-roots.ts';
import { chromiumReportPage, chromiumReportPages, DESTINATION_BOXES, firefoxReportPage, firefoxReportPages, reportTabId, SENT_DESTINATIONS } from './report-page.ts';

/** A Telltale host's closed root, answered by the test's privileged access (closed-roots.ts) inside probe.run(). */
declare const rootOf: RootOf;

const pillText = () => {
  // The real pill is a button; the early script's "reading the page" status is not the answer.
  const root = rootOf(document.querySelector('[data-telltale="pill"]'));
  return root?.querySelector('button') ? (root.querySelector('[data-part~="pill"]')?.textContent?.trim() ?? null) : null;
};

// ---- Fixture pages ---------------------------------------------------------------------------

const TOMASZ_URL = TOMASZ;
const OTHER_URL = ANNA_URL;
const contactInfo = tomaszContactHtml();
/** A second invented person whose contact overlay lists Tomasz's work number, written another way. */
const otherPerson = annaContactHtml();

/** The demo profile after a rewrite: another name, and a past position with other dates. */
const rewritten = (html: string) =>
  html
    .replaceAll('Jordan Ellis', 'Jordan Ellison')
    .replaceAll('Mar 2012 - Aug 2018 · 6 yrs 6 mos', 'Mar 2010 - Aug 2018 · 8 yrs 6 mos')
    .replaceAll('Mar 2012 to Aug 2018 · 6 yrs 6 mos', 'Mar 2010 to Aug 2018 · 8 yrs 6 mos');

/** Pages that are no profile: the feed, and a profile route behind a sign-in wall. */
const FEED_URL = 'https://www.linkedin.com/feed/';
const WALLED_URL = 'https://www.linkedin.com/in/someone-walled-example/';
const FEED_HTML = '<!DOCTYPE html><html lang="en"><head><title>Feed | LinkedIn</title></head><body><main><h2>Feed</h2><p>Posts.</p></main></body></html>';
const WALL_HTML =
  '<!DOCTYPE html><html lang="en"><head><title>Sign Up | LinkedIn</title></head><body><form action="/uas/login-submit" method="post"><input name="session_key"><input name="session_password" type="password"><button>Sign in</button></form></body></html>';

/** Rendered once: a second render would move the photo's upload time and read as a new photo. */
const demo = demoProfileHtml();
const site = new Map<string, string>([
  [DEMO_PROFILE_URL, demo],
  [TOMASZ_URL, contactInfo],
  [OTHER_URL, otherPerson],
  [FEED_URL, FEED_HTML],
  [WALLED_URL, WALL_HTML],
]);

// ---- The webhook: refuses twice, then files the report but the answer is lost, then accepts ----

interface Received {
  key: string | undefined;
  auth: string | undefined;
  body: string;
  answered: string;
}

function startWebhook(opts: { acceptAll?: boolean } = {}): Promise<{ server: Server; url: string; received: Received[]; filed: Map<string, string> }> {
  const received: Received[] = [];
  const filed = new Map<string, string>();
  const server = createServer((req: IncomingMessage, res) => {
    // Allow the extension's cross-origin POST whether or not it holds a host permission.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'content-type, idempotency-key, authorization');
    // Chromium asks a loopback server before a request from a secure origin reaches it (Private
    // Network Access): a local relay must say yes, or the worker's fetch fails outright.
    res.setHeader('Access-Control-Allow-Private-Network', 'true');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const key = req.headers['idempotency-key'] as string | undefined;
      const n = received.length + 1;
      const entry: Received = { key, auth: req.headers.authorization, body, answered: '' };
      received.push(entry);
      if (opts.acceptAll) {
        entry.answered = '201';
        return res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: true }));
      }
      if (n <= 2) {
        entry.answered = '503';
        return res.writeHead(503, { 'Content-Type': 'text/plain' }).end('busy, try later');
      }
      const duplicate = key !== undefined && filed.has(key);
      if (!duplicate && key) filed.set(key, body);
      if (n === 3) {
        // Filed, but the answer never reaches the extension: it must retry, and the key dedupes it.
        entry.answered = 'lost';
        return req.socket.destroy();
      }
      entry.answered = duplicate ? '200 duplicate' : '201';
      res.writeHead(duplicate ? 200 : 201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: true, duplicate }));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({ server, url: `http://127.0.0.1:${port}/hook`, received, filed });
    });
  });
}

// ---- The test build ------------------------------------------------------------------------

async function fastRetryBuild(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'telltale-e2e-fast-'));
  cpSync(chromeDist, dir, { recursive: true });
  const out = mkdtempSync(join(tmpdir(), 'telltale-e2e-bg-'));
  const config = scriptConfig('background');
  await build({ ...config, mode: 'e2e-fast-retry', logLevel: 'error', build: { ...config.build, outDir: out, emptyOutDir: true } });
  cpSync(join(out, 'background.js'), join(dir, 'background.js'));
  rmSync(out, { recursive: true, force: true });
  return dir;
}

const waitFor = async <T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const got = await probe();
    if (got) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

beforeAll(() => {
  for (const dist of [chromeDist, firefoxDist]) {
    if (!existsSync(`${dist}/manifest.json`)) throw new Error(`${dist} is missing: run npm run build first`);
  }
});

/** The fast-retry copy of the Chromium extension, built once for this file. */
let fastDistBuild: Promise<string> | null = null;
const fastRetryDist = () => (fastDistBuild ??= fastRetryBuild());
afterAll(async () => {
  if (fastDistBuild) rmSync(await fastDistBuild, { recursive: true, force: true });
});

describe('Chromium: memory and reporting', () => {
  let session: ChromiumSession;
  let fastDist: string;
  let hook: Awaited<ReturnType<typeof startWebhook>>;
  let ext: Page;
  /** Requests to the webhook that went through the test's routing: proves the worker's own fetches are seen. */
  let routedToHook = 0;

  type TabStates = Record<string, { status: string; profileKey?: string; snapshot?: { name: string }; assessment?: { findings: { signal: string; title: string; evidence: string }[] } }>;
  const storage = (area: 'local' | 'session') => ext.evaluate((a) => chrome.storage[a].get(null), area) as Promise<Record<string, unknown>>;
  const ui = (message: unknown) => ext.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Record<string, unknown>>;

  async function visit(url: string): Promise<Page> {
    const page = await session.open(url);
    await (await chromiumProbe(page)).waitFor(pillText, undefined, 20_000);
    return page;
  }

  async function stateOf(url: string): Promise<TabStates[string]> {
    const tabId = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
    if (tabId === null) throw new Error(`no tab shows ${url}`);
    return waitFor(`the worker's state of ${url}`, async () => ((await storage('session')) as TabStates)[`tab:${tabId}`]);
  }

  beforeAll(async () => {
    fastDist = await fastRetryDist();
    hook = await startWebhook();
    session = await launchChromium(site, { dist: fastDist });
    // Loopback only, and only the webhook's port: everything else stays a stray request.
    await session.context.route(`${hook.url}**`, (route) => {
      routedToHook++;
      return route.continue();
    });
    ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
  });
  afterAll(async () => {
    await session?.close();
    hook?.server.close();
  });

  it('ships the fast retry only in the test build', () => {
    const store = readFileSync(join(chromeDist, 'background.js'), 'utf8');
    const test = readFileSync(join(fastDist, 'background.js'), 'utf8');
    expect(store).not.toMatch(/baseMs:1e3/);
    expect(test).toMatch(/baseMs:1e3/);
  });

  it('browses fixture profiles without any network request from the extension', async () => {
    for (const url of [DEMO_PROFILE_URL, TOMASZ_URL]) await (await visit(url)).close();
    expect(session.strayRequests).toEqual([]);
    expect(hook.received).toEqual([]);
    const local = await storage('local');
    // Remembered: the two profiles, hashed index, nothing raw.
    expect(Object.keys(local).filter((k) => k.startsWith('mem:profile:')).length).toBe(2);
    expect(JSON.stringify(local)).not.toMatch(/7946|tomasz\.weber@example/);

    // Pages that are no profile add nothing to what is kept.
    const feed = await session.open(FEED_URL);
    await feed.waitForTimeout(1_000);
    await feed.close();
    const walled = await session.open(WALLED_URL);
    // The worker heard about the wall (for the popup, in the session area only)…
    await waitFor('the worker to note the sign-in wall', async () =>
      Object.values((await storage('session')) as TabStates).some((s) => s.status === 'not-a-profile'),
    );
    await walled.close();
    // …and kept nothing of it.
    expect(await storage('local')).toEqual(local);
    expect(session.strayRequests).toEqual([]);
  });

  it('reports "changed since last seen" after a changed name and a rewritten past position', async () => {
    site.set(DEMO_PROFILE_URL, rewritten(demo));
    const page = await visit(DEMO_PROFILE_URL);
    const state = await stateOf(DEMO_PROFILE_URL);
    expect(state.snapshot?.name).toBe('Jordan Ellison');
    const history = state.assessment!.findings.filter((f) => f.signal === 'changed-since-last-seen');
    expect(history.map((f) => f.title)).toEqual(
      expect.arrayContaining(['Past positions were rewritten since you last looked', 'A profile detail changed since you last looked']),
    );
    expect(history.map((f) => f.evidence).join(' ')).toMatch(/Jordan Ellis.*Jordan Ellison/);
    expect(history.map((f) => f.evidence).join(' ')).toMatch(/Fabrikam/);
    await page.close();
  });

  it('reports "shared across profiles" for one phone number on two profiles', async () => {
    const page = await visit(OTHER_URL);
    const state = await stateOf(OTHER_URL);
    const shared = state.assessment!.findings.filter((f) => f.signal === 'shared-across-profiles');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.evidence).toMatch(/\+44 20 7946 0018 also appears on Tomasz Weber \(https:\/\/www\.linkedin\.com\/in\/tomasz-weber-example\/?\)/);
    expect(session.strayRequests).toEqual([]);
    await page.close();
  });

  it('delivers a webhook report exactly once, with the full bundle, across worker stops', async () => {
    const configured = await ui({
      type: 'ui/settings-set',
      patch: { webhookUrl: hook.url, webhookSecret: 'team-secret', reportDestinations: ['webhook'] },
    });
    expect(configured).toMatchObject({ ok: true });

    const profile = await visit(DEMO_PROFILE_URL);
    const tabId = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, DEMO_PROFILE_URL);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Report…' }).click();
    await expect.poll(() => popup.locator('input[name="tt-dest-webhook"]').isChecked()).toBe(true);
    await popup.locator('textarea[name="tt-note"]').fill('Applied for our backend role last week.');
    await popup.getByRole('button', { name: 'Send report' }).click();
    await popup.waitForSelector('[data-telltale-report="sent"]');
    expect(await popup.locator('li[data-destination="webhook"]').textContent()).toMatch(/Queued for your team webhook/);

    const cdp = await session.context.newCDPSession(popup);
    // The extension's worker, as DevTools sees it: each stop and each restart by the alarm.
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`)) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const stopWorker = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('the worker to stop', async () => statuses[statuses.length - 1] === 'stopped', 10_000);
    };

    // The worker has written down the outcome of its n-th attempt (stopping it before that would
    // kill the attempt in flight, and the test would then be about a different sequence).
    const attemptRecorded = (n: number) => async () => {
      const queue = ((await storage('local'))['report:queue'] ?? []) as { attempts: number; lastError: string | null }[];
      return queue.length === 1 && queue[0]!.attempts >= n && queue[0]!.lastError !== null;
    };
    // Attempt 1 is refused; the reason shows in the popup; the worker is stopped.
    await waitFor('attempt 1', async () => hook.received.length >= 1);
    await waitFor('attempt 1 recorded', attemptRecorded(1), 10_000);
    await stopWorker();
    await popup.reload();
    await expect.poll(() => popup.locator('[data-report-id]').textContent(), { timeout: 10_000 }).toMatch(/failed: the server answered 503: busy, try later/);
    // Attempt 2 comes from the alarm, in a restarted worker; refused again; stopped again.
    await waitFor('attempt 2', async () => hook.received.length >= 2, 20_000);
    await waitFor('attempt 2 recorded', attemptRecorded(2), 10_000);
    await stopWorker();
    // Attempt 3 is filed but its answer is lost; attempt 4 is answered as a duplicate.
    await waitFor('attempt 4', async () => hook.received.length >= 4, 30_000);
    await waitFor('the queue to be empty', async () => !('report:queue' in (await storage('local'))), 10_000);
    await new Promise((r) => setTimeout(r, 3_000)); // nothing more may come

    expect(hook.received.map((r) => r.answered)).toEqual(['503', '503', 'lost', '200 duplicate']);
    // The worker's requests pass through the browser context's routing (3 of the 4 attempts here: a
    // request right after a restart may slip past it), so the "no stray request" check while
    // browsing sees the worker's fetches too, not only the pages'.
    expect(routedToHook).toBeGreaterThanOrEqual(1);
    // Stopped twice, and started again by the alarm each time.
    const restarts = statuses.join(' ').match(/stopped (stopped )*(starting )*running/g) ?? [];
    expect(restarts.length).toBeGreaterThanOrEqual(2);
    expect(hook.filed.size).toBe(1);
    const keys = new Set(hook.received.map((r) => r.key));
    expect(keys.size).toBe(1);
    expect(new Set(hook.received.map((r) => r.body)).size).toBe(1);
    expect(hook.received.every((r) => r.auth === 'Bearer team-secret')).toBe(true);

    const bundle = JSON.parse([...hook.filed.values()][0]!) as Record<string, unknown> & {
      profile: { url: string; name: string };
      findings: { evidence: string }[];
      snapshot: { name: string };
      earlierSnapshots: { snapshot: { name: string } }[];
    };
    expect(bundle).toMatchObject({
      format: 'telltale-evidence',
      idempotencyKey: [...keys][0],
      note: 'Applied for our backend role last week.',
      extension: { name: 'Telltale', version: '0.1.0' },
      profile: { url: DEMO_PROFILE_URL, name: 'Jordan Ellison' },
    });
    expect(bundle.statement).toMatch(/may be compromised or misrepresented.*victim/s);
    expect(bundle.findings.length).toBeGreaterThan(3);
    expect(bundle.findings.every((f) => f.evidence.length > 0)).toBe(true);
    expect(bundle.snapshot.name).toBe('Jordan Ellison');
    expect(bundle.earlierSnapshots.map((e) => e.snapshot.name)).toContain('Jordan Ellis');
    expect(typeof bundle.createdAt).toBe('string');
    // The popup here is a tab of its own, not the toolbar popup, so no activeTab grant: the bundle
    // says why it has no screenshot rather than silently lacking one.
    const shot = bundle.screenshot as { dataUrl: string } | null;
    if (shot) expect(shot.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
    else expect(bundle.screenshotNote).toMatch(/did not allow a screenshot/);
    console.log(`[e2e] screenshot in the bundle: ${shot ? `${shot.dataUrl.length} chars` : 'none'}`);

    // The popup shows it delivered; nothing pending.
    await popup.reload();
    await expect.poll(() => popup.locator('#tt-reports + ul').textContent(), { timeout: 10_000 }).toMatch(/Delivered to the team webhook/);
    expect(await popup.locator('[data-report-id]').count()).toBe(0);
    await popup.close();
    await profile.close();
  });

  it('options: "Send test" posts a test message without profile data and shows the answer', async () => {
    // A server of its own that accepts everything, so nothing the earlier test's server still
    // expects (its refusals, its lost answer) can reach this one.
    const own = await startWebhook({ acceptAll: true });
    await session.context.route(`${own.url}**`, (route) => route.continue());
    try {
      expect(await ui({ type: 'ui/settings-set', patch: { webhookUrl: own.url } })).toMatchObject({ ok: true });
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await expect.poll(() => options.locator('input[name="webhookUrl"]').inputValue()).toBe(own.url);
      const before = hook.received.length;
      await options.click('button[name="webhookTest"]');
      await expect.poll(() => options.locator('#status-webhook').textContent(), { timeout: 20_000 }).toMatch(/Test sent: the server answered 201/);
      expect(own.received).toHaveLength(1);
      expect(hook.received).toHaveLength(before);
      const test = JSON.parse(own.received[0]!.body) as { format: string; text: string };
      expect(test.format).toBe('telltale-test');
      expect(own.received[0]!.body).not.toMatch(/Jordan|Tomasz|Anna/);
      await options.close();
    } finally {
      own.server.close();
    }
  });

  it('export, delete all, import: the same data comes back', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('button[name="export"]');
    // Nothing in flight: an import never brings a delivery queue back, so a queued report would be
    // a difference that says nothing about export and import.
    await waitFor('no queued delivery', async () => !('report:queue' in (await storage('local'))), 20_000);
    const before = await storage('local');
    expect(Object.keys(before).length).toBeGreaterThan(4);

    const [download] = await Promise.all([options.waitForEvent('download'), options.click('button[name="export"]')]);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(file).not.toContain('team-secret');

    options.once('dialog', (d) => void d.accept());
    await options.click('button[name="deleteAll"]');
    await expect.poll(() => options.locator('#status-data').textContent()).toMatch(/Deleted all data/);
    expect(await storage('local')).toEqual({});

    await options.setInputFiles('input[name="import"]', { name: 'telltale-data.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => options.locator('#status-data').textContent()).toMatch(/Imported \d+ entries/);
    const after = await storage('local');
    // The secret never leaves in a file, nor do the shared-detail index and its key (PRIVACY.md):
    // everything else is as it was. (Delete all took the webhook settings too, and an import never
    // brings a webhook in: the file's address and format are not taken.)
    const { webhookSecret: _s, webhookUrl: _u, webhookFormat: _f, ...settingsBefore } = before.settings as Record<string, unknown>;
    const { 'mem:index': _index, 'mem:key': _key, ...kept } = before;
    for (const [k, value] of Object.entries(kept)) if (k.startsWith('mem:profile:')) kept[k] = { ...(value as object), details: [] };
    expect(file).not.toMatch(/"mem:(index|key)"/);
    expect({ ...after, settings: after.settings }).toEqual({ ...kept, settings: settingsBefore });
    await options.close();
  });

  it('the in-page panel opens the report page for this profile, which sends the report: logged with the note, no screenshot', async () => {
    const page = await visit(DEMO_PROFILE_URL);
    const probe = await chromiumProbe(page);
    await probe.click('pill', 'button');
    const before = chromiumReportPages(session.context);
    await probe.click('panel', 'button', 'Report this profile');
    const report = await chromiumReportPage(session.context, before);
    // The page opened names this profile's tab (marked by its title: other tabs may show the same address), and the form is for that profile.
    await page.evaluate(() => (document.title = 'the tab reported on'));
    await expect.poll(() => report.evaluate(async (id) => (await chrome.tabs.get(id)).title, reportTabId(report.url()))).toBe('the tab reported on');
    expect(await report.locator('[data-telltale-report="form"] h2').textContent()).toMatch(/^Report Jordan Ellis/);
    // Nothing of the form is in the LinkedIn page.
    expect(await probe.run(() => !!rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelector('form, textarea, [data-telltale-report]'))).toBe(false);
    const boxes = (await report.evaluate(DESTINATION_BOXES)) as Record<string, { checked: boolean; disabled: boolean }>;
    for (const [d, box] of Object.entries(boxes)) if (!box.disabled && box.checked !== (d === 'linkedin')) await report.click(`input[name="tt-dest-${d}"]`);
    await report.locator('textarea[name="tt-note"]').fill('From the report page');
    const logged = ((await storage('local'))['report:log'] as unknown[] | undefined)?.length ?? 0;
    await report.getByRole('button', { name: 'Send report' }).click();
    await expect.poll(() => report.evaluate(SENT_DESTINATIONS)).toEqual(['log', 'linkedin']);
    const log = (await storage('local'))['report:log'] as { note: string; destinations: string[]; bundle: { screenshot: unknown; screenshotNote: string } }[];
    expect(log).toHaveLength(logged + 1);
    expect(log[log.length - 1]).toMatchObject({ note: 'From the report page', destinations: ['linkedin'], bundle: { screenshot: null } });
    expect(log[log.length - 1]!.bundle.screenshotNote).toMatch(/toolbar button/);
    await report.close();
    await page.close();
  });

  it('forgets one profile: nothing about it is left', async () => {
    const before = await storage('local');
    const key = Object.keys(before).find((k) => k.startsWith('mem:profile:') && JSON.stringify(before[k]).includes('Anna Kowal'));
    expect(key).toBeDefined();
    const profileKey = key!.slice('mem:profile:'.length);
    expect(await ui({ type: 'ui/forget', profileKey, reports: true })).toEqual({ ok: true, forgotten: true });
    const after = await storage('local');
    expect(JSON.stringify(after)).not.toContain('Anna Kowal');
    expect(JSON.stringify(after)).toContain('Tomasz Weber');
  });
});

describe('Chromium: a report made offline is delivered after a browser restart', () => {
  it('keeps the queued report across the restart and delivers it once the server is back', async () => {
    // A port with nothing listening: the extension is "offline" from the webhook's point of view.
    const probe = createServer();
    const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)));
    await new Promise((r) => probe.close(r));
    const url = `http://127.0.0.1:${port}/hook`;
    const profileDir = mkdtempSync(join(tmpdir(), 'telltale-restart-'));
    const dist = await fastRetryDist();
    let server: Server | null = null;
    let session: ChromiumSession | null = null;
    try {
      session = await launchChromium(site, { dist, userDataDir: profileDir });
      const ext = await session.context.newPage();
      await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
      const ui = (message: unknown) => ext.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Record<string, unknown>>;
      const page = await session.open(DEMO_PROFILE_URL);
      await (await chromiumProbe(page)).waitFor(pillText, undefined, 20_000);
      const profileKey = await waitFor('the profile key', async () => {
        const all = (await ext.evaluate(() => chrome.storage.session.get(null))) as Record<string, { profileKey?: string }>;
        return Object.entries(all).find(([k]) => k.startsWith('tab:'))?.[1]?.profileKey;
      });
      expect(await ui({ type: 'ui/settings-set', patch: { webhookUrl: url } })).toMatchObject({ ok: true });
      const made = (await ui({ type: 'ui/report', profileKey, destinations: ['webhook'], note: 'made offline', screenshot: null })) as { ok: boolean; report: { id: string } };
      expect(made.ok).toBe(true);
      const failed = await waitFor('a failed attempt', async () => {
        const o = (await ui({ type: 'ui/overview' })) as { overview: { pending: { attempts: number; lastError: string | null }[] } };
        const p = o.overview.pending[0];
        return p && p.attempts >= 1 ? p : null;
      });
      expect(failed.lastError).toMatch(/^could not reach the server/);
      await session.close(); // the browser quits with the report still queued
      session = null;

      const bodies: { key: string | undefined; body: string }[] = [];
      server = createServer((req, res) => {
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Access-Control-Allow-Headers', 'content-type, idempotency-key, authorization');
        res.setHeader('Access-Control-Allow-Private-Network', 'true');
        if (req.method === 'OPTIONS') return res.writeHead(204).end();
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString('utf8')));
        req.on('end', () => {
          bodies.push({ key: req.headers['idempotency-key'] as string | undefined, body });
          res.writeHead(201).end();
        });
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', () => resolve()));

      session = await launchChromium(site, { dist, userDataDir: profileDir });
      await session.context.route(`${url}**`, (route) => route.continue());
      await waitFor('the delivery after the restart', async () => bodies.length > 0, 30_000);
      await new Promise((r) => setTimeout(r, 3_000));
      const posts = bodies;
      expect(posts).toHaveLength(1);
      expect(posts[0]!.key).toBe(made.report.id);
      expect(JSON.parse(posts[0]!.body)).toMatchObject({ idempotencyKey: made.report.id, note: 'made offline' });
      const ext2 = await session.context.newPage();
      await ext2.goto(`chrome-extension://${session.extensionId}/popup.html`);
      expect(await ext2.evaluate(() => chrome.storage.local.get('report:queue'))).toEqual({});
    } finally {
      await session?.close();
      server?.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});

describe('Firefox: the report form, reviews, quiet mode and the contact overlay', () => {
  const UUID = '6b0f4c3e-5d0a-4c1e-9f1d-2a7e3b8c9d10';
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(
      new Map([
        [DEMO_PROFILE_URL, demoProfileHtml()],
        [CONTACT_OVERLAY_URL, contactOverlayHtml()],
      ]),
      { extensionUuid: UUID },
    );
  });
  afterAll(async () => session?.close());

  /** Real (WebDriver BiDi) clicks inside a Telltale host's closed root, and reads through it (closed-roots.ts). */
  const probeOf = (page: import('puppeteer-core').Page) => firefoxProbe(session.browser, page);

  /** Runs a function with the extension's API in one of its own pages (the popup, opened once). */
  let extPage: import('puppeteer-core').Page | null = null;
  const inExtension = async <T, A = string>(fn: (arg: A) => Promise<T>, arg: A = '' as A): Promise<T> => {
    if (!extPage) {
      extPage = await session.browser.newPage();
      await extPage.goto(`moz-extension://${UUID}/popup.html`, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
      await extPage.waitForSelector('main, p', { timeout: 10_000 });
    }
    return extPage.evaluate(fn as never, arg) as Promise<T>;
  };

  it('keeps a review and shows it on the next visit', async () => {
    const page = await session.open(DEMO_PROFILE_URL);
    const probe = probeOf(page);
    await probe.waitFor(pillText, undefined, 20_000);
    await probe.click('pill', 'button');
    await probe.click('panel', 'label', 'Needs follow-up');
    await probe.click('panel', 'button', 'Save review');
    await probe.waitFor(() => /Needs follow-up/.test(rootOf(document.querySelector('[data-telltale="pill"]'))?.textContent ?? ''));
    await page.close();
    const again = await session.open(DEMO_PROFILE_URL);
    const probe2 = probeOf(again);
    await probe2.waitFor(pillText, undefined, 20_000);
    expect(await probe2.run(() => rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('[data-part~="review"]')?.textContent)).toMatch(/^Reviewed: Needs follow-up, /);
    // Cleared again, so the other tests see an unreviewed profile.
    await probe2.click('pill', 'button');
    await probe2.click('panel', 'button', 'Remove my review');
    await probe2.waitFor(() => !rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('[data-part~="review"]'));
    await again.close();
  });

  it('offers the missing contact overlay, opens it only on click, and badges the phone number there', async () => {
    const page = await session.open(DEMO_PROFILE_URL);
    const probe = probeOf(page);
    await probe.waitFor(pillText, undefined, 20_000);
    await probe.click('pill', 'button');
    await probe.waitFor(() => [...(rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelectorAll('button') ?? [])].some((b) => b.textContent === 'Open contact info'));
    expect(page.url()).toBe(DEMO_PROFILE_URL); // nothing was opened by itself
    await Promise.all([page.waitForNavigation({ timeout: 10_000 }).catch(() => undefined), probe.click('panel', 'button', 'Open contact info')]);
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="badge"][data-telltale-key^="contact:phone"]'), { timeout: 20_000 });
    expect(page.url()).toBe(CONTACT_OVERLAY_URL);
    // The element the badge sits on, by its placement (past any other Telltale host beside it).
    const beside = await page.evaluate(() => {
      const h = document.querySelector('[data-telltale="badge"][data-telltale-key^="contact:phone"]')!;
      const placement = h.getAttribute('data-placement');
      let el: Element | null = placement === 'before' ? h.nextElementSibling : placement === 'prepend' ? h.parentElement : h.previousElementSibling;
      while (el?.hasAttribute('data-telltale')) el = placement === 'before' ? el.nextElementSibling : el.previousElementSibling;
      return el?.textContent ?? '';
    });
    expect(beside).toContain(IMPOSSIBLE_PHONE);
    await page.close();
  });

  it('in quiet mode puts nothing in the page, not even the early pill, and the popup still has the findings', async () => {
    const setQuiet = (quiet: string) =>
      inExtension(async (q) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        await api.runtime.sendMessage({ type: 'ui/settings-set', patch: { quietMode: q === 'on' } });
      }, quiet);
    await setQuiet('on');
    try {
      const page = await session.open(DEMO_PROFILE_URL, {
        initScript: `(() => { window.__everTelltale = 0; new MutationObserver(() => { window.__everTelltale += document.querySelectorAll('[data-telltale]').length; }).observe(document, { childList: true, subtree: true }); })();`,
      });
      await new Promise((r) => setTimeout(r, 2_000));
      expect(await page.evaluate(() => (window as unknown as { __everTelltale: number }).__everTelltale)).toBe(0);
      const states = await inExtension(async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return Object.values(await api.storage.session.get(null)) as { status?: string; assessment?: { level?: string } }[];
      });
      expect(states.some((s) => s.status === 'profile' && s.assessment?.level === 'high')).toBe(true);
      // Quiet mode off: the open tab gets its pill and badges at once.
      await setQuiet('off');
      await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, { timeout: 10_000 });
      await page.close();
    } finally {
      await setQuiet('off');
    }
  });

  it('makes a report from the popup: logged, with the chosen destinations', async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    await probeOf(profile).waitFor(pillText, undefined, 20_000);
    const popup = await session.browser.newPage();
    // Navigation to an extension page loads, but its load event can fail to reach WebDriver: wait
    // for the page's own content instead.
    const open = async (url: string) => {
      await popup.goto(url, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
      await popup.waitForSelector('main, p', { timeout: 10_000 });
    };
    await open(`moz-extension://${UUID}/popup.html`);
    const tabId = await popup.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id;
    }, DEMO_PROFILE_URL);
    await open(`moz-extension://${UUID}/popup.html?tab=${tabId}`);
    const report = await popup.waitForSelector('::-p-text(Report…)');
    await report!.click();
    await popup.waitForSelector('input[name="tt-dest-linkedin"]');
    // Defaults: clipboard and download. Untick them; tick LinkedIn's own flow.
    for (const name of ['clipboard', 'download']) {
      if (await popup.$eval(`input[name="tt-dest-${name}"]`, (e) => (e as HTMLInputElement).checked)) await popup.click(`input[name="tt-dest-${name}"]`);
    }
    await popup.click('input[name="tt-dest-linkedin"]');
    await popup.type('textarea[name="tt-note"]', 'Firefox report');
    await popup.click('button[type="submit"]');
    await popup.waitForSelector('[data-telltale-report="sent"]', { timeout: 10_000 });
    const lines = await popup.$$eval('li[data-destination]', (els) => els.map((e) => `${e.getAttribute('data-destination')}: ${e.textContent}`));
    expect(lines).toEqual([
      expect.stringMatching(/^log: Saved in your report log/),
      expect.stringMatching(/^linkedin: .*Report \/ Block.*never clicks/),
    ]);
    const log = ((await popup.evaluate(firefoxStoreGet, ['report:log'])) as { 'report:log': { note: string; destinations: string[]; bundle: { statement: string } }[] })['report:log'];
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ note: 'Firefox report', destinations: ['linkedin'] });
    expect(log[0]!.bundle.statement).toMatch(/may be compromised or misrepresented/);
    await popup.close();
    await profile.close();
  });

  it('sends a report from the report page the in-page panel opens', async () => {
    const page = await session.open(DEMO_PROFILE_URL);
    const probe = probeOf(page);
    await probe.waitFor(pillText, undefined, 20_000);
    await probe.click('pill', 'button');
    const before = await firefoxReportPages(session.browser);
    await probe.click('panel', 'button', 'Report this profile');
    const report = await firefoxReportPage(session.browser, before);
    expect(await report.$eval('[data-telltale-report="form"] h2', (h) => h.textContent)).toMatch(/^Report Jordan Ellis/);
    const boxes = (await report.evaluate(DESTINATION_BOXES)) as Record<string, { checked: boolean; disabled: boolean }>;
    for (const [d, box] of Object.entries(boxes)) if (!box.disabled && box.checked !== (d === 'linkedin')) await report.click(`input[name="tt-dest-${d}"]`);
    await report.type('textarea[name="tt-note"]', 'Firefox, from the report page');
    await report.click('button[type="submit"]');
    await report.waitForSelector('[data-telltale-report="sent"]', { timeout: 10_000 });
    expect(await report.evaluate(SENT_DESTINATIONS)).toEqual(['log', 'linkedin']);
    // The worker logged it, with the note and without a screenshot (the report page has no activeTab grant).
    const log = ((await inExtension(firefoxStoreGet, ['report:log'])) as { 'report:log': { note: string; bundle: { screenshot: unknown } }[] })['report:log'];
    expect(log.find((e) => e.note === 'Firefox, from the report page')).toMatchObject({ bundle: { screenshot: null } });
    await report.close();
    await page.close();
  });
});
