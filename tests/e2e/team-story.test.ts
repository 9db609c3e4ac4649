// Two members of one team, in two Chromium profiles with the built extension and the real hub
// (Fastify on PGlite in a temp folder, on 127.0.0.1), walking issue 27's story: member A opens
// profile X and reports it to the team's hub; member B opens profile Y, which shows the same phone,
// and sees the team's finding; an admin marks X confirmed on the hub's dashboard; B's next look at Y
// says "confirmed by your team". And the network while browsing (issue 27 item 6): with a hub
// joined, every request either extension made went to that hub, and no sighting carried a clear
// phone, e-mail, name or address. Screenshots of B's side panel go to test-results/team-story/.
//
// The hub is reached through a relay that allows the extension's cross-origin requests (as
// tests/e2e/team-join.test.ts explains) and records each request with its headers and body. The
// members join with their codes through the worker's own join (ui/team-join from the options page;
// the permission prompt itself is tests/e2e/team-join.test.ts's).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../hub/db.ts';
import { migrate } from '../../hub/migrate.ts';
import { buildHub } from '../../hub/server.ts';
import { createTeam } from '../../hub/store.ts';
import type { Assessment, Finding } from '../../src/model.ts';
import type { MemberCreated } from '../../src/team/api.ts';
import { formatEnrolment } from '../../src/team/enrolment.ts';
import { newTeamKey } from '../../src/team/keys.ts';
import { ANNA_URL, annaContactHtml, SHARED_PHONE, TOMASZ_URL, tomaszContactHtml } from '../fixtures-ui/shared-phone.ts';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { relayTo } from './hub-relay.ts';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, poll, root, type ChromiumSession, type FirefoxSession } from './harness.ts';

// ---- Invented people: X (Tomasz) and Y (Anna), whose contact overlays show one work number ----------

const X_URL = TOMASZ_URL;
const Y_URL = ANNA_URL;
const PHONE = SHARED_PHONE;
const contactInfo = tomaszContactHtml();
const anna = annaContactHtml();
const site = new Map<string, string>([
  [X_URL, contactInfo],
  [Y_URL, anna],
]);
/** What no sighting may carry in clear: the numbers' digits, the e-mails, the names, the addresses. */
const CLEAR = ['7946', '601 234', '602 765', '601234567', 'tomasz', 'anna', 'kowal', 'weber', 'example.com', 'linkedin.com/in'];

// ---- The hub, reached through a relay that records what reaches it (./hub-relay.ts) ---------------

let dataDir: string;
let db: Database;
let hub: FastifyInstance;
let hubOrigin: string;
let relay: Awaited<ReturnType<typeof relayTo>>;
let admin: MemberCreated;
const key = newTeamKey();
const SHOTS = join(root, 'test-results/team-story');
const codeOf = (m: MemberCreated) => formatEnrolment({ v: 1, hub: relay.origin, team: m.team, name: m.name, member: m.member, role: m.role, token: m.token, key });

async function invite(label: string): Promise<MemberCreated> {
  const r = await hub.inject({ method: 'POST', url: '/v1/members', headers: { authorization: `Bearer ${admin.token}` }, payload: { role: 'member', label } });
  expect(r.statusCode).toBe(201);
  return JSON.parse(r.body) as MemberCreated;
}

