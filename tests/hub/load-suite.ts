// A bounded load test (issue 26 item 7), one per engine (pglite.test.ts, postgres.test.ts): the hub
// listening on 127.0.0.1, 200 members sending at once over real connections. Every answer must be
// 200 (or 201) and every count right: all 200 profiles carry one phone, each ten of them one
// e-mail, each its own photo; 50 of them are reported between the two rounds. The figures are
// printed, not judged (scripts/bench-hub.ts measures against the targets).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../hub/db.ts';
import { migrate } from '../../hub/migrate.ts';
import { buildHub } from '../../hub/server.ts';
import { createMember, createTeam, type Actor } from '../../hub/store.ts';
import type { SightingResponse } from '../../src/team/api.ts';
import { bundle } from './fixtures.ts';

const MEMBERS = 200;
const GROUP = 10;
const REPORTED = 50;

const key = () => randomBytes(32).toString('base64url');
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export function hubLoadSuite(engine: string, open: () => Promise<Database>) {
  describe(`hub under load on ${engine}`, () => {
    let db: Database;
    let app: FastifyInstance;
    let origin: string;
    let tokens: string[];
    let team: string;

    beforeAll(async () => {
      db = await open();
      await migrate(db);
      const admin = await createTeam(db, 'Load team', 'Admin');
      team = admin.team;
      const actor: Actor = { member: admin.member, team: admin.team, teamName: 'Load team', role: 'admin', label: 'Admin' };
      tokens = [];
      for (let i = 0; i < MEMBERS; i++) tokens.push((await createMember(db, actor, 'member', `Member ${i}`)).token);
      app = await buildHub({ db });
      origin = await app.listen({ host: '127.0.0.1', port: 0 });
    }, 90_000);
    afterAll(async () => {
      await app?.close();
      await db?.close();
    });

    it(`answers ${MEMBERS} members sending at once, every count right`, async () => {
      const phone = key();
      const emails = Array.from({ length: MEMBERS / GROUP }, key);
      const members = tokens.map((token, i) => ({ token, profile: key(), details: [{ kind: 'phone', key: phone }, { kind: 'email', key: emails[Math.floor(i / GROUP)]! }, { kind: 'photo', key: key() }] }));
      const post = async (token: string, path: string, body: object, headers: Record<string, string> = {}) => {
        const start = performance.now();
        const r = await fetch(`${origin}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(60_000),
        });
        return { status: r.status, body: (await r.json()) as unknown, ms: performance.now() - start };
      };
      const round = async (label: string, send: (m: (typeof members)[number], i: number) => ReturnType<typeof post>) => {
        const start = performance.now();
        const answers = await Promise.all(members.map(send));
        const wall = performance.now() - start;
        const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
        console.log(`hub load, ${engine}, ${label}: ${answers.length} requests in ${wall.toFixed(0)} ms (${((answers.length / wall) * 1000).toFixed(0)}/s), p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms`);
        return answers;
      };
      const sighting = (m: (typeof members)[number]) => post(m.token, '/v1/sightings', { profile: m.profile, details: m.details, level: 'medium', at: new Date().toISOString() });

      const first = await round('first sightings', sighting);
      expect(first.map((a) => a.status)).toEqual(members.map(() => 200));
      // Sent at once, each sees some of the others: never more than there are.
      for (const a of first) expect((a.body as SightingResponse).details[0]!.otherProfiles).toBeLessThanOrEqual(MEMBERS - 1);

      const reports = await Promise.all(
        members.slice(0, REPORTED).map((m, i) => post(m.token, '/v1/reports', bundle(`load-${i}`), { 'idempotency-key': `load-${i}`, 'telltale-profile-key': m.profile })),
      );
      expect(reports.map((a) => a.status)).toEqual(reports.map(() => 201));

      const second = await round('second sightings', sighting);
      expect(second.map((a) => a.status)).toEqual(members.map(() => 200));
      second.forEach((a, i) => {
        const answer = a.body as SightingResponse;
        const ownReported = i < REPORTED ? 1 : 0;
        const groupReported = Math.floor(i / GROUP) < REPORTED / GROUP;
        expect(answer.details).toEqual([
          { kind: 'phone', key: phone, otherProfiles: MEMBERS - 1, members: MEMBERS - 1, reported: REPORTED - ownReported, confirmed: 0 },
          { kind: 'email', key: members[i]!.details[1]!.key, otherProfiles: GROUP - 1, members: GROUP - 1, reported: groupReported ? GROUP - 1 : 0, confirmed: 0 },
          { kind: 'photo', key: members[i]!.details[2]!.key, otherProfiles: 0, members: 0, reported: 0, confirmed: 0 },
        ]);
        expect(answer.profile).toMatchObject({ key: members[i]!.profile, sightings: 2, seenBy: 1, reports: ownReported ? [expect.objectContaining({ destinations: ['webhook', 'clipboard'] })] : [] });
      });
      const stored = await db.query<{ n: unknown }>('select count(*) as n from sightings where team_id = $1', [team]);
      expect(Number(stored.rows[0]!.n)).toBe(2 * MEMBERS);
    }, 120_000);
  });
}
