// Joining a team hub from the options page, in Chromium with the built extension (issue 27 item 1):
// the real hub (Fastify on PGlite in a temp folder, on 127.0.0.1), a team made with the hub's own
// store and the admin's enrolment code built as `hub team create` builds it; the code pasted, the
// hub's one origin asked at that moment, "Connected to … as … (admin)"; the member revoked through
// the API, "Check now" says so; "Leave the team" forgets the token and the key and gives the
// permission back; axe finds nothing in the Team card, light and dark. Then the same join in Firefox
// (the origin and the optional data-collection consent asked in one request), and Leave.
//
// The browser's permission prompt cannot be answered in headless Chromium (permissions.request stays
// pending, with or without --apps-gallery-install-auto-confirm-for-tests=accept), so the page's
// permissions.request is replaced by one that records what was asked and says yes, and the hub is
// reached through a relay that allows the extension's cross-origin request (as the webhook tests'
// servers do): the worker's request, the hub's answers and the page's words are the real ones.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../hub/db.ts';
import { migrate } from '../../hub/migrate.ts';
import { buildHub } from '../../hub/server.ts';
import { createTeam } from '../../hub/store.ts';
import type { MemberCreated } from '../../src/team/api.ts';
import { formatEnrolment } from '../../src/team/enrolment.ts';
import { newTeamKey } from '../../src/team/keys.ts';
import { relayTo } from './hub-relay.ts';
import { chromeDist, firefoxDist, firefoxStoreGet, launchChromium, launchFirefox, root, type ChromiumSession, type FirefoxSession } from './harness.ts';

