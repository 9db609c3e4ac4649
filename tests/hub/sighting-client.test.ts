// The extension's side of a sighting (src/team/sighting.ts, issue 27) against the real hub on
// PGlite: two members see two profiles that show one phone number written two ways, one of them in
// a kept application; the second member's answer names the first profile's detail, and nothing the
// hub receives is a clear number, address or name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../../hub/db.ts';
import { migrate } from '../../hub/migrate.ts';
import { buildHub } from '../../hub/server.ts';
import { createTeam } from '../../hub/store.ts';
import type { MemberCreated, SightingRequest, SightingResponse } from '../../src/team/api.ts';
import { newTeamKey } from '../../src/team/keys.ts';
import { sightingOf } from '../../src/team/sighting.ts';
import { snapshot, withContact } from '../worker/fakes.ts';

describe('a sighting as the extension builds it, answered by the hub', () => {
  let db: Database;
  let app: FastifyInstance;
  let admin: MemberCreated;
  let bob: MemberCreated;
  const key = newTeamKey();

  beforeAll(async () => {
    db = await openDatabase({ dataDir: null });
    await migrate(db);
    app = await buildHub({ db });
    admin = await createTeam(db, 'Invented Recruiting', 'Ada');
    const r = await app.inject({ method: 'POST', url: '/v1/members', headers: { authorization: `Bearer ${admin.token}` }, payload: { role: 'member', label: 'Bob' } });
    bob = JSON.parse(r.body) as MemberCreated;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const send = async (token: string, body: SightingRequest) => {
    const r = await app.inject({ method: 'POST', url: '/v1/sightings', headers: { authorization: `Bearer ${token}` }, payload: body });
    expect(r.statusCode).toBe(200);
    return { sent: JSON.stringify(body), answer: JSON.parse(r.body) as SightingResponse };
  };

  it('meets the same phone behind two names, and carries no clear detail', async () => {
    const first = withContact(snapshot({ slug: 'nora-invented', name: 'Nora Invented', url: 'https://www.linkedin.com/in/nora-invented/' }), ['+44 20 7946 0018'], ['nora@example.org']);
    const second = snapshot({ slug: 'lena-madeup', name: 'Lena Madeup', url: 'https://uk.linkedin.com/in/Lena-Madeup/details/experience/' });
    const at = new Date('2026-12-07T10:00:00Z');

    const a = await sightingOf(key, { snapshot: first, level: 'medium', at, region: 'GB' });
    const b = await sightingOf(key, { snapshot: second, level: 'low', at, region: 'GB', application: { phones: ['020 7946 0018'], emails: ['Lena.Madeup@example.net'] } });
    if (!a || !b) throw new Error('no sighting');
    // Each invented page shows its own uploaded photo: a third detail, which meets nothing.
    expect(a.details.map((d) => d.kind).sort()).toEqual(['email', 'phone', 'photo']);
    expect(b.details.map((d) => d.kind).sort()).toEqual(['email', 'phone', 'photo']);
    for (const body of [a, b]) {
      const text = JSON.stringify(body);
      for (const clear of ['7946', 'example.org', 'example.net', 'nora', 'lena', 'Nora', 'Lena', 'linkedin.com']) expect(text).not.toContain(clear);
      for (const d of [body.profile, ...body.details.map((x) => x.key)]) expect(d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }

    await send(admin.token, a);
    const { answer } = await send(bob.token, b);
    // The phone (written "020 7946 0018" in the application, "+44 20 7946 0018" on the other profile) meets; the e-mail does not.
    const phone = answer.details.find((d) => d.kind === 'phone');
    expect(phone).toMatchObject({ otherProfiles: 1, members: 1, reported: 0, confirmed: 0 });
    expect(answer.details.find((d) => d.kind === 'email')).toMatchObject({ otherProfiles: 0 });
    expect(answer.details.find((d) => d.kind === 'photo')).toMatchObject({ otherProfiles: 0 });
    // The same page under another address of the member (country host, sub-page) is the same profile key.
    const again = await sightingOf(key, { snapshot: { ...second, url: 'https://www.linkedin.com/in/lena-madeup/' }, level: 'low', at, region: 'GB' });
    expect(again?.profile).toBe(b.profile);
    // Another team's key makes other keys: nothing meets across teams.
    const elsewhere = await sightingOf(newTeamKey(), { snapshot: first, level: 'medium', at, region: 'GB' });
    expect(elsewhere?.profile).not.toBe(a.profile);
    expect(elsewhere?.details.map((d) => d.key)).not.toContain(a.details[0]!.key);
  });

  it('names no profile without an address to key it by', async () => {
    expect(await sightingOf(key, { snapshot: snapshot({ url: null, profileUrl: null } as never), level: null, at: new Date(), region: null })).toBeNull();
  });
});
