// Joining a team hub (issue 27 item 1) through the worker's team family, over in-memory storage and
// the real hub (Fastify on PGlite in memory, listening on 127.0.0.1): a code is stored only once
// its hub names that member of that team; "Check now" marks a revoked member; Leave forgets the
// token and the key; a content script can ask for none of it; export, import and delete-all treat
// the joined team as they treat the webhook secret; a team policy's code joins and cannot be left.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberCreated } from '../../src/team/api.ts';
import { newTeamKey } from '../../src/team/keys.ts';
import { createWorker, type WorkerEnv } from '../../src/worker/handlers.ts';
import { HUB_REPLY_LIMIT } from '../../src/worker/team.ts';
import { fakeArea } from './fakes.ts';
import { startTestHub, type TestHub } from './hub-fixture.ts';

let app: FastifyInstance;
let hub: string;
let admin: MemberCreated;
let testHub: TestHub;
const teamKey = newTeamKey();
/** A server that is not a hub: an endless JSON reply. */
let other: Server;
let otherOrigin: string;

const codeFor = (m: MemberCreated, over: Partial<{ hub: string; member: string; team: string; token: string }> = {}) => testHub.codeFor(m, over);
const invite = (label: string) => testHub.invite(label);

beforeAll(async () => {
  testHub = await startTestHub(teamKey);
  ({ app, origin: hub, admin } = testHub);
  other = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"team":"${'x'.repeat(HUB_REPLY_LIMIT * 4)}"}`);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://localhost:${(other.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  other?.close();
  await testHub?.close();
});

function setup(over: Partial<WorkerEnv> = {}) {
  const local = fakeArea();
  const fetched: string[] = [];
  const worker = createWorker({
    session: fakeArea(),
    local,
    now: () => new Date('2026-12-07T10:00:00Z'),
    hubFetch: (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    },
    ...over,
  });
  const ui = (m: unknown) => worker.handleUi(m) as Promise<Record<string, unknown> & { ok: boolean; error?: string }>;
  return { worker, local, ui, fetched };
}

describe('joining a team hub', () => {
  it('joins with the admin\'s code once the hub names that member of that team; no answer carries the token or the key', async () => {
    const { worker, local, ui, fetched } = setup();
    expect(await ui({ type: 'ui/team-status' })).toEqual({ ok: true, status: { joined: false, managed: false, managedHub: null, error: null }, error: null });
    const joined = await ui({ type: 'ui/team-join', code: `  ${codeFor(admin)}\n` });
    expect(joined).toEqual({
      ok: true,
      status: { joined: true, managed: false, hub, team: admin.team, name: 'Invented Recruiting', member: admin.member, role: 'admin', label: 'Ada', joinedAt: '2026-12-07T10:00:00.000Z', revokedAt: null, checkedAt: '2026-12-07T10:00:00.000Z', lastContact: null },
    });
    expect(fetched).toEqual([`${hub}/v1/me`]);
    const stored = (await local.get(['team'])).team as Record<string, unknown>;
    expect(stored).toMatchObject({ hub, team: admin.team, member: admin.member, token: admin.token, key: teamKey, role: 'admin', managed: false });
    for (const answer of [joined, await ui({ type: 'ui/team-status' }), await ui({ type: 'ui/team-status', check: true })]) {
      expect(JSON.stringify(answer)).not.toContain(admin.token);
      expect(JSON.stringify(answer)).not.toContain(teamKey);
    }
    expect(await worker.joinedTeam()).toMatchObject({ token: admin.token, key: teamKey });
  });

  it('stores nothing for a code that is malformed, names a plain-http hub off this machine, another member, or a token the hub does not know', async () => {
    const { local, ui, fetched } = setup();
    expect(await ui({ type: 'ui/team-join', code: 'telltale-team:not-json' })).toMatchObject({ ok: false, error: expect.stringMatching(/^This is not a valid enrolment code\. The enrolment code is cut or altered/) });
    expect(await ui({ type: 'ui/team-join', code: codeFor(admin, { hub: 'http://hub.example.com' }) })).toMatchObject({ ok: false, error: expect.stringMatching(/must start with https:\/\//) });
    expect(fetched).toEqual([]);
    const stranger = { ...admin, member: 'm_AAAAAAAAAAAAAAAAAAAAAA' };
    expect(await ui({ type: 'ui/team-join', code: codeFor(stranger) })).toMatchObject({ ok: false, error: expect.stringMatching(/names another team or member than the code/) });
    const unknown = { ...admin, token: 'A'.repeat(43) };
    expect(await ui({ type: 'ui/team-join', code: codeFor(unknown) })).toMatchObject({ ok: false, error: expect.stringMatching(/does not accept this code: the member was revoked/) });
    expect(await local.get(['team'])).toEqual({});
  });

  it('says in plain words when the address is no hub: unreachable, a redirect (not followed), a web page, an endless reply', async () => {
    const { local, ui, fetched } = setup();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    expect(await ui({ type: 'ui/team-join', code: codeFor(admin, { hub: closedOrigin }) })).toMatchObject({ ok: false, error: expect.stringMatching(new RegExp(`^Could not reach the hub at ${closedOrigin} \\(`)) });
    // A hub that moved answers with a redirect: never followed (the token would go wherever it points).
    const redirecting = createServer((_req, res) => res.writeHead(307, { location: `${hub}/v1/me` }).end());
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    const redirectOrigin = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`;
    try {
      expect(await ui({ type: 'ui/team-join', code: codeFor(admin, { hub: redirectOrigin }) })).toMatchObject({ ok: false, error: expect.stringMatching(/answered with a redirect\. Telltale does not follow redirects/) });
    } finally {
      redirecting.close();
    }
    expect(fetched.filter((u) => u.startsWith(hub))).toEqual([]);
    // A web server that is no hub: its 404 page.
    const site = createServer((_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<html>Not found</html>'));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    try {
      expect(await ui({ type: 'ui/team-join', code: codeFor(admin, { hub: siteOrigin }) })).toMatchObject({ ok: false, error: `The server at ${siteOrigin} did not answer as a Telltale team hub (HTTP 404). Check the code's address with your team admin.` });
    } finally {
      site.close();
    }
    // otherOrigin's every path answers an endless JSON body: cut at the limit, not a hub.
    expect(await ui({ type: 'ui/team-join', code: codeFor(admin, { hub: otherOrigin }) })).toMatchObject({ ok: false, error: expect.stringMatching(new RegExp(`^The server at ${otherOrigin} did not answer as a Telltale team hub \\(HTTP 200\\)`)) });
    expect(await local.get(['team'])).toEqual({});
  });

  it('"Check now" marks a revoked member (nothing usable is left), and Leave forgets the token and the key', async () => {
    const { worker, local, ui } = setup();
    const bob = await invite('Bob');
    expect(await ui({ type: 'ui/team-join', code: codeFor(bob) })).toMatchObject({ ok: true, status: { joined: true, role: 'member', label: 'Bob', member: bob.member } });
    expect(await ui({ type: 'ui/team-status', check: true })).toMatchObject({ ok: true, status: { revokedAt: null }, error: null });
    const r = await app.inject({ method: 'DELETE', url: `/v1/members/${bob.member}`, headers: { authorization: `Bearer ${admin.token}` } });
    expect(r.statusCode).toBe(204);
    // Not asked yet: the worker does not know.
    expect(await ui({ type: 'ui/team-status' })).toMatchObject({ status: { revokedAt: null } });
    expect(await ui({ type: 'ui/team-status', check: true })).toMatchObject({ ok: true, status: { joined: true, revokedAt: '2026-12-07T10:00:00.000Z' }, error: null });
    expect(await worker.joinedTeam()).toBeNull();
    expect(await ui({ type: 'ui/team-leave' })).toEqual({ ok: true, left: true, hub });
    expect(await local.getAll()).toEqual({});
    expect(await ui({ type: 'ui/team-status' })).toMatchObject({ status: { joined: false } });
    expect(await ui({ type: 'ui/team-leave' })).toEqual({ ok: true, left: false, hub: null });
  });

  it('a hub out of reach on "Check now" is said, and the team is kept as it was', async () => {
    const { local, ui } = setup();
    await ui({ type: 'ui/team-join', code: codeFor(admin) });
    const { ui: offline } = setup({ local, hubFetch: () => Promise.reject(new TypeError('fetch failed')) } as Partial<WorkerEnv>);
    expect(await offline({ type: 'ui/team-status', check: true })).toMatchObject({ ok: true, status: { joined: true, revokedAt: null }, error: `Could not reach the hub at ${hub} (fetch failed). Check that the address is right, that the hub is running and that Telltale was allowed to reach it.` });
  });

  it('reads a corrupt or hand-made stored team as "not joined"', async () => {
    for (const bad of [null, 'team', { hub, team: admin.team }, { hub: 'javascript:alert(1)', team: admin.team, name: 'x', member: admin.member, role: 'admin', token: admin.token, key: teamKey, v: 1, label: null, joinedAt: '2026-12-07T10:00:00Z', revokedAt: null, checkedAt: null, managed: false }]) {
      const local = fakeArea({ team: bad });
      const { worker, ui } = setup({ local });
      expect(await ui({ type: 'ui/team-status' })).toMatchObject({ ok: true, status: { joined: false } });
      expect(await worker.joinedTeam()).toBeNull();
      // Leave still removes what was there.
      expect(await ui({ type: 'ui/team-leave' })).toMatchObject({ ok: true, left: true, hub: null });
      expect(await local.get(['team'])).toEqual({});
    }
  });

  it('refuses every team message from a content script', async () => {
    const { worker } = setup();
    const tab = { tabId: 3, frameId: 0, url: 'https://www.linkedin.com/in/jane-doe/' };
    for (const type of ['ui/team-status', 'ui/team-join', 'ui/team-leave', 'page/team-status']) {
      expect(await worker.handlePage({ type, code: codeFor(admin) }, tab)).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message/) });
    }
  });
});

