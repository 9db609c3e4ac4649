// The worker against input written to break it (issue 11): a browsing session through thousands of
// profiles, a profile far larger than any real one, settings patches and import files crafted to
// reach the prototype or wipe the data, a queued report after the webhook changed, and the
// shared-detail index read by someone trying every phone number.
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT } from '../../src/data/export.ts';
import type { ProfileSnapshot } from '../../src/model.ts';
import type { Post } from '../../src/report/webhook-reply.ts';
import { createWorker, type WorkerEnv } from '../../src/worker/handlers.ts';
import { createSessionCache, SESSION_CAP_BYTES } from '../../src/storage/session-cache.ts';
import { fakeArea, position, quotaArea, snapshot, withContact } from './fakes.ts';
import { anyAddress } from './fakes.ts';

function setup(over: Partial<WorkerEnv> = {}) {
  let t = Date.parse('2026-11-01T10:00:00Z');
  const session = over.session ?? fakeArea();
  const local = over.local ?? fakeArea();
  let n = 0;
  const worker = createWorker({
    session,
    local,
    now: () => new Date(t),
    extensionVersion: '9.9.9',
    randomId: () => `report-${++n}`,
    backoff: { baseMs: 30_000, maxMs: 3_600_000, random: () => 0.5 },
    scheduleWake: async () => undefined,
    ...over,
  });
  const tab = { tabId: 7, frameId: 0, url: 'https://www.linkedin.com/in/jane-doe/' };
  return { worker, session, local, tab, advance: (ms: number) => (t += ms) };
}

const person = (i: number, over: Partial<ProfileSnapshot> = {}) =>
  snapshot({ slug: `member-${i}`, name: `Member ${i}`, profileUrl: `https://www.linkedin.com/in/member-${i}/`, url: `https://www.linkedin.com/in/member-${i}/`, ...over });

// ---- 4. Session storage stays bounded -----------------------------------------------------------

describe('session storage over a long browsing session', () => {
  // The whole worker, with the real signals: 1,000 profiles of ~40 KB of session data each (as the
  // issue measured on real pages) pass through Chrome's 10 MB quota four times over. The 5,000-profile
  // run is the cache's own test below and the Chromium end-to-end test (tests/e2e/hostile.test.ts).
  it('keeps the popup and Report working on the last of 1,000 profiles under the real 10 MB quota', async () => {
    const session = quotaArea(10 * 1024 * 1024);
    // A small memory cap keeps storage.local's catalog small, so the run is about the session area.
    const { worker, tab } = setup({ session, limits: { maxBytes: 200_000 } });
    const about = 'Led teams that built and ran payment systems across Europe. '.repeat(250);
    for (let i = 0; i < 1_000; i++) {
      const answer = await worker.handlePage({ type: 'page/snapshot', snapshot: person(i, { about, memberId: String(100_000 + i) }) }, anyAddress({ ...tab, tabId: 1 + (i % 20) }));
      expect(answer.ok).toBe(true);
    }
    await worker.settled();
    expect(session.bytes()).toBeLessThan(SESSION_CAP_BYTES + 100_000);
    const lastTab = 1 + (999 % 20);
    const state = await worker.handleUi({ type: 'ui/tab-state', tabId: lastTab });
    expect(state).toMatchObject({ ok: true, state: { status: 'profile', profileKey: 'member:100999' } });
    const report = await worker.handleUi({ type: 'ui/report', profileKey: 'member:100999', destinations: ['clipboard'], note: '', screenshot: null });
    expect(report).toMatchObject({ ok: true, report: { bundle: { profile: { name: 'Member 999' } } } });
  }, 120_000);

  it('the session cache: 5,000 members of 42 KB each stay under the cap, the newest kept, oldest gone first', async () => {
    const session = quotaArea(10 * 1024 * 1024);
    const cache = createSessionCache(session);
    const view = { text: 'v'.repeat(30_000) };
    const assessed = { text: 'a'.repeat(12_000) };
    for (let i = 0; i < 5_000; i++) {
      await cache.write({ [`profile:m${i}`]: { [`view:m${i}`]: view, [`assessed:m${i}`]: assessed }, 'tab:1': { 'tab:1': { profileKey: `m${i}` } } });
    }
    expect(session.bytes()).toBeLessThanOrEqual(SESSION_CAP_BYTES + 50_000);
    const got = await session.get(['view:m4999', 'assessed:m4999', 'view:m0', 'view:m4000']);
    expect(Object.keys(got)).toEqual(['view:m4999', 'assessed:m4999']);
  });
});

