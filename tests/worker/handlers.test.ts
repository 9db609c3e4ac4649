// The worker's handlers over in-memory storage, with the real signals: memory feeds the history
// signals, reports go to the log and the webhook queue, and nothing is kept for non-profiles.
import { describe, expect, it } from 'vitest';
import type { ReportOptions } from '../../src/messages.ts';
import type { Post } from '../../src/report/webhook-reply.ts';
import { toolbarBadge } from '../../src/ui/toolbar-badge.ts';
import { PALETTE } from '../../src/ui/styles.ts';
import { createWorker, type ScriptTarget, type WorkerEnv } from '../../src/worker/handlers.ts';
import { fakeArea, position, snapshot, withContact } from './fakes.ts';

function setup(over: Partial<WorkerEnv> = {}) {
  let t = Date.parse('2026-11-01T10:00:00Z');
  const session = fakeArea();
  const local = fakeArea();
  const wakes: (number | null)[] = [];
  let n = 0;
  const worker = createWorker({
    session,
    local,
    now: () => new Date(t),
    extensionVersion: '9.9.9',
    randomId: () => `report-${++n}`,
    backoff: { baseMs: 30_000, maxMs: 3_600_000, random: () => 0.5 },
    scheduleWake: async (at) => {
      wakes.push(at);
    },
    ...over,
  });
  const tab = { tabId: 7, frameId: 0, url: 'https://www.linkedin.com/in/jane-doe/' };
  return { worker, session, local, wakes, tab, advance: (ms: number) => (t += ms) };
}

describe('memory in the worker', () => {
  it('reports "changed since last seen" when a profile comes back with a new name and a rewritten past position', async () => {
    const { worker, advance, tab, session } = setup();
    const first = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    expect(first.ok).toBe(true);
    advance(3 * 86_400_000);
    const rewritten = snapshot({
      name: 'John Smith',
      experience: [position('Engineer', 'Initech', '2013-01', '2019-06'), position('Senior Engineer', 'Globex', '2019-07', null)],
    });
    const second = await worker.handlePage({ type: 'page/snapshot', snapshot: rewritten }, tab);
    if (!second.ok || !('assessment' in second)) throw new Error(JSON.stringify(second));
    const history = second.assessment.findings.filter((f) => f.signal === 'changed-since-last-seen');
    expect(history.map((f) => f.title)).toEqual(
      expect.arrayContaining(['Past positions were rewritten since you last looked', 'A profile detail changed since you last looked']),
    );
    // The page's answer says that the history changed, not what it was: the popup has the details.
    expect(JSON.stringify(second.assessment)).not.toMatch(/Acme/);
    expect(history.find((f) => f.severity === 'alert')?.evidence).toMatch(/open the Telltale toolbar button/);
    // The catalogue's texts come with the answer, for every signal it names (the content script has no catalogue).
    const named = new Set([...second.assessment.findings.map((f) => f.signal), ...second.assessment.notChecked.map((n) => n.signal)]);
    expect(Object.keys(second.explanations).sort()).toEqual([...named].sort());
    expect(second.explanations['changed-since-last-seen']?.whyItMatters.length).toBeGreaterThan(40);
    // The session's view of the member was replaced, not merged with the earlier version.
    await worker.settled(); // the view is remembered just after the answer
    const state = (await session.get([`tab:${tab.tabId}`]))[`tab:${tab.tabId}`] as {
      snapshot: { name: string; experience: unknown[] };
      assessment: { findings: { signal: string; severity: string; evidence: string }[] };
    };
    expect(state.assessment.findings.find((f) => f.signal === 'changed-since-last-seen' && f.severity === 'alert')?.evidence).toMatch(/Engineer at Acme/);
    expect(state.snapshot.name).toBe('John Smith');
    expect(state.snapshot.experience).toHaveLength(2);
  });

  it('reports "shared across profiles" for one phone number on two profiles, naming the other only to the popup', async () => {
    const { worker, tab, session } = setup();
    await worker.handleUi({ type: 'ui/settings-set', patch: { region: 'GB' } });
    await worker.handlePage({ type: 'page/snapshot', snapshot: withContact(snapshot({ slug: 'alex-brown', name: 'Alex Brown', profileUrl: 'https://www.linkedin.com/in/alex-brown/' }), ['+44 20 7946 0018']) }, { ...tab, url: 'https://www.linkedin.com/in/alex-brown/' });
    const b = await worker.handlePage({ type: 'page/snapshot', snapshot: withContact(snapshot({ slug: 'sam-green', name: 'Sam Green' }), ['020 7946 0018']) }, { ...tab, url: 'https://www.linkedin.com/in/sam-green/' });
    if (!b.ok || !('assessment' in b)) throw new Error(JSON.stringify(b));
    const shared = b.assessment.findings.find((f) => f.signal === 'shared-across-profiles');
    // The page's answer says only that a match exists; the other member's name and URL stay in
    // the tab's state, for the popup.
    expect(shared?.title).toBe('Same phone as another profile');
    expect(JSON.stringify(b.assessment)).not.toMatch(/Alex Brown|alex-brown/);
    await worker.settled();
    const state = (await session.get([`tab:${tab.tabId}`]))[`tab:${tab.tabId}`] as { assessment: { findings: { signal: string; evidence: string }[] } };
    expect(state.assessment.findings.find((f) => f.signal === 'shared-across-profiles')?.evidence).toContain('Alex Brown (https://www.linkedin.com/in/alex-brown/)');
  });

  it('keeps nothing durable for a page that is not a profile', async () => {
    const { worker, local, tab } = setup();
    await worker.handlePage({ type: 'page/not-a-profile', url: 'https://www.linkedin.com/feed/', kind: 'not-a-profile', reason: 'the feed' }, tab);
    const authwall = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ kind: 'authwall' }) }, tab);
    expect(authwall.ok).toBe(false);
    expect(local.data.size).toBe(0);
  });

  it('passes the disabled signals and the region from the settings', async () => {
    const { worker, tab } = setup();
    await worker.handleUi({ type: 'ui/settings-set', patch: { disabledSignals: ['changed-since-last-seen', 'shared-across-profiles'] } });
    const a = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    if (!a.ok || !('assessment' in a)) throw new Error('no answer');
    expect([...a.assessment.findings.map((f) => f.signal), ...a.assessment.notChecked.map((n) => n.signal)]).not.toContain('changed-since-last-seen');
  });

  it('forgets one profile: memory, review, reports and the session view', async () => {
    const { worker, local, session, tab } = setup();
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    await worker.handleUi({ type: 'ui/review', profileKey: 'slug:jane-doe', outcome: 'needs-follow-up' });
    await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['clipboard'], note: '', screenshot: null });
    expect(await worker.handleUi({ type: 'ui/forget', profileKey: 'slug:jane-doe', reports: true })).toEqual({ ok: true, forgotten: true });
    const left = [...local.data.keys()];
    expect(left.filter((k) => k.includes('jane'))).toEqual([]);
    expect(JSON.stringify([...local.data.values()])).not.toContain('Jane Doe');
    // Only the note not to remember it again in this browser session.
    expect([...session.data.keys()].filter((k) => k.includes('jane'))).toEqual(['forgotten:slug:jane-doe']);
  });
});