describe('the joined team and the user\'s data', () => {
  it('export leaves it out; an import neither takes one nor drops this browser\'s; Delete all removes it', async () => {
    const { local, ui } = setup();
    await ui({ type: 'ui/settings-set', patch: { region: 'GB' } });
    await ui({ type: 'ui/team-join', code: codeFor(admin) });
    const exported = (await ui({ type: 'ui/export' })) as { ok: true; file: { data: Record<string, unknown> } };
    expect(exported.ok).toBe(true);
    expect(Object.keys(exported.file.data)).toEqual(['settings']);
    for (const secret of [admin.token, teamKey, admin.member, hub]) expect(JSON.stringify(exported.file)).not.toContain(secret);

    // A file that carries a team (hand-made) is not taken: this browser's stays.
    const forged = { ...exported.file, data: { ...exported.file.data, team: { hub: 'https://evil.example', token: 'B'.repeat(43), key: 'C'.repeat(43) } } };
    expect(await ui({ type: 'ui/import', file: forged })).toMatchObject({ ok: true });
    expect((await local.get(['team'])).team).toMatchObject({ hub, token: admin.token, key: teamKey });

    // Into a browser that joined none: still none.
    const fresh = setup();
    expect(await fresh.ui({ type: 'ui/import', file: forged })).toMatchObject({ ok: true });
    expect(await fresh.local.get(['team'])).toEqual({});

    expect(await ui({ type: 'ui/delete-all' })).toMatchObject({ ok: true });
    expect(await local.get(['team'])).toEqual({});
    expect(await ui({ type: 'ui/team-status' })).toMatchObject({ status: { joined: false } });
  });
});