// ---- 7. Limits cut, they never blind the checks -------------------------------------------------

describe('a profile larger than the limits', () => {
  it('scores a snapshot with a 2,001-character name: cut to the limit, and the snapshot says so', async () => {
    const { worker, tab, session } = setup();
    const answer = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ name: 'N'.repeat(2_001) }) }, anyAddress(tab));
    expect(answer).toMatchObject({ ok: true, assessment: { level: expect.any(String) } });
    await worker.settled();
    const state = (await session.get(['tab:7']))['tab:7'] as { snapshot: ProfileSnapshot };
    expect(state.snapshot.name).toHaveLength(2_000);
    expect(state.snapshot.truncated).toContain('name');
  });

  it('scores a snapshot with 501 positions: the list is cut to 500 and coverage says not all were read', async () => {
    const { worker, tab, session } = setup();
    const experience = Array.from({ length: 501 }, (_, i) => position(`Role ${i}`, `Company ${i}`, '2015-01', '2016-01'));
    const answer = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ experience, experienceShownAll: true }) }, anyAddress(tab));
    expect(answer.ok).toBe(true);
    await worker.settled();
    const state = (await session.get(['tab:7']))['tab:7'] as { snapshot: ProfileSnapshot };
    expect(state.snapshot.experience).toHaveLength(500);
    expect(state.snapshot.experienceShownAll).toBe(false);
    expect(state.snapshot.coverage.experience).toMatchObject({ shown: 500, total: 501 });
    expect(state.snapshot.truncated).toContain('experience');
  });

  it('one huge profile does not erase the others from memory', async () => {
    const { worker, tab, local } = setup();
    for (let i = 0; i < 50; i++) await worker.handlePage({ type: 'page/snapshot', snapshot: person(i) }, anyAddress(tab));
    const long = (c: string) => c.repeat(2_000);
    // Schema-valid and about 7 MB: 500 positions with every field at its limit.
    const experience = Array.from({ length: 500 }, (_, i) =>
      position(`${i}${long('t')}`.slice(0, 2_000), long('c'), '2015-01', '2016-01', { companyUrl: long('u'), location: long('l'), dates: long('d'), duration: long('r'), employmentType: long('e'), description: 'x'.repeat(4_000) }),
    );
    const huge = person(999, { experience, headline: long('h'), location: long('l') });
    expect(JSON.stringify(huge).length).toBeGreaterThan(6_000_000);
    const answer = await worker.handlePage({ type: 'page/snapshot', snapshot: huge }, anyAddress(tab));
    expect(answer.ok).toBe(true);
    await worker.settled();
    const catalog = (await local.get(['mem:catalog']))['mem:catalog'] as Record<string, { size: number }>;
    expect(Object.keys(catalog)).toHaveLength(51);
    expect(catalog['slug:member-999']!.size).toBeLessThanOrEqual(100_000);
  });
});

// ---- 8. Settings patches and import files ------------------------------------------------------

describe('settings patches that reach for the prototype', () => {
  for (const key of ['toString', 'hasOwnProperty', '__proto__', 'constructor', 'valueOf']) {
    it(`refuses a patch with the key ${key} and changes nothing`, async () => {
      const { worker, local } = setup();
      await worker.handleUi({ type: 'ui/settings-set', patch: { region: 'GB' } });
      const before = JSON.stringify(await local.getAll());
      // As a message arrives: parsed from JSON, so "__proto__" is an own key.
      const request = JSON.parse(`{"type":"ui/settings-set","patch":{"${key}":{"retentionDays":1},"region":"FR"}}`) as unknown;
      const answer = await worker.handleUi(request);
      expect(answer).toMatchObject({ ok: false, error: expect.stringContaining(key) });
      expect(JSON.stringify(await local.getAll())).toBe(before);
    });
  }
});

