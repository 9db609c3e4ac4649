// A joined team's evidence (issue 27, items 2 and 4), through the worker and the real hub (Fastify
// on PGlite in memory, on 127.0.0.1): the first answer never waits for the hub (the team's checks
// read "asking"); the hub's answer is stored and the tabs showing the profile are told to read it
// again; the same phone on two members' profiles becomes "the same phone on 1 other profile your
// team saw", raised to an alert once an admin confirms the other profile; a colleague's report is
// a finding, the user's own is not; a hub that does not answer in time, a revoked code, a browser
// that may not send: each is said as a check not made, and the local checks are the same. The hub
// stores no clear detail from a sighting, and the page is told of team findings only that they exist.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../hub/db.ts';
import type { Assessment } from '../../src/model.ts';
import type { MemberCreated } from '../../src/team/api.ts';
import { detailKey, canonicalProfileUrl, newTeamKey } from '../../src/team/keys.ts';
import { createWorker, type WorkerEnv } from '../../src/worker/handlers.ts';
import { FRESH_MS, MAX_SIGHTINGS_PER_MINUTE, SIGHTING_TIMEOUT_MS } from '../../src/worker/sightings.ts';
import { bundle } from '../hub/fixtures.ts';
import { fakeArea, snapshot, withContact } from './fakes.ts';
import { startTestHub, type TestHub } from './hub-fixture.ts';

let db: Database;
let app: FastifyInstance;
let hub: string;
let admin: MemberCreated;
let testHub: TestHub;
const teamKey = newTeamKey();
/** Accepts connections and never answers. */
let silent: Server;
let silentOrigin: string;

const PHONE = '+44 20 7946 0018';
const X = 'https://www.linkedin.com/in/ada-invented-x/';
const profileOf = (slug: string, name: string) => withContact(snapshot({ slug, name, profileUrl: `https://www.linkedin.com/in/${slug}/`, nameSources: { pageTitle: `${name} | LinkedIn`, jsonLd: null, photoAlt: name } }), [PHONE]);
const tabOf = (slug: string, tabId = 7) => ({ tabId, frameId: 0, url: `https://www.linkedin.com/in/${slug}/` });

const codeFor = (m: MemberCreated, over: Partial<{ hub: string }> = {}) => testHub.codeFor(m, over);
const invite = (label: string) => testHub.invite(label);

beforeAll(async () => {
  testHub = await startTestHub(teamKey, { adminLabel: 'Ada Admin' });
  ({ db, app, origin: hub, admin } = testHub);
  silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentOrigin = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  silent?.closeAllConnections();
  silent?.close();
  await testHub?.close();
});

function member(over: Partial<WorkerEnv> = {}) {
  let now = Date.parse('2026-12-07T10:00:00Z');
  const told: { tabIds: number[]; profileKey: string }[] = [];
  const sent: { url: string; body: string }[] = [];
  const worker = createWorker({
    session: fakeArea(),
    local: fakeArea(),
    now: () => new Date(now),
    hubFetch: (input, init) => {
      sent.push({ url: String(input), body: typeof init?.body === 'string' ? init.body : '' });
      return fetch(input, init);
    },
    tellTabs: async (tabIds, push) => void told.push({ tabIds: [...tabIds], profileKey: push.profileKey }),
    ...over,
  });
  const ui = (m: unknown) => worker.handleUi(m) as Promise<Record<string, unknown> & { ok: boolean; error?: string }>;
  /** A look at a profile: the page's answer, then (after the hub answered) the tab state's full assessment. */
  async function look(s: ReturnType<typeof profileOf>, tab = tabOf(s.slug!)) {
    const answer = (await worker.handlePage({ type: 'page/snapshot', snapshot: s }, tab)) as { ok: true; assessment: Assessment };
    await worker.teamSettled();
    const state = (await ui({ type: 'ui/tab-state', tabId: tab.tabId })) as unknown as { state: { assessment: Assessment } };
    return { page: answer.assessment, full: state.state.assessment };
  }
  return { worker, ui, told, sent, look, advance: (ms: number) => (now += ms) };
}