beforeAll(async () => {
  for (const dist of [chromeDist, firefoxDist]) if (!existsSync(`${dist}/options.html`)) throw new Error(`${dist} has no options page: run npm run build first`);
  dataDir = mkdtempSync(join(tmpdir(), 'telltale-e2e-story-'));
  db = await openDatabase({ dataDir });
  await migrate(db);
  hub = await buildHub({ db });
  await hub.listen({ host: '127.0.0.1', port: 0 });
  hubOrigin = `http://127.0.0.1:${(hub.server.address() as AddressInfo).port}`;
  relay = await relayTo(hubOrigin);
  admin = await createTeam(db, 'Invented Recruiting', 'Ada Admin');
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  relay?.server.close();
  await hub?.close();
  await db?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A tab's state in the session area, as the worker writes it. */
type TabEntry = { status?: string; snapshot?: { slug?: string | null }; assessment?: Assessment };

// ---- A member's browser --------------------------------------------------------------------------

interface Member {
  session: ChromiumSession;
  /** The worker's state of the tab showing this profile (the popup's and side panel's source). */
  stateOf(slug: string): Promise<{ tabId: number; assessment: Assessment } | null>;
}

async function memberBrowser(label: string): Promise<Member> {
  const invited = await invite(label);
  const session = await launchChromium(site);
  await session.context.route(`${relay.origin}/**`, (route) => route.continue());
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.waitForSelector('input[name="teamCode"]');
  const joined = await options.evaluate((code) => chrome.runtime.sendMessage({ type: 'ui/team-join', code }), codeOf(invited));
  expect(joined).toMatchObject({ ok: true, status: { joined: true, label } });
  await options.close();
  return {
    session,
    async stateOf(slug) {
      const all = (await session.worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, TabEntry>;
      const found = Object.entries(all).find(([k, s]) => k.startsWith('tab:') && s.status === 'profile' && s.snapshot?.slug === slug);
      return found ? { tabId: Number(found[0].slice(4)), assessment: found[1].assessment! } : null;
    },
  };
}

const teamFindings = (a: Assessment): Finding[] => a.findings.filter((f) => f.category === 'team');
const teamPending = (a: Assessment) => a.notChecked.some((n) => n.category === 'team');

describe('Chromium: two members of one team hub', () => {
  let a: Member;
  let b: Member;
  beforeAll(async () => {
    a = await memberBrowser('Alice Invented');
    b = await memberBrowser('Bob Invented');
  }, 90_000);
  afterAll(async () => {
    await a?.session.close();
    await b?.session.close();
  });

  it('A reports X; B sees the same phone on Y; the admin confirms X on the dashboard; B\'s next look says "confirmed by your team"; only the hub was asked, with keys only', async () => {
    relay.seen.length = 0;
    // A opens X: the pill first, then the hub's answer (nothing known yet).
    const x = await a.session.open(X_URL);
    const xState = await poll(() => a.stateOf('tomasz-weber-example'), (s) => s !== null && !teamPending(s.assessment), 'A\'s look at X, answered by the hub');
    expect(teamFindings(xState!.assessment)).toEqual([]);

    // A reports X to the team's hub, from the report page as the panel opens it.
    const report = await a.session.context.newPage();
    await report.goto(`chrome-extension://${a.session.extensionId}/report.html#tab=${xState!.tabId}`);
    await report.waitForSelector('[data-telltale-report="form"]');
    const boxes = await report.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('input[name^="tt-dest-"]')].map((box) => [box.name.slice(8), box.checked])));
    expect(boxes).toMatchObject({ team: true });
    for (const [name, checked] of Object.entries(boxes)) if (checked && name !== 'team') await report.uncheck(`input[name="tt-dest-${name}"]`);
    await report.fill('textarea', 'Applied twice under two names');
    await report.click('button[type="submit"]');
    await report.waitForSelector('[data-telltale-report="sent"]');
    await poll(async () => (await db.query<{ n: number }>('select count(*)::int as n from reports')).rows[0]!.n, (n) => n === 1, 'the report in the hub');
    await report.close();
    await x.close();

    // B opens Y, which shows the same phone: the team's finding, once the hub answered.
    const y = await b.session.open(Y_URL);
    const yState = await poll(() => b.stateOf('anna-kowal-example'), (s) => s !== null && teamFindings(s.assessment).length > 0, 'B\'s look at Y with the team\'s finding');
    expect(teamFindings(yState!.assessment)).toEqual([
      expect.objectContaining({
        signal: 'team-shared-details',
        title: 'The same phone on other profiles your team saw',
        evidence: `${PHONE} is on 1 other profile your team saw. Seen by 1 member of your team. 1 of them was reported by a colleague.`,
      }),
    ]);
    // B's side panel: the team's finding in a section of its own, apart from what this browser saw.
    const windowId = await b.session.worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, yState!.tabId);
    const panel = await b.session.context.newPage();
    await panel.goto(`chrome-extension://${b.session.extensionId}/sidepanel.html?window=${windowId}`);
    await b.session.worker.evaluate((id) => chrome.tabs.update(id, { active: true }).then(() => undefined), yState!.tabId);
    const panelText = () =>
      panel.evaluate(() => {
        const root = document.querySelector('[data-telltale-side="panel"]')?.shadowRoot;
        return root ? [...root.children].filter((e) => e.tagName !== 'STYLE').map((e) => e.textContent).join(' ') : '';
      });
    await poll(panelText, (text) => text.includes('What your team knows'), "B's side panel with the team's section");
    expect(await panelText()).toContain('The same phone on other profiles your team saw');
    await panel.screenshot({ path: join(SHOTS, 'b-side-panel-reported.png'), fullPage: true });

    // The admin confirms X on the dashboard (in A's browser, a plain page of the hub).
    await a.session.context.route(`${hubOrigin}/**`, (route) => route.continue());
    const dash: Page = await a.session.context.newPage();
    await dash.goto(`${hubOrigin}/`);
    await dash.getByLabel('Enrolment code').fill(formatEnrolment({ v: 1, hub: hubOrigin, team: admin.team, name: admin.name, member: admin.member, role: 'admin', token: admin.token, key }));
    await dash.getByRole('button', { name: 'Sign in' }).click();
    await dash.getByRole('link', { name: 'Tomasz Weber' }).click();
    await dash.getByLabel('Status').selectOption('confirmed_fraud');
    await dash.getByLabel('Note').fill('The same number as another applicant');
    await dash.getByRole('button', { name: 'Save triage' }).click();
    await dash.getByText('Saved: Confirmed fraud.').waitFor();
    await dash.close();

    // B's next look at Y: "confirmed by your team", an alert.
    await y.reload();
    const confirmed = await poll(
      () => b.stateOf('anna-kowal-example'),
      (s) => s !== null && teamFindings(s.assessment).some((f) => f.evidence.includes('confirmed by your team')),
      'B\'s next look at Y, confirmed by the team',
      30_000,
    );
    expect(teamFindings(confirmed!.assessment)).toEqual([expect.objectContaining({ severity: 'alert', evidence: expect.stringContaining('1 of them was confirmed by your team.') })]);
    await poll(panelText, (text) => text.includes('1 of them was confirmed by your team.'), "B's side panel after the confirmation");
    await panel.screenshot({ path: join(SHOTS, 'b-side-panel-confirmed.png'), fullPage: true });
    await panel.close();
    await y.close();

    // The network while browsing: nothing but the hub, and the sightings carry keys only.
    expect(a.session.strayRequests).toEqual([]);
    expect(b.session.strayRequests).toEqual([]);
    const fromExtensions = relay.seen.map((s) => `${s.method} ${s.path.replace(/\/[A-Za-z0-9_-]{43}$/, '/<key>')}`);
    expect(new Set(fromExtensions)).toEqual(new Set(['POST /v1/sightings', 'POST /v1/reports']));
    const sightings = relay.seen.filter((s) => s.path === '/v1/sightings');
    expect(sightings.length).toBeGreaterThanOrEqual(2);
    for (const s of sightings) {
      for (const clear of CLEAR) expect(s.body.toLowerCase(), `a sighting carries ${clear}`).not.toContain(clear);
      expect(Object.keys(JSON.parse(s.body) as object).sort()).toEqual(['at', 'details', 'level', 'profile']);
    }
    console.log(`requests while browsing, both members: ${fromExtensions.join(', ')}`);

    // The hub's database: clear details only inside the report (its bundle), never in what members saw.
    const tables = await Promise.all(['sightings', 'profile_details', 'profiles', 'members', 'audit_log'].map((t) => db.query(`select * from ${t}`)));
    const dump = JSON.stringify(tables.map((t) => t.rows)).toLowerCase();
    for (const clear of ['7946', '601 234', 'tomasz', 'anna', 'example.com']) expect(dump, `the hub's tables hold ${clear}`).not.toContain(clear);
  }, 180_000);
});