describe('import files', () => {
  async function withData() {
    const s = setup();
    await s.worker.handleUi({ type: 'ui/settings-set', patch: { region: 'GB' } });
    await s.worker.handlePage({ type: 'page/snapshot', snapshot: person(1) }, anyAddress(s.tab));
    await s.worker.settled();
    return s;
  }

  it('refuses a junk mem:catalog nested 5,000 deep and wipes nothing', async () => {
    const { worker, local } = await withData();
    const before = JSON.stringify(await local.getAll());
    let deep: unknown = {};
    for (let i = 0; i < 5_000; i++) deep = { a: deep };
    const answer = await worker.handleUi({ type: 'ui/import', file: { format: EXPORT_FORMAT, version: 1, data: { 'mem:catalog': { x: deep } } } });
    expect(answer).toMatchObject({ ok: false });
    expect(JSON.stringify(await local.getAll())).toBe(before);
  });

  it('refuses catalog entries, reviews and log entries that are not what Telltale writes', async () => {
    const { worker, local } = await withData();
    const before = JSON.stringify(await local.getAll());
    for (const data of [
      { 'mem:catalog': { 'slug:x': { name: 5 } } },
      { 'review:slug:x': { outcome: 'hacked', at: '2026-01-01' } },
      { 'report:log': [{ id: 1 }] },
      { 'mem:profile:slug:x': { profileKey: 'slug:x', versions: [{ firstSeen: 'a', lastSeen: 'b', snapshot: { junk: true } }], details: [] } },
    ]) {
      expect(await worker.handleUi({ type: 'ui/import', file: { format: EXPORT_FORMAT, version: 1, data } })).toMatchObject({ ok: false });
    }
    expect(JSON.stringify(await local.getAll())).toBe(before);
  });
});

// ---- 6. Queued reports stay bound to their webhook; imports post nowhere -------------------------

describe('queued reports and the webhook they were made for', () => {
  function recorder(status = 503) {
    const requests: { url: string; auth: string | undefined }[] = [];
    const post: Post = async (url, _body, headers) => {
      requests.push({ url, auth: headers.Authorization });
      return { status, text: 'no' };
    };
    return { requests, post };
  }

  it('never sends a report queued for one webhook to its old URL with a new secret; moves it only when the user asks', async () => {
    const { requests, post } = recorder();
    const { worker, tab, advance } = setup({ post });
    await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'https://old.example.com/hook', webhookSecret: 'old-secret' } });
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, anyAddress(tab));
    await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['webhook'], note: '', screenshot: null });
    await new Promise((r) => setTimeout(r, 20));
    expect(requests).toEqual([{ url: 'https://old.example.com/hook', auth: 'Bearer old-secret' }]);

    await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'https://new.example.com/hook', webhookSecret: 'new-secret' } });
    advance(3_600_000);
    await worker.handleUi({ type: 'ui/retry', id: null });
    await worker.onWake();
    expect(requests).toHaveLength(1);
    const overview = await worker.handleUi({ type: 'ui/overview' });
    expect(overview).toMatchObject({ ok: true, overview: { pending: [{ id: 'report-1', held: true, lastError: expect.stringMatching(/webhook changed/) }] } });

    // The user moves it to the webhook now set: it goes there, with that webhook's secret.
    expect(await worker.handleUi({ type: 'ui/move-queued', id: null })).toMatchObject({ ok: true, moved: 1 });
    expect(requests.slice(1)).toEqual([{ url: 'https://new.example.com/hook', auth: 'Bearer new-secret' }]);
  });

  it('also holds a report when only the secret changed', async () => {
    const { requests, post } = recorder();
    const { worker, tab } = setup({ post });
    await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'https://hooks.example.com/hook', webhookSecret: 'one' } });
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, anyAddress(tab));
    await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['webhook'], note: '', screenshot: null });
    await new Promise((r) => setTimeout(r, 20));
    await worker.handleUi({ type: 'ui/settings-set', patch: { webhookSecret: 'two' } });
    await worker.handleUi({ type: 'ui/retry', id: null });
    expect(requests.map((r) => r.auth)).toEqual(['Bearer one']);
  });

  it('an import never brings in queued deliveries or a webhook address, so nothing is posted where the user did not set up', async () => {
    const { requests, post } = recorder(200);
    const { worker } = setup({ post });
    await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'https://team.example.com/hook', webhookSecret: 'team-secret' } });
    const queued = {
      id: 'evil-1', profileKey: 'slug:x', profileName: 'X', url: 'https://attacker.example/collect', format: 'json', body: '{}', createdAt: '2026-11-01T00:00:00Z',
      attempts: 0, nextAttemptAt: '2026-01-01T00:00:00Z', lastAttemptAt: null, lastError: null, leaseUntil: null,
    };
    const file = { format: EXPORT_FORMAT, version: 1, data: { settings: { webhookUrl: 'https://attacker.example/collect', region: 'FR' }, 'report:queue': [queued] } };
    const answer = await worker.handleUi({ type: 'ui/import', file });
    expect(answer.ok).toBe(true);
    await worker.handleUi({ type: 'ui/retry', id: null });
    await worker.onWake();
    expect(requests).toEqual([]);
    expect(await worker.handleUi({ type: 'ui/settings' })).toMatchObject({ settings: { webhookUrl: 'https://team.example.com/hook', webhookSecret: 'team-secret', region: 'FR' } });
  });
});

