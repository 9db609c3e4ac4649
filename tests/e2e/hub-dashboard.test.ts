// The team dashboard in real Chromium: a hub listening on 127.0.0.1 (PGlite in a temp folder), an
// admin signs in with an enrolment code, sees a report made through the API (its hostile name shown
// as text, its screenshot as an image under the CSP), triages it, invites a member (the code shown
// is a valid enrolment code with the same team key), revokes them, views linked profiles and the
// audit log; axe finds nothing, light and dark; and the team key is in no request the page made.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../../hub/db.ts';
import { migrate } from '../../hub/migrate.ts';
import { createTeam } from '../../hub/store.ts';
import { formatEnrolment, parseEnrolment } from '../../src/team/enrolment.ts';
import { newTeamKey } from '../../src/team/keys.ts';
import { CLEAR, bundle, keyFor } from '../hub/fixtures.ts';
import { buildDashboardHub } from '../hub-dashboard/app.ts';
import { CHROMIUM_QUIET_FLAGS, chromiumPath } from './browsers.ts';
import { root } from './harness.ts';

const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const HOSTILE_NAME = 'Jane <img src=x onerror="window.pwned=1"> Doe';

async function axeViolations(page: Page): Promise<string[]> {
  // Injected through the protocol (the CSP admits no added script), once per document: the dashboard never reloads.
  if (await page.evaluate('typeof axe === "undefined"')) await page.evaluate(AXE);
  return page.evaluate(`(async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id + ' ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' ')))()`);
}

