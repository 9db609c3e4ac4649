// The real team hub the worker's tests talk to: Fastify on PGlite in memory, listening on
// 127.0.0.1, with one team and its admin; members invited through the API; enrolment codes made as
// `telltale hub team create` and `invite` make them.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../../hub/db.ts';
import { migrate } from '../../hub/migrate.ts';
import { buildHub } from '../../hub/server.ts';
import { createTeam } from '../../hub/store.ts';
import type { MemberCreated } from '../../src/team/api.ts';
import { formatEnrolment } from '../../src/team/enrolment.ts';

export interface TestHub {
  db: Database;
  app: FastifyInstance;
  /** http://127.0.0.1:<port> */
  origin: string;
  admin: MemberCreated;
  /** A member's enrolment code with the team key (`over`: another hub, member, team or token in it). */
  codeFor(m: MemberCreated, over?: Partial<{ hub: string; member: string; team: string; token: string }>): string;
  invite(label: string): Promise<MemberCreated>;
  close(): Promise<void>;
}

/** `wrap`: the database the hub is given (a test's flaky one); the test keeps the real one as `db`. */
export async function startTestHub(teamKey: string, options: { team?: string; adminLabel?: string; wrap?: (db: Database) => Database } = {}): Promise<TestHub> {
  const db = await openDatabase({ dataDir: null });
  await migrate(db);
  const app = await buildHub({ db: options.wrap ? options.wrap(db) : db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const admin = await createTeam(db, options.team ?? 'Invented Recruiting', options.adminLabel ?? 'Ada');
  return {
    db,
    app,
    origin,
    admin,
    codeFor: (m, over = {}) => formatEnrolment({ v: 1, hub: origin, team: m.team, name: m.name, member: m.member, role: m.role, token: m.token, key: teamKey, ...over }),
    async invite(label) {
      const r = await app.inject({ method: 'POST', url: '/v1/members', headers: { authorization: `Bearer ${admin.token}` }, payload: { role: 'member', label } });
      return JSON.parse(r.body) as MemberCreated;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