const team = (a: Assessment) => ({ findings: a.findings.filter((f) => f.category === 'team'), notChecked: a.notChecked.filter((n) => n.category === 'team') });
const local = (a: Assessment) => ({ ...a, findings: a.findings.filter((f) => f.category !== 'team'), notChecked: a.notChecked.filter((n) => n.category !== 'team'), score: 0, level: null, checksRun: 0, checksTotal: 0 });

describe("a joined team's evidence on a profile", () => {
  it('never waits: "asking" first, the answer after; the same phone on two members\' profiles; a confirmation raises it; the page learns only that it exists', async () => {
    const alice = member();
    const bob = member();
    const bobCode = await invite('Bob Invented');
    const aliceCode = await invite('Alice Invented');
    expect(await alice.ui({ type: 'ui/team-join', code: codeFor(aliceCode) })).toMatchObject({ ok: true });
    expect(await bob.ui({ type: 'ui/team-join', code: codeFor(bobCode) })).toMatchObject({ ok: true });

    // Alice looks at X: nobody in the team saw it, nothing shared.
    const first = await alice.look(profileOf('ada-invented-x', 'Ada Invented'));
    expect(team(first.page).notChecked).toEqual([
      expect.objectContaining({ signal: 'already-reported', reason: "your team's hub is being asked" }),
      expect.objectContaining({ signal: 'team-shared-details', reason: "your team's hub is being asked" }),
    ]);
    expect(alice.sent.filter((s) => s.url.endsWith('/v1/sightings'))).toHaveLength(1);
    // The hub answered while the page was drawn: the tab is told to read it again, and then reads the answer.
    expect(alice.told).toEqual([{ tabIds: [7], profileKey: 'slug:ada-invented-x' }]);
    const again = await alice.look(profileOf('ada-invented-x', 'Ada Invented'));
    expect(team(again.full)).toEqual({ findings: [], notChecked: [] });
    // Read again within one look (the tab told to, a section loaded): not asked again, nobody told again.
    expect(alice.sent.filter((s) => s.url.endsWith('/v1/sightings'))).toHaveLength(1);
    expect(alice.told).toHaveLength(1);
    // A new look (the tab loads the profile again) asks again at once; the same answer tells nobody.
    await alice.worker.tabNavigated(7, X);
    await alice.look(profileOf('ada-invented-x', 'Ada Invented'));
    expect(alice.sent.filter((s) => s.url.endsWith('/v1/sightings'))).toHaveLength(2);
    expect(alice.told).toHaveLength(1);
    // Alice's own report of X is no colleague's.
    const r = await app.inject({
      method: 'POST',
      url: '/v1/reports',
      headers: { authorization: `Bearer ${aliceCode.token}`, 'idempotency-key': 'report-x-1', 'telltale-profile-key': await detailKey(teamKey, 'profile', canonicalProfileUrl(X)!) },
      payload: bundle('report-x-1', 'ada-invented-x'),
    });
    expect(r.statusCode).toBe(201);
    alice.advance(FRESH_MS + 1);
    expect(team((await alice.look(profileOf('ada-invented-x', 'Ada Invented'))).full).findings).toEqual([]);

    // Bob looks at Y, which shows the same phone: the team's finding, after the hub answered.
    const y = await bob.look(profileOf('bea-invented-y', 'Bea Invented'), tabOf('bea-invented-y', 9));
    expect(team(y.page).findings).toEqual([]);
    expect(bob.told).toEqual([{ tabIds: [9], profileKey: 'slug:bea-invented-y' }]);
    const seen = await bob.look(profileOf('bea-invented-y', 'Bea Invented'), tabOf('bea-invented-y', 9));
    const shared = team(seen.full).findings;
    expect(shared).toEqual([
      expect.objectContaining({
        signal: 'team-shared-details',
        category: 'team',
        severity: 'warn',
        title: 'The same phone on other profiles your team saw',
        evidence: `${PHONE} is on 1 other profile your team saw. Seen by 1 member of your team. 1 of them was reported by a colleague.`,
      }),
    ]);
    // The page is told only that a team finding exists: no phone, no colleague.
    const onPage = team(seen.page).findings;
    expect(onPage).toHaveLength(1);
    expect(JSON.stringify(seen.page)).not.toContain(PHONE);
    expect(JSON.stringify(seen.page)).not.toContain('Alice');
    // The local checks are the same with the team's answer as without it.
    expect(local(seen.full)).toEqual(local(y.full));
    // A report carries what this browser saw: never the team's answer (colleagues, counts), and its level without it.
    const made = (await bob.ui({ type: 'ui/report', profileKey: 'slug:bea-invented-y', destinations: ['download'], note: '', screenshot: null })) as unknown as { ok: true; report: { bundle: { findings: { category: string }[]; assessment: { level: string; score: number } } } };
    expect(made, JSON.stringify(made)).toMatchObject({ ok: true });
    expect(made.report.bundle.findings.filter((f) => f.category === 'team')).toEqual([]);
    expect(made.report.bundle.assessment).toMatchObject({ level: y.full.level, score: y.full.score });
    expect(JSON.stringify(made.report.bundle)).not.toContain('your team saw');

    // An admin confirms X on the dashboard (the API it uses): Bob's next look at Y says so, as an alert.
    const patched = await app.inject({
      method: 'PATCH',
      url: `/v1/profiles/${await detailKey(teamKey, 'profile', canonicalProfileUrl(X)!)}`,
      headers: { authorization: `Bearer ${admin.token}` },
      payload: { status: 'confirmed_fraud', note: 'Same number as a known persona' },
    });
    expect(patched.statusCode).toBe(200);
    bob.advance(FRESH_MS + 1);
    await bob.look(profileOf('bea-invented-y', 'Bea Invented'), tabOf('bea-invented-y', 9));
    const next = await bob.look(profileOf('bea-invented-y', 'Bea Invented'), tabOf('bea-invented-y', 9));
    expect(team(next.full).findings).toEqual([expect.objectContaining({ severity: 'alert', evidence: expect.stringContaining('1 of them was confirmed by your team.') })]);
    expect(next.full.score).toBeGreaterThan(seen.full.score);
    expect(seen.full.score).toBeGreaterThan(y.full.score);

    // Bob looks at X itself: reported by a colleague (Alice), confirmed by the team.
    await bob.look(profileOf('ada-invented-x', 'Ada Invented'), tabOf('ada-invented-x', 11));
    const xs = await bob.look(profileOf('ada-invented-x', 'Ada Invented'), tabOf('ada-invented-x', 11));
    expect(team(xs.full).findings.find((f) => f.signal === 'already-reported')).toMatchObject({
      severity: 'alert',
      title: 'Reported by a colleague',
      evidence: expect.stringMatching(/^Reported by Alice Invented on 2026-12-01 to team webhook, clipboard \(confirmed by the team\)\. Your team marked this profile as confirmed \(Ada Admin, \d{4}-\d\d-\d\d\)\. Their note: Same number as a known persona$/),
    });

    // What the sightings left in the hub's database: keys, never the phone or a name.
    const tables = await Promise.all(['sightings', 'profile_details', 'profiles'].map((name) => db.query<Record<string, unknown>>(`SELECT * FROM ${name}`)));
    const dump = JSON.stringify(tables.map((t) => t.rows));
    expect(tables.every((t) => t.rows.length > 0)).toBe(true);
    for (const clear of ['7946', '0018', 'Bea Invented', 'bea-invented-y', 'Ada Invented']) expect(dump).not.toContain(clear);
  });

  it('a hub that does not answer in time: "Team not reachable: not checked", said in the options page; local checks unaffected', async () => {
    const carol = member();
    const code = await invite('Carol Invented');
    expect(await carol.ui({ type: 'ui/team-join', code: codeFor(code) })).toMatchObject({ ok: true });
    // The hub moves to an address that never answers (the code's hub is what the worker asks).
    const stored = (await carol.worker.joinedTeam())!;
    const moved = member({ local: fakeArea({ team: { ...stored, hub: silentOrigin } }) });
    // The page's answer does not wait for the hub that does not answer.
    const started = Date.now();
    const answer = (await moved.worker.handlePage({ type: 'page/snapshot', snapshot: profileOf('dan-invented', 'Dan Invented') }, tabOf('dan-invented'))) as { ok: boolean; assessment: Assessment };
    expect(Date.now() - started).toBeLessThan(SIGHTING_TIMEOUT_MS / 2);
    expect(answer.ok).toBe(true);
    expect(team(answer.assessment).notChecked.map((n) => n.reason)).toEqual(["your team's hub is being asked", "your team's hub is being asked"]);
    await moved.worker.teamSettled();
    const first = await moved.look(profileOf('dan-invented', 'Dan Invented'));
    expect(moved.told).toHaveLength(1);
    const after = await moved.look(profileOf('dan-invented', 'Dan Invented'));
    expect(team(after.full).notChecked.map((n) => n.reason)).toEqual([
      `Team not reachable: not checked (no answer within ${SIGHTING_TIMEOUT_MS / 1000} seconds)`,
      `Team not reachable: not checked (no answer within ${SIGHTING_TIMEOUT_MS / 1000} seconds)`,
    ]);
    expect(local(after.full)).toEqual(local(first.full));
    const status = (await moved.ui({ type: 'ui/team-status' })) as unknown as { status: { lastContact: { error: string } } };
    expect(status.status.lastContact.error).toBe(`no answer within ${SIGHTING_TIMEOUT_MS / 1000} seconds`);
  }, 20_000);

  it('a revoked code: the team is marked revoked, nothing more is sent, the checks say why', async () => {
    const dave = member();
    const code = await invite('Dave Invented');
    expect(await dave.ui({ type: 'ui/team-join', code: codeFor(code) })).toMatchObject({ ok: true });
    const del = await app.inject({ method: 'DELETE', url: `/v1/members/${code.member}`, headers: { authorization: `Bearer ${admin.token}` } });
    expect(del.statusCode).toBe(204);
    await dave.look(profileOf('eve-invented', 'Eve Invented'));
    expect(dave.told).toHaveLength(1);
    const after = await dave.look(profileOf('eve-invented', 'Eve Invented'));
    expect(team(after.full).notChecked.map((n) => n.reason)).toEqual(["your team's hub no longer accepts your code: not checked", "your team's hub no longer accepts your code: not checked"]);
    expect((await dave.ui({ type: 'ui/team-status' })) as unknown).toMatchObject({ status: { joined: true, revokedAt: expect.any(String) } });
    await dave.look(profileOf('fay-invented', 'Fay Invented'));
    expect(dave.sent.filter((s) => s.url.endsWith('/v1/sightings'))).toHaveLength(1);
  });

  it('nothing is sent when the browser may not send (Firefox data consent), nor without a team; the team checks are not counted without one', async () => {
    const erin = member({ sendingAllowed: async () => false });
    const code = await invite('Erin Invented');
    expect(await erin.ui({ type: 'ui/team-join', code: codeFor(code) })).toMatchObject({ ok: true });
    await erin.look(profileOf('gus-invented', 'Gus Invented'));
    const after = await erin.look(profileOf('gus-invented', 'Gus Invented'));
    expect(team(after.full).notChecked[0]?.reason).toBe("nothing was sent to your team's hub: the browser's permission to send data was not given");
    expect(erin.sent.filter((s) => s.url.endsWith('/v1/sightings'))).toEqual([]);

    const alone = member();
    const a = await alone.look(profileOf('gus-invented', 'Gus Invented'));
    expect(team(a.full)).toEqual({ findings: [], notChecked: [] });
    expect(alone.sent).toEqual([]);
    expect(alone.told).toEqual([]);
    expect(a.full.checksTotal).toBe(after.full.checksTotal - 2);
  });

  it('an answer on its way when the team is left, or the profile forgotten, is not stored; leaving takes the team\'s answers away and tells the tabs', async () => {
    // A hub that answers after a moment: the member leaves in between.
    const slow = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () =>
        setTimeout(() => {
          void fetch(`${hub}${req.url}`, { method: req.method, headers: { authorization: req.headers.authorization ?? '', 'content-type': 'application/json' }, body: chunks.length ? Buffer.concat(chunks) : undefined })
            .then(async (r) => res.writeHead(r.status, { 'content-type': 'application/json' }).end(await r.text()))
            .catch(() => res.writeHead(502).end());
        }, 400),
      );
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const code = await invite('Gil Invented');
      const gil = member();
      expect(await gil.ui({ type: 'ui/team-join', code: codeFor(code) })).toMatchObject({ ok: true });
      const stored = (await gil.worker.joinedTeam())!;
      const session = fakeArea();
      const slowed = member({ session, local: fakeArea({ team: { ...stored, hub: `http://127.0.0.1:${(slow.address() as AddressInfo).port}` } }) });
      const keys = async () => Object.keys(await session.getAll()).filter((k) => k.startsWith('teamview:') || k === 'team:contact');

      // Forgotten while the question is on its way: nothing comes back for it.
      await slowed.worker.handlePage({ type: 'page/snapshot', snapshot: profileOf('hal-invented', 'Hal Invented') }, tabOf('hal-invented'));
      await slowed.worker.settled();
      expect(await slowed.ui({ type: 'ui/forget', profileKey: 'slug:hal-invented', reports: false })).toMatchObject({ ok: true });
      await slowed.worker.teamSettled();
      expect(await keys()).toEqual([]);

      // Left while the question is on its way: nothing comes back, and the tabs are told to read again.
      await slowed.worker.handlePage({ type: 'page/snapshot', snapshot: profileOf('ivy-invented', 'Ivy Invented') }, tabOf('ivy-invented', 12));
      await slowed.worker.settled();
      expect(await slowed.ui({ type: 'ui/team-leave' })).toMatchObject({ ok: true, left: true });
      await slowed.worker.teamSettled();
      expect(await keys()).toEqual([]);
      expect(slowed.told).toContainEqual({ tabIds: [12], profileKey: 'slug:ivy-invented' });
      // Read again: no team, so no team checks at all.
      const after = await slowed.look(profileOf('ivy-invented', 'Ivy Invented'), tabOf('ivy-invented', 12));
      expect(team(after.full)).toEqual({ findings: [], notChecked: [] });
    } finally {
      slow.closeAllConnections();
      slow.close();
    }
  });

  it(`asks about at most ${MAX_SIGHTINGS_PER_MINUTE} profiles a minute: past that the team's checks say why, and nothing more is sent`, async () => {
    const code = await invite('Jo Invented');
    const jo = member();
    expect(await jo.ui({ type: 'ui/team-join', code: codeFor(code) })).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_SIGHTINGS_PER_MINUTE + 2; i++) await jo.look(profileOf(`page-made-${i}`, `Made Up ${i}`), tabOf(`page-made-${i}`, 100 + i));
    expect(jo.sent.filter((r) => r.url.endsWith('/v1/sightings'))).toHaveLength(MAX_SIGHTINGS_PER_MINUTE);
    const last = await jo.look(profileOf(`page-made-${MAX_SIGHTINGS_PER_MINUTE + 1}`, 'Made Up'), tabOf(`page-made-${MAX_SIGHTINGS_PER_MINUTE + 1}`, 200));
    expect(team(last.full).notChecked[0]?.reason).toBe(`nothing was sent to your team's hub: more than ${MAX_SIGHTINGS_PER_MINUTE} profiles were asked about in one minute; asked again when you next open this one`);
    // A minute later it asks again.
    jo.advance(60_001);
    await jo.worker.tabNavigated(200, 'https://www.linkedin.com/in/page-made-x/');
    await jo.look(profileOf(`page-made-${MAX_SIGHTINGS_PER_MINUTE + 1}`, 'Made Up'), tabOf(`page-made-${MAX_SIGHTINGS_PER_MINUTE + 1}`, 200));
    expect(jo.sent.filter((r) => r.url.endsWith('/v1/sightings'))).toHaveLength(MAX_SIGHTINGS_PER_MINUTE + 1);
  }, 30_000);
});