async function axeBoth(page: Page, where: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `${where}, ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('team dashboard in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'telltale-hub-dashboard-'));
  const teamKey = newTeamKey();
  let db: Database;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let adminCode: string;
  let adminToken: string;
  const sent: string[] = [];
  const cspErrors: string[] = [];

  beforeAll(async () => {
    db = await openDatabase({ dataDir: join(dir, 'db') });
    await migrate(db);
    app = await buildDashboardHub(db);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const admin = await createTeam(db, 'Acme', 'Ada');
    adminToken = admin.token;
    adminCode = formatEnrolment({ v: 1, hub: origin, team: admin.team, name: 'Acme', member: admin.member, role: 'admin', token: admin.token, key: teamKey });
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_QUIET_FLAGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const v1 = (method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${origin}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

  it('signs in with an admin code, triages a report, invites and revokes, shows linked profiles and the audit log; axe clean; the key never sent', async () => {
    const page = await browser.newPage();
    page.on('request', (r) => sent.push(`${r.method()} ${r.url()}\n${JSON.stringify(r.headers())}\n${r.postData() ?? ''}`));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });

    // A report made through the API, with a screenshot (a JPEG the browser makes) and a hostile name;
    // and two profiles that share a phone, for the linked view.
    const shot = `data:image/jpeg;base64,${(await page.screenshot({ type: 'jpeg', quality: 50, clip: { x: 0, y: 0, width: 40, height: 30 } })).toString('base64')}`;
    const profiles = [await keyFor(teamKey, 'profile', CLEAR.profiles[0]), await keyFor(teamKey, 'profile', CLEAR.profiles[1])];
    const phone = await keyFor(teamKey, 'phone', CLEAR.phone);
    for (const p of profiles) {
      const r = await v1('POST', '/v1/sightings', adminToken, { profile: p, details: [{ kind: 'phone', key: phone }], level: 'high', at: '2026-12-01T09:00:00Z' });
      expect(r.status).toBe(200);
    }
    const idem = `e2e-${Date.now()}`; // a retry of this test files its own report
    const b = bundle(idem, 'ada-example-1', { screenshot: shot });
    b.profile.name = HOSTILE_NAME;
    const made = await v1('POST', '/v1/reports', adminToken, b, { 'idempotency-key': idem, 'telltale-profile-key': profiles[0]! });
    expect(made.status).toBe(201);

    // Sign in.
    const home = await page.goto(`${origin}/`);
    expect(home?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByLabel('Enrolment code').waitFor();
    await axeBoth(page, 'sign-in');
    await page.getByLabel('Enrolment code').fill(adminCode);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([['telltale_session', true, 'Strict']]);

    // The inbox: the report, its name as text.
    const row = page.getByRole('link', { name: HOSTILE_NAME });
    await row.waitFor();
    await axeBoth(page, 'inbox');
    await row.click();
    await page.getByRole('heading', { level: 1, name: `Report: ${HOSTILE_NAME}` }).waitFor();
    await page.getByText('The same phone on another profile').waitFor();
    await page.getByText(`${CLEAR.phone} is on another profile`).waitFor();
    await page.getByText('Applied twice under two names').waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    const img = page.locator('img.shot');
    expect(await img.getAttribute('src')).toBe(shot);
    expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    await axeBoth(page, 'report');

    // Triage.
    await page.getByLabel('Status').selectOption('confirmed_fraud');
    await page.getByLabel('Note').fill('Same phone as another applicant');
    await page.getByRole('button', { name: 'Save triage' }).click();
    await page.getByText('Saved: Confirmed fraud.').waitFor();
    expect((await db.query<{ status: string }>('select status from profiles where profile_key = $1', [profiles[0]])).rows[0]!.status).toBe('confirmed_fraud');

    // Invite: the code shown is an enrolment code with the same team key.
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await page.getByLabel('Name or label').fill('Nia');
    await page.getByRole('button', { name: 'Invite' }).click();
    const codeBox = page.getByLabel('Enrolment code for Nia');
    await codeBox.waitFor();
    const invited = parseEnrolment(await codeBox.inputValue());
    expect(invited).toMatchObject({ hub: origin, name: 'Acme', role: 'member', key: teamKey });
    expect((await (await v1('GET', '/v1/me', invited.token)).json()) as object).toMatchObject({ member: invited.member, role: 'member' });
    await axeBoth(page, 'members');

    // Revoke.
    await page.getByRole('button', { name: 'Revoke Nia' }).click();
    await page.getByText('Nia is revoked.').waitFor();
    expect((await v1('GET', '/v1/me', invited.token)).status).toBe(401);

    // Linked profiles: the table and the graph.
    await page.getByRole('link', { name: 'Linked profiles' }).click();
    await page.getByRole('heading', { level: 1, name: 'Linked profiles' }).waitFor();
    await page.getByRole('img', { name: /Graph of linked profiles/ }).waitFor();
    expect(await page.locator('svg.graph circle').count()).toBe(2);
    expect(await page.locator('svg.graph line').count()).toBe(1);
    expect(await page.locator('table tbody tr').count()).toBe(2);
    await axeBoth(page, 'linked');

    // Audit log, reached by keyboard: the view's heading takes the focus.
    await page.getByRole('link', { name: 'Audit log' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Audit log');
    await page.getByRole('cell', { name: 'triaged profile' }).waitFor();
    await page.getByRole('cell', { name: 'revoked' }).waitFor();
    await axeBoth(page, 'audit');

    // Exports: an admin's download answers.
    await page.getByRole('link', { name: 'Exports' }).click();
    const csv = await page.evaluate(async () => (await fetch('/dashboard/exports/cases.csv')).text());
    expect(csv).toContain(profiles[0]!);

    // Sign out: back to the sign-in form; the key is gone from the tab.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Enrolment code').waitFor();
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(teamKey);

    // The revoked member's code is refused; a code for another hub is refused before anything is sent.
    await page.getByLabel('Enrolment code').fill(formatEnrolment(invited));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'revoked' }).waitFor();
    const before = sent.length;
    await page.getByLabel('Enrolment code').fill(formatEnrolment({ ...invited, hub: 'https://other-hub.example' }));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'https://other-hub.example' }).waitFor();
    expect(sent.length).toBe(before);

    // The key crossed no wire; the sign-in sent the token alone.
    expect(sent.length).toBeGreaterThan(10);
    for (const s of sent) expect(s).not.toContain(teamKey);
    const signIn = sent.find((s) => s.startsWith(`POST ${origin}/dashboard/session`))!;
    expect(JSON.parse(signIn.split('\n')[2]!)).toEqual({ token: adminToken });
    expect(cspErrors).toEqual([]);
    await page.close();
  }, 60_000);
});