describe('an import and the reports this browser has queued', () => {
  it('keeps them queued and still bound to this browser\'s webhook, so they are sent, not held', async () => {
    const requests: string[] = [];
    const post: Post = async (url) => {
      requests.push(url);
      return { status: 503, text: 'busy' };
    };
    const { worker, tab, advance } = setup({ post });
    await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'https://team.example.com/hook', webhookSecret: 'team-secret' } });
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, anyAddress(tab));
    await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['webhook'], note: '', screenshot: null });
    await new Promise((r) => setTimeout(r, 20));
    expect(await worker.handleUi({ type: 'ui/import', file: { format: EXPORT_FORMAT, version: 1, data: { settings: { region: 'FR' } } } })).toMatchObject({ ok: true });
    advance(3_600_000);
    await worker.onWake();
    expect(requests).toEqual(['https://team.example.com/hook', 'https://team.example.com/hook']);
    expect(await worker.handleUi({ type: 'ui/overview' })).toMatchObject({ overview: { pending: [{ id: 'report-1', held: false }] } });
  });
});

// ---- 8. Keyed shared-detail hashes ---------------------------------------------------------------

describe('the shared-detail index', () => {
  async function indexKeys(local: import("../../src/storage/area.ts").StorageArea) {
    return Object.keys(((await local.get(['mem:index']))['mem:index'] as Record<string, string[]> | undefined) ?? {});
  }
  async function sha256(text: string) {
    const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return [...d].map((b) => b.toString(16).padStart(2, '0')).join('');
  }

  it('is keyed with a per-install secret: the same phone hashes differently in two installs, and not as plain SHA-256', async () => {
    const a = setup();
    const b = setup();
    for (const s of [a, b]) {
      await s.worker.handleUi({ type: 'ui/settings-set', patch: { region: 'GB' } });
      await s.worker.handlePage({ type: 'page/snapshot', snapshot: withContact(snapshot(), ['+44 20 7946 0018']) }, anyAddress(s.tab));
      await s.worker.settled();
    }
    const [ka, kb] = [await indexKeys(a.local), await indexKeys(b.local)];
    const phoneA = ka.find((k) => k.startsWith('phone:'))!;
    const phoneB = kb.find((k) => k.startsWith('phone:'))!;
    expect(phoneA).toBeDefined();
    expect(phoneA).not.toBe(phoneB);
    expect(phoneA).not.toBe(`phone:${await sha256('telltale:phone:+442079460018')}`);
  });

  it('an export holds neither the key nor the index', async () => {
    const { worker, tab } = setup();
    await worker.handleUi({ type: 'ui/settings-set', patch: { region: 'GB' } });
    await worker.handlePage({ type: 'page/snapshot', snapshot: withContact(snapshot(), ['+44 20 7946 0018']) }, anyAddress(tab));
    await worker.settled();
    const exported = await worker.handleUi({ type: 'ui/export' });
    if (!exported.ok || !('file' in exported)) throw new Error('no export');
    expect(Object.keys(exported.file.data).filter((k) => k === 'mem:index' || k === 'mem:key')).toEqual([]);
    expect(JSON.stringify(exported.file)).not.toMatch(/phone:[0-9a-f]{64}/);
  });
});

describe('a webhook that never accepts', () => {
  it('stops trying after 7 days and keeps the report in the log as failed', async () => {
    let attempts = 0;
    const post: Post = async () => {
      attempts++;
      return { status: 503, text: 'down' };
    };
    const { worker, tab, advance } = setup({ post });
    await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'https://hooks.example.com/hook' } });
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, anyAddress(tab));
    await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['webhook'], note: '', screenshot: null });
    await new Promise((r) => setTimeout(r, 20));
    for (let h = 0; h < 8 * 24; h++) {
      advance(3_600_000);
      await worker.onWake();
    }
    const overview = await worker.handleUi({ type: 'ui/overview' });
    expect(overview).toMatchObject({ ok: true, overview: { pending: [], reports: [{ id: 'report-1', webhook: { state: 'failed', lastError: expect.stringMatching(/^gave up after 7 days: the server answered 503/) } }] } });
    const before = attempts;
    advance(86_400_000);
    await worker.onWake();
    expect(attempts).toBe(before);
  });
});