describe('one review state', () => {
  it('a review reaches the tab states the toolbar button follows: cleared keeps the level\'s letter, muted, with both in the title, as on the pill; removing the review brings the colour back (issue 25, item 3)', async () => {
    const { worker, session, tab } = setup();
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    await worker.settled();
    const stored = async () => (await session.get(['tab:7']))['tab:7'] as Parameters<typeof toolbarBadge>[0];
    const before = toolbarBadge(await stored());
    await worker.handlePage({ type: 'page/review', profileKey: 'slug:jane-doe', outcome: 'cleared' }, tab);
    expect(toolbarBadge(await stored())).toEqual({ text: before!.text, color: PALETTE.light.muted, title: 'Telltale: Partly checked · Cleared by you on Nov 1, 2026' });
    await worker.handleUi({ type: 'ui/review', profileKey: 'slug:jane-doe', outcome: null });
    expect(toolbarBadge(await stored())).toEqual(before);
  });

  it('tells the pages showing the profile when its review changes or it is forgotten, from any screen, and no other page', async () => {
    const told: [number[], unknown][] = [];
    const { worker, tab } = setup({ tellTabs: async (ids, push) => void told.push([[...ids], push]) });
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ slug: 'someone-else', name: 'Someone Else' }) }, { ...tab, tabId: 8, url: 'https://www.linkedin.com/in/someone-else/' });
    await worker.settled();
    const changed = { type: 'worker/profile-changed', profileKey: 'slug:jane-doe' };
    await worker.handleUi({ type: 'ui/review', profileKey: 'slug:jane-doe', outcome: 'cleared' });
    await worker.handlePage({ type: 'page/review', profileKey: 'slug:jane-doe', outcome: null }, tab);
    await worker.handleUi({ type: 'ui/forget', profileKey: 'slug:jane-doe' });
    expect(told).toEqual([
      [[7], changed],
      [[7], changed],
      [[7], changed],
    ]);
    // Forgotten, the tab shows no state of it any more: a later review reaches no page.
    await worker.handleUi({ type: 'ui/review', profileKey: 'slug:jane-doe', outcome: 'reported' });
    expect(told).toHaveLength(3);
  });

  it('a report sets the review to "reported" with where it went, keeps the note, and the next report form says so', async () => {
    const { worker, tab } = setup();
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    await worker.handleUi({ type: 'ui/review', profileKey: 'slug:jane-doe', outcome: 'cleared', note: 'Called her: it is her.' });
    const first = (await worker.handleUi({ type: 'ui/report-options', profileKey: 'slug:jane-doe' })) as { ok: true; options: ReportOptions };
    expect(first.options.earlier).toEqual([]);
    await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['clipboard', 'download'], note: '', screenshot: null });
    const state = (await worker.handleUi({ type: 'ui/tab-state', tabId: tab.tabId })) as { ok: true; state: { review: unknown } };
    expect(state.state.review).toMatchObject({ outcome: 'reported', reportedTo: ['clipboard', 'download'], note: 'Called her: it is her.' });
    const second = (await worker.handleUi({ type: 'ui/report-options', profileKey: 'slug:jane-doe' })) as { ok: true; options: ReportOptions };
    expect(second.options.earlier).toHaveLength(1);
    expect(second.options.earlier[0]!.destinations).toEqual(['clipboard', 'download']);
  });

  it('Forget keeps the reports made of the profile unless asked to delete them too', async () => {
    const { worker, local, tab } = setup();
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['clipboard'], note: '', screenshot: null });
    expect(await worker.handleUi({ type: 'ui/forget', profileKey: 'slug:jane-doe' })).toEqual({ ok: true, forgotten: true });
    expect([...local.data.keys()].filter((k) => k.includes('jane'))).toEqual([]);
    expect(JSON.stringify(local.data.get('report:log'))).toContain('Jane Doe');
    await worker.handleUi({ type: 'ui/forget', profileKey: 'slug:jane-doe', reports: true });
    expect(JSON.stringify([...local.data.values()])).not.toContain('Jane Doe');
  });
});