const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(
    async (sel) =>
      (await (globalThis as unknown as { axe: { run(c: string, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(sel, { resultTypes: ['violations'] })).violations.map(
        (v) => `${v.id} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
      ),
    selector,
  );
}

let dataDir: string;
let db: Database;
let hub: FastifyInstance;
let relay: Awaited<ReturnType<typeof relayTo>>;
const key = newTeamKey();
/** A new team and its admin's code, as `npx telltale hub team create --url <hub>` prints it. */
async function newTeam(name: string, label: string): Promise<{ admin: MemberCreated; code: string }> {
  const admin = await createTeam(db, name, label);
  return { admin, code: formatEnrolment({ v: 1, hub: relay.origin, team: admin.team, name: admin.name, member: admin.member, role: 'admin', token: admin.token, key }) };
}

beforeAll(async () => {
  for (const dist of [chromeDist, firefoxDist]) if (!existsSync(`${dist}/options.html`)) throw new Error(`${dist} has no options page: run npm run build first`);
  dataDir = mkdtempSync(join(tmpdir(), 'telltale-e2e-hub-'));
  db = await openDatabase({ dataDir });
  await migrate(db);
  hub = await buildHub({ db });
  await hub.listen({ host: '127.0.0.1', port: 0 });
  relay = await relayTo(`http://127.0.0.1:${(hub.server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  relay?.server.close();
  await hub?.close();
  await db?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('Chromium: joining a team hub from options', () => {
  let session: ChromiumSession;
  let admin: MemberCreated;
  let code: string;

  beforeAll(async () => {
    ({ admin, code } = await newTeam('Invented Recruiting', 'Ada'));
    session = await launchChromium(new Map());
    // The harness turns away every host it does not serve: the hub (through its relay) is let through.
    await session.context.route(`${relay.origin}/**`, (route) => route.continue());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('paste the code → the hub\'s origin asked then → "Connected to"; revoked → "Check now" says so; Leave forgets token and key; axe light and dark', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('input[name="teamCode"]');
    const storageLocal = () => options.evaluate(() => chrome.storage.local.get(null));
    // Nothing asked at load, nothing stored.
    expect(await options.evaluate(() => chrome.permissions.getAll())).toMatchObject({ origins: ['https://*.linkedin.com/*'] });
    expect(await options.textContent('[data-empty="team"]')).toBe('This browser has joined no team.');

    // The prompt, answered yes and recorded (see the file's head); remove() is the browser's own, recorded.
    await options.evaluate(() => {
      const w = window as unknown as { asked: unknown[]; removed: unknown[] };
      w.asked = [];
      w.removed = [];
      const realRemove = chrome.permissions.remove.bind(chrome.permissions);
      (chrome.permissions as unknown as Record<string, unknown>).request = (p: unknown, callback?: (granted: boolean) => void) => {
        w.asked.push(p);
        if (callback) return void callback(true);
        return Promise.resolve(true);
      };
      (chrome.permissions as unknown as Record<string, unknown>).remove = (p: chrome.permissions.Permissions, callback?: (removed: boolean) => void) => {
        w.removed.push(p);
        const done = realRemove(p);
        if (callback) return void done.then(callback);
        return done;
      };
    });

    // A cut code is refused at once, before anything is asked.
    await options.fill('input[name="teamCode"]', code.slice(0, 40));
    await options.click('button[name="teamJoin"]');
    await expect.poll(() => options.textContent('#status-team')).toMatch(/^This is not a valid enrolment code\./);
    expect(await options.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).toEqual([]);
    expect(relay.seen).toEqual([]);

    await options.fill('input[name="teamCode"]', code);
    await options.click('button[name="teamJoin"]');
    await expect.poll(() => options.locator('[data-team="connected"]').textContent(), { timeout: 15_000 }).toBe('Connected to Invented Recruiting as Ada (admin)');
    expect(await options.textContent('#status-team')).toBe('Joined: the hub knows this member.');
    expect(await options.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).toEqual([{ origins: ['http://127.0.0.1/*'] }]);
    expect(relay.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/me']);
    const joined = (await storageLocal()).team as Record<string, unknown>;
    expect(joined).toMatchObject({ hub: relay.origin, team: admin.team, member: admin.member, role: 'admin', label: 'Ada', token: admin.token, key, revokedAt: null, managed: false });

    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(options, '#team'), scheme).toEqual([]);
    }

    // Revoked through the API by a second admin (a team keeps at least one), then "Check now".
    const second = (await (await fetch(`${relay.origin}/v1/members`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ role: 'admin', label: 'Root' }) })).json()) as MemberCreated;
    const revoked = await fetch(`${relay.origin}/v1/members/${admin.member}`, { method: 'DELETE', headers: { authorization: `Bearer ${second.token}` } });
    expect(revoked.status).toBe(204);
    await options.click('button[name="teamCheck"]');
    await expect.poll(() => options.textContent('#status-team'), { timeout: 15_000 }).toBe('Revoked: the hub no longer accepts this member.');
    expect(await options.textContent('[data-team="revoked"]')).toMatch(/^The hub no longer accepts this member: it was revoked\. Nothing is sent to the team\./);
    expect(((await storageLocal()).team as { revokedAt: unknown }).revokedAt).toEqual(expect.any(String));
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options, '#team'), 'revoked, dark').toEqual([]);

    options.once('dialog', (d) => void d.accept());
    await options.click('button[name="teamLeave"]');
    await expect.poll(() => options.textContent('#status-team')).toBe('Left the team: the enrolment code, the token and the team key are forgotten.');
    const after = JSON.stringify(await storageLocal());
    expect(after).not.toContain(admin.token);
    expect(after).not.toContain(key);
    expect(after).not.toContain(admin.member);
    expect(await options.evaluate(() => (window as unknown as { removed: unknown[] }).removed)).toEqual([{ origins: ['http://127.0.0.1/*'] }]);
    expect(await options.isVisible('input[name="teamCode"]')).toBe(true);
    await options.close();
    expect(session.strayRequests).toEqual([]);
  });
});

describe('Firefox: joining a team hub from options', () => {
  const UUID = '7d0e4c1a-2b3f-4a5d-8e6f-9a0b1c2d3e4f';
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(new Map(), { extensionUuid: UUID });
  });
  afterAll(async () => session?.close());

  it('the same join: the origin (and the data consent) asked at the click, "Connected to", Leave forgets', async () => {
    const { admin, code } = await newTeam('Made-up Talent', 'Bea');
    const options: PuppeteerPage = await session.browser.newPage();
    // An extension page's load event can fail to reach WebDriver: wait for its content instead.
    await options.goto(`moz-extension://${UUID}/options.html`, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
    await options.waitForSelector('input[name="teamCode"]', { timeout: 10_000 });
    await options.evaluate(() => {
      const api = (globalThis as unknown as { browser: { permissions: Record<string, unknown> } }).browser.permissions;
      const w = window as unknown as { asked: unknown[] };
      w.asked = [];
      api.request = (p: unknown) => {
        w.asked.push(p);
        return Promise.resolve(true);
      };
    });
    await options.type('input[name="teamCode"]', code);
    await options.click('button[name="teamJoin"]');
    await options.waitForFunction(() => document.querySelector('[data-team="connected"]')?.textContent === 'Connected to Made-up Talent as Bea (admin)', { timeout: 15_000 });
    expect(await options.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).toEqual([{ origins: ['http://127.0.0.1/*'], data_collection: ['personallyIdentifyingInfo', 'websiteContent'] }]);
    expect(await options.evaluate(firefoxStoreGet, ['team'])).toMatchObject({ team: { member: admin.member, token: admin.token, key } });
    options.once('dialog', (d) => void d.accept());
    await options.click('button[name="teamLeave"]');
    await options.waitForFunction(() => document.getElementById('status-team')?.textContent?.startsWith('Left the team'), { timeout: 10_000 });
    const after = JSON.stringify(await options.evaluate(firefoxStoreGet, null));
    expect(after).not.toContain(admin.token);
    expect(after).not.toContain(key);
    await options.close();
  });
});