describe('a team policy\'s enrolment code', () => {
  it('is joined on the worker\'s wake with the same checks, cannot be left or replaced here, and is forgotten when the policy drops it', async () => {
    const carol = await invite('Carol');
    let policy: Record<string, unknown> = { teamCode: codeFor(carol) };
    const { worker, local, ui } = setup({ managed: async () => policy });
    await worker.onWake();
    expect((await local.get(['team'])).team).toMatchObject({ member: carol.member, managed: true });
    expect(await ui({ type: 'ui/team-status' })).toMatchObject({ ok: true, status: { joined: true, managed: true, label: 'Carol' } });
    expect(await ui({ type: 'ui/team-leave' })).toMatchObject({ ok: false, error: expect.stringMatching(/^Your organisation sets the team/) });
    expect(await ui({ type: 'ui/team-join', code: codeFor(admin) })).toMatchObject({ ok: false, error: expect.stringMatching(/^Your organisation sets the team/) });
    expect((await local.get(['team'])).team).toMatchObject({ member: carol.member });

    policy = {};
    expect(await ui({ type: 'ui/team-status' })).toMatchObject({ status: { joined: false, managed: false } });
    expect(await local.get(['team'])).toEqual({});
  });

  it('a policy code the hub refuses joins nothing, and the status says why', async () => {
    const dave = await invite('Dave');
    await app.inject({ method: 'DELETE', url: `/v1/members/${dave.member}`, headers: { authorization: `Bearer ${admin.token}` } });
    const { local, ui } = setup({ managed: async () => ({ teamCode: codeFor(dave) }) });
    expect(await ui({ type: 'ui/team-status' })).toMatchObject({ ok: true, status: { joined: false, managed: true, managedHub: hub, error: expect.stringMatching(/does not accept this code/) }, error: expect.stringMatching(/does not accept this code/) });
    expect(await local.get(['team'])).toEqual({});
  });
});