describe('reports from the worker', () => {
  it('logs every report, queues the webhook, retries with backoff and records the delivery once', async () => {
    const requests: { key: string; body: string; auth: string | undefined }[] = [];
    const post: Post = async (_url, body, headers) => {
      requests.push({ key: headers['Idempotency-Key']!, body, auth: headers.Authorization });
      return requests.length < 3 ? { status: 500, text: 'down' } : { status: 200, text: 'ok' };
    };
    const { worker, wakes, advance, tab } = setup({ post });
    await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'https://hooks.example.com/telltale', webhookSecret: 'team-secret' } });
    const before = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    if (!before.ok || !('assessment' in before)) throw new Error('no answer');
    const answer = await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['webhook', 'clipboard', 'ic3', 'linkedin'], note: 'Applied for our backend role', screenshot: 'data:image/jpeg;base64,AAAA' });
    if (!answer.ok || !('report' in answer)) throw new Error(JSON.stringify(answer));
    const { report } = answer;
    expect(report.bundle).toMatchObject({ idempotencyKey: 'report-1', note: 'Applied for our backend role', extension: { version: '9.9.9' }, profile: { name: 'Jane Doe' } });
    expect(report.bundle.statement).toMatch(/may be compromised or misrepresented.*victim/);
    expect(report.bundle.screenshot?.dataUrl).toBe('data:image/jpeg;base64,AAAA');
    expect(report.ic3?.url).toBe('https://www.ic3.gov/');
    expect(report.linkedinUrl).toBe('https://www.linkedin.com/in/jane-doe/');
    expect(report.mailto).toBeNull();

    await new Promise((r) => setTimeout(r, 20)); // the first attempt runs right after the answer
    expect(requests).toHaveLength(1);
    let overview = await worker.handleUi({ type: 'ui/overview' });
    if (!overview.ok || !('overview' in overview)) throw new Error('no overview');
    expect(overview.overview.pending).toMatchObject([{ id: 'report-1', attempts: 1, lastError: 'the server answered 500: down' }]);
    expect(wakes[wakes.length - 1]).toBe(Date.parse(overview.overview.pending[0]!.nextAttemptAt));

    advance(30_000);
    await worker.onWake();
    advance(60_000);
    await worker.onWake();
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.key))).toEqual(new Set(['report-1']));
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    expect(requests[0]!.auth).toBe('Bearer team-secret');
    expect(JSON.parse(requests[0]!.body)).toMatchObject({ format: 'telltale-evidence', idempotencyKey: 'report-1', screenshot: { dataUrl: 'data:image/jpeg;base64,AAAA' } });

    overview = await worker.handleUi({ type: 'ui/overview' });
    if (!overview.ok || !('overview' in overview)) throw new Error('no overview');
    expect(overview.overview.pending).toEqual([]);
    expect(overview.overview.reports[0]).toMatchObject({ id: 'report-1', webhook: { state: 'delivered', attempts: 3 } });
    expect(wakes[wakes.length - 1]).toBeNull();

    // The next view of the profile knows it was reported, as the user's own status (the review),
    // never as a finding or in the score (issue 22, item 5).
    const again = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    if (!again.ok || !('assessment' in again)) throw new Error('no answer');
    expect(again.assessment.findings.map((f) => f.signal)).not.toContain('already-reported');
    expect(again.assessment.score).toBe(before.assessment.score);
    expect(again.assessment.findings.map((f) => f.id)).toEqual(before.assessment.findings.map((f) => f.id));
    expect(again.review).toMatchObject({ outcome: 'reported', reportedTo: expect.arrayContaining(['webhook']) });
  });

  it('builds a mailto only with a configured address, and refuses sending without consent', async () => {
    const { worker, tab } = setup({ sendingAllowed: async () => false });
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    const local = await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['email', 'download'], note: '', screenshot: null, from: 'report-page' });
    if (!local.ok || !('report' in local)) throw new Error('no report');
    expect(local.report.mailto).toBeNull();
    expect(local.report.bundle.screenshot).toBeNull();
    expect(local.report.bundle.screenshotNote).toMatch(/toolbar/);
    await worker.handleUi({ type: 'ui/settings-set', patch: { email: 'security@example.com' } });
    const refused = await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['email'], note: '', screenshot: null, from: 'report-page' });
    expect(refused).toMatchObject({ ok: false });
  });

  it('opens the compare page only for the profile this tab shows', async () => {
    const opened: number[] = [];
    const { worker, tab } = setup({ openComparePage: async (tabId) => void opened.push(tabId) });
    expect(await worker.handlePage({ type: 'page/open-compare', profileKey: 'slug:jane-doe' }, tab)).toMatchObject({ ok: false });
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    expect(await worker.handlePage({ type: 'page/open-compare', profileKey: 'slug:someone-else' }, tab)).toMatchObject({ ok: false, error: expect.stringMatching(/does not show that profile/) });
    expect(await worker.handlePage({ type: 'page/open-compare', profileKey: 'slug:jane-doe' }, { ...tab, tabId: 8 })).toMatchObject({ ok: false });
    expect(await worker.handlePage({ type: 'page/open-compare', profileKey: 'slug:jane-doe' }, { ...tab, tabId: null })).toMatchObject({ ok: false });
    expect(opened).toEqual([]);
    expect(await worker.handlePage({ type: 'page/open-compare', profileKey: 'slug:jane-doe' }, tab)).toEqual({ ok: true });
    expect(opened).toEqual([7]);
  });

  it.each(['page/load-structure', 'page/load-content'] as const)('%s runs its packaged script only in the sender\'s own tab, frame and document, and takes nothing from the message', async (type) => {
    const ran: ScriptTarget[] = [];
    const run = async (target: ScriptTarget) => void ran.push(target);
    const { worker, tab } = setup({ loadStructure: run, loadContent: run });
    expect(await worker.handlePage({ type }, { ...tab, tabId: null })).toMatchObject({ ok: false });
    expect(await worker.handlePage({ type, files: ['background.js'], tabId: 9, documentId: 'X' }, tab)).toEqual({ ok: true });
    expect(await worker.handlePage({ type }, { ...tab, documentId: 'D1' })).toEqual({ ok: true });
    expect(ran).toEqual([
      { tabId: 7, frameId: 0, documentId: null },
      { tabId: 7, frameId: 0, documentId: 'D1' },
    ]);
    expect(await setup().worker.handlePage({ type }, tab)).toMatchObject({ ok: false, error: expect.stringMatching(/cannot/) });
  });

  it('opens the report page only for the profile this tab shows; the page can no longer report by itself', async () => {
    const opened: number[] = [];
    const { worker, tab } = setup({ openReportPage: async (tabId) => void opened.push(tabId) });
    // Before any snapshot of this tab, and for a key that is not the tab's profile: refused.
    expect(await worker.handlePage({ type: 'page/open-report', profileKey: 'slug:jane-doe' }, tab)).toMatchObject({ ok: false });
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    expect(await worker.handlePage({ type: 'page/open-report', profileKey: 'slug:someone-else' }, tab)).toMatchObject({ ok: false, error: expect.stringMatching(/does not show that profile/) });
    expect(await worker.handlePage({ type: 'page/open-report', profileKey: 'slug:jane-doe' }, { ...tab, tabId: 8 })).toMatchObject({ ok: false });
    expect(await worker.handlePage({ type: 'page/open-report', profileKey: 'slug:jane-doe' }, { ...tab, tabId: null })).toMatchObject({ ok: false });
    expect(opened).toEqual([]);
    expect(await worker.handlePage({ type: 'page/open-report', profileKey: 'slug:jane-doe' }, tab)).toEqual({ ok: true });
    expect(opened).toEqual([7]);
    // Once the tab shows a page that is no profile, its old profile cannot be reported from it.
    await worker.handlePage({ type: 'page/not-a-profile', url: 'https://www.linkedin.com/feed/', kind: 'not-a-profile', reason: 'the feed' }, tab);
    expect(await worker.handlePage({ type: 'page/open-report', profileKey: 'slug:jane-doe' }, tab)).toMatchObject({ ok: false });
    expect(opened).toEqual([7]);
    // The in-page report paths are gone: the evidence bundle never goes back into the page.
    for (const type of ['page/report', 'page/report-options']) {
      expect(await worker.handlePage({ type, profileKey: 'slug:jane-doe', destinations: ['download'], note: '' }, tab)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid message/) });
    }
  });

  it('lays managed settings over the user\'s and keeps them locked', async () => {
    const { worker } = setup({ managed: async () => ({ webhookUrl: 'https://team.example.com/hook', retentionDays: 30, email: 'not an address' }) });
    const got = await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'https://mine.example.com/', retentionDays: 200, email: 'me@example.com' } });
    expect(got).toMatchObject({ ok: true, settings: { webhookUrl: 'https://team.example.com/hook', retentionDays: 30, email: 'me@example.com' }, locked: ['webhookUrl', 'retentionDays'] });
  });
});