// ---- Firefox: the same story ------------------------------------------------------------------------

interface FirefoxMember {
  session: FirefoxSession;
  uuid: string;
  /** An extension page kept open to read the worker's state from. */
  ext: PuppeteerPage;
  stateOf(slug: string): Promise<{ tabId: number; assessment: Assessment } | null>;
}

/**
 * A Firefox member joins through the options page itself: the join asks the hub's origin and the
 * data-collection consent in one request, which the preference below grants as a user would (a
 * headless browser shows no prompt to answer). Without that consent nothing is sent to the hub.
 */
async function firefoxMember(label: string, uuid: string): Promise<FirefoxMember> {
  const invited = await invite(label);
  const session = await launchFirefox(site, { extensionUuid: uuid, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  const ext = await session.browser.newPage();
  await ext.goto(`moz-extension://${uuid}/options.html`, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
  await ext.waitForSelector('input[name="teamCode"]', { timeout: 10_000 });
  await ext.type('input[name="teamCode"]', codeOf(invited));
  await ext.click('button[name="teamJoin"]');
  await ext.waitForFunction((l) => document.querySelector('[data-team="connected"]')?.textContent === `Connected to Invented Talent as ${l} (member)`, { timeout: 15_000 }, label);
  return {
    session,
    uuid,
    ext,
    async stateOf(slug) {
      const all = (await ext.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.session.get(null))) as Record<string, TabEntry>;
      const found = Object.entries(all).find(([k, st]) => k.startsWith('tab:') && st.status === 'profile' && st.snapshot?.slug === slug);
      return found ? { tabId: Number(found[0].slice(4)), assessment: found[1].assessment! } : null;
    },
  };
}

describe('Firefox: two members of one team hub', () => {
  let a: FirefoxMember;
  let b: FirefoxMember;
  beforeAll(async () => {
    // A team of its own: the Chromium story's sightings, report and triage are another team's.
    admin = await createTeam(db, 'Invented Talent', 'Ada Admin');
    a = await firefoxMember('Cleo Invented', '2b1f0c3e-7a4d-4e5f-9a1b-3c5d7e9f1a2b');
    b = await firefoxMember('Dev Invented', '4d3c2b1a-9e8f-4a7b-8c6d-5e4f3a2b1c0d');
  }, 90_000);
  afterAll(async () => {
    await a?.session.close();
    await b?.session.close();
  });

  it('the same story: A reports X, B sees the shared phone on Y, the admin confirms X, B\'s next look says so; only the hub asked', async () => {
    relay.seen.length = 0;
    const x = await a.session.open(X_URL);
    const xState = await poll(() => a.stateOf('tomasz-weber-example'), (st) => st !== null && !teamPending(st.assessment), "A's look at X, answered by the hub");

    const report = await a.session.browser.newPage();
    await report.goto(`moz-extension://${a.uuid}/report.html#tab=${xState!.tabId}`, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
    await report.waitForSelector('[data-telltale-report="form"]', { timeout: 10_000 });
    const boxes = await report.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('input[name^="tt-dest-"]')].map((box) => [box.name.slice(8), box.checked])));
    expect(boxes).toMatchObject({ team: true });
    for (const [name, checked] of Object.entries(boxes)) if (checked && name !== 'team') await report.click(`input[name="tt-dest-${name}"]`);
    await report.type('textarea', 'Applied twice under two names');
    await report.click('button[type="submit"]');
    await report.waitForSelector('[data-telltale-report="sent"]', { timeout: 10_000 });
    await poll(async () => (await db.query<{ n: number }>('select count(*)::int as n from reports where team_id = $1', [admin.team])).rows[0]!.n, (n) => n === 1, 'the report in the hub');
    await report.close();
    await x.close();

    const y = await b.session.open(Y_URL);
    const yState = await poll(() => b.stateOf('anna-kowal-example'), (st) => st !== null && teamFindings(st.assessment).length > 0, "B's look at Y with the team's finding");
    expect(teamFindings(yState!.assessment)).toEqual([
      expect.objectContaining({ signal: 'team-shared-details', evidence: `${PHONE} is on 1 other profile your team saw. Seen by 1 member of your team. 1 of them was reported by a colleague.` }),
    ]);

    // The admin confirms X on the dashboard (a plain page of the hub in A's Firefox).
    const dash = await a.session.browser.newPage();
    await dash.goto(`${hubOrigin}/`);
    await dash.waitForSelector('#code');
    await dash.type('#code', formatEnrolment({ v: 1, hub: hubOrigin, team: admin.team, name: admin.name, member: admin.member, role: 'admin', token: admin.token, key }));
    await dash.click('button::-p-text(Sign in)');
    await dash.waitForSelector('a::-p-text(Tomasz Weber)', { timeout: 10_000 });
    await dash.click('a::-p-text(Tomasz Weber)');
    await dash.waitForSelector('#t-status', { timeout: 10_000 });
    await dash.select('#t-status', 'confirmed_fraud');
    await dash.click('button::-p-text(Save triage)');
    await dash.waitForSelector('::-p-text(Saved: Confirmed fraud.)', { timeout: 10_000 });
    await dash.close();

    await y.reload();
    const confirmed = await poll(
      () => b.stateOf('anna-kowal-example'),
      (st) => st !== null && teamFindings(st.assessment).some((f) => f.evidence.includes('confirmed by your team')),
      "B's next look at Y, confirmed by the team",
      30_000,
    );
    expect(teamFindings(confirmed!.assessment)).toEqual([expect.objectContaining({ severity: 'alert' })]);
    await y.close();

    expect(a.session.strayRequests).toEqual([]);
    expect(b.session.strayRequests).toEqual([]);
    const fromExtensions = relay.seen.map((r) => `${r.method} ${r.path}`);
    expect(new Set(fromExtensions)).toEqual(new Set(['POST /v1/sightings', 'POST /v1/reports']));
    for (const r of relay.seen.filter((q) => q.path === '/v1/sightings')) for (const clear of CLEAR) expect(r.body.toLowerCase()).not.toContain(clear);
    console.log(`Firefox, requests while browsing, both members: ${fromExtensions.join(', ')}`);
  }, 180_000);
});