describe('answering before remembering', () => {
  it('answers a snapshot without waiting for its writes, and a request after it still sees them', async () => {
    // Storage writes that take 50 ms: the pill must not wait for them.
    const slow = (area: ReturnType<typeof fakeArea>) => {
      const set = area.set.bind(area);
      area.set = async (items) => {
        await new Promise((r) => setTimeout(r, 50));
        await set(items);
      };
      return area;
    };
    const session = slow(fakeArea());
    const local = slow(fakeArea());
    const { worker, tab } = setup({ session, local });
    const answer = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    expect(answer.ok).toBe(true);
    expect(session.data.has('tab:7')).toBe(false); // answered before the write landed
    // The popup asking right away gets the profile, not "nothing here".
    const state = await worker.handleUi({ type: 'ui/tab-state', tabId: 7 });
    expect(state).toMatchObject({ ok: true, state: { status: 'profile', profileKey: 'slug:jane-doe' } });
    // And the memory was written before the next snapshot of the member was assessed.
    expect([...local.data.keys()].some((k) => k.includes('jane-doe'))).toBe(true);
  });
});

describe('settings from the user', () => {
  it('refuses an invalid value instead of silently resetting it', async () => {
    const { worker } = setup();
    expect(await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'http://hooks.example.com/' } })).toMatchObject({ ok: false, error: expect.stringMatching(/webhookUrl/) });
    expect(await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'https://hooks.example.com/', retentionDays: 30 } })).toMatchObject({ ok: true, settings: { webhookUrl: 'https://hooks.example.com/', retentionDays: 30 } });
  });

  it('forgetting a profile also clears what the popup shows for its tab', async () => {
    const { worker, session, tab } = setup();
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    await worker.settled(); // the tab's state is written just after the answer
    expect(session.data.has('tab:7')).toBe(true);
    await worker.handlePage({ type: 'page/forget', profileKey: 'slug:jane-doe' }, tab);
    expect(session.data.has('tab:7')).toBe(false);
  });

  it('does not remember a forgotten member again while the browser stays open, but still checks it', async () => {
    const { worker, local, tab } = setup();
    await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    await worker.handleUi({ type: 'ui/forget', profileKey: 'slug:jane-doe' });
    const again = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot() }, tab);
    expect(again).toMatchObject({ ok: true, assessment: { level: expect.any(String) } });
    expect([...local.data.keys()].filter((k) => k.startsWith('mem:profile:'))).toEqual([]);
  });
});
