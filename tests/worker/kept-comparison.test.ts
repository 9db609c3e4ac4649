// The comparison with the candidate's application that the compare page keeps with a profile, over
// the worker's handlers with in-memory storage: it is shown back, replaced, deleted on its own, and
// gone with Forget and Delete all; the application's phones and emails, kept only as index hashes,
// match another profile while the comparison is kept and never after it is gone.
import { describe, expect, it } from 'vitest';
import type { UiRequest } from '../../src/messages.ts';
import { createWorker } from '../../src/worker/handlers.ts';
import { fakeArea, snapshot, withContact } from './fakes.ts';

const APP_PHONE = '+44 7700 900123';
const APP_EMAIL = 'j.doe.applies@example.org';
const PROFILE_PHONE = '+44 20 7946 0018';

function setup() {
  const t = Date.parse('2026-11-01T10:00:00Z');
  const session = fakeArea();
  const local = fakeArea();
  const worker = createWorker({ session, local, now: () => new Date(t), extensionVersion: '9.9.9', randomId: () => 'report-1', scheduleWake: async () => undefined });
  const tab = { tabId: 7, frameId: 0, url: 'https://www.linkedin.com/in/jane-doe/' };
  return { worker, session, local, tab };
}

type Comparison = Extract<UiRequest, { type: 'ui/keep-comparison' }>['comparison'];

const comparison = (fileName: string, title: string): Comparison => ({
  source: 'pdf',
  fileName,
  findings: [{ id: 'application-name-vs-profile:0', signal: 'application-name-vs-profile', severity: 'warn', title, evidence: 'Application: "John Roe" · Profile: "Jane Doe"' }],
  notChecked: ['application-education'],
  text: null,
});

/** What the shared-detail check says of another profile showing these details (its findings' evidence). */
async function sharedSeenBy(worker: ReturnType<typeof setup>['worker'], session: ReturnType<typeof setup>['session'], slug: string, phones: string[], emails: string[]) {
  const other = { tabId: 9, frameId: 0, url: `https://www.linkedin.com/in/${slug}/` };
  const answer = await worker.handlePage(
    { type: 'page/snapshot', snapshot: withContact(snapshot({ slug, name: 'Sam Other', profileUrl: `https://www.linkedin.com/in/${slug}/` }), phones, emails) },
    other,
  );
  if (!answer.ok || !('assessment' in answer)) throw new Error(JSON.stringify(answer));
  await worker.settled();
  const state = (await session.get(['tab:9']))['tab:9'] as { assessment: { findings: { signal: string; title: string; evidence: string }[] } };
  return state.assessment.findings.filter((f) => f.signal === 'shared-across-profiles').map((f) => `${f.title}: ${f.evidence}`);
}

async function remembered(worker: ReturnType<typeof setup>['worker'], tab: ReturnType<typeof setup>['tab']) {
  // Jane's profile shows a phone of its own; the application gives another phone and an email.
  const answer = await worker.handlePage({ type: 'page/snapshot', snapshot: withContact(snapshot(), [PROFILE_PHONE]) }, tab);
  if (!answer.ok || !('profileKey' in answer)) throw new Error(JSON.stringify(answer));
  await worker.settled();
  return answer.profileKey;
}

const keep = (profileKey: string, c: Comparison, phones: string[], emails: string[]): UiRequest => ({ type: 'ui/keep-comparison', profileKey, comparison: c, phones, emails });

const indexOf = async (local: ReturnType<typeof setup>['local']) => ((await local.get(['mem:index']))['mem:index'] ?? {}) as Record<string, string[]>;

describe('the kept comparison with the application', () => {
  it('is shown back with its date, and its phones and emails match another profile while kept', async () => {
    const { worker, session, local, tab } = setup();
    const key = await remembered(worker, tab);
    expect(await worker.handleUi({ type: 'ui/kept-comparison', profileKey: key })).toEqual({ ok: true, comparison: null });
    expect(await worker.handleUi(keep(key, comparison('cv.pdf', 'Names share nothing'), [APP_PHONE, PROFILE_PHONE], [APP_EMAIL]))).toEqual({ ok: true, kept: true });

    const kept = await worker.handleUi({ type: 'ui/kept-comparison', profileKey: key });
    expect(kept).toMatchObject({ ok: true, comparison: { comparedAt: '2026-11-01T10:00:00.000Z', fileName: 'cv.pdf', source: 'pdf', text: null } });
    if (!kept.ok || !('comparison' in kept)) throw new Error(JSON.stringify(kept));
    expect(kept.comparison?.findings.map((f) => f.title)).toEqual(['Names share nothing']);
    // Nothing of the application is stored as written.
    expect(JSON.stringify(await local.getAll())).not.toMatch(/7700|applies@/);

    expect(await sharedSeenBy(worker, session, 'sam-other', [APP_PHONE], [APP_EMAIL])).toEqual([
      expect.stringMatching(/^Same phone as another profile: .*Jane Doe/),
      expect.stringMatching(/^Same email as another profile: .*Jane Doe/),
    ]);
  });

  it('delete removes the comparison and the hashes only the application added; the profile and its own phone stay', async () => {
    const { worker, session, local, tab } = setup();
    const key = await remembered(worker, tab);
    const before = await indexOf(local);
    await worker.handleUi(keep(key, comparison('cv.pdf', 'Names share nothing'), [APP_PHONE, PROFILE_PHONE], [APP_EMAIL]));
    expect(Object.keys(await indexOf(local))).toHaveLength(Object.keys(before).length + 2);

    expect(await worker.handleUi({ type: 'ui/delete-comparison', profileKey: key })).toEqual({ ok: true, deleted: true });
    expect(await worker.handleUi({ type: 'ui/kept-comparison', profileKey: key })).toEqual({ ok: true, comparison: null });
    expect(await worker.handleUi({ type: 'ui/delete-comparison', profileKey: key })).toEqual({ ok: true, deleted: false });
    expect(await indexOf(local)).toEqual(before);
    const record = (await local.get([`mem:profile:${key}`]))[`mem:profile:${key}`] as Record<string, unknown>;
    expect(record).not.toHaveProperty('application');
    expect(record).not.toHaveProperty('applicationDetails');

    // The application's details no longer match; the profile's own phone (also on the application) still does.
    expect(await sharedSeenBy(worker, session, 'sam-other', [APP_PHONE], [APP_EMAIL])).toEqual([]);
    expect(await sharedSeenBy(worker, session, 'pat-third', [PROFILE_PHONE], [])).toEqual([expect.stringMatching(/^Same phone as another profile: .*Jane Doe/)]);
  });

  it('a new comparison replaces the kept one, and the old application\'s email leaves the index', async () => {
    const { worker, session, tab } = setup();
    const key = await remembered(worker, tab);
    await worker.handleUi(keep(key, comparison('first.pdf', 'First'), [], [APP_EMAIL]));
    await worker.handleUi(keep(key, comparison('second.docx', 'Second'), [APP_PHONE], []));
    const kept = await worker.handleUi({ type: 'ui/kept-comparison', profileKey: key });
    expect(kept).toMatchObject({ ok: true, comparison: { fileName: 'second.docx', findings: [{ title: 'Second' }] } });
    expect(await sharedSeenBy(worker, session, 'sam-other', [], [APP_EMAIL])).toEqual([]);
    expect(await sharedSeenBy(worker, session, 'pat-third', [APP_PHONE], [])).toHaveLength(1);
  });

  it('Forget (one profile) removes the kept comparison and its hashes; another profile\'s stays', async () => {
    const { worker, session, local, tab } = setup();
    const key = await remembered(worker, tab);
    await worker.handleUi(keep(key, comparison('cv.pdf', 'Names share nothing'), [APP_PHONE], [APP_EMAIL]));
    // A second remembered profile with a comparison of its own.
    const other = await worker.handlePage({ type: 'page/snapshot', snapshot: snapshot({ slug: 'kim-keep', name: 'Kim Keep', profileUrl: 'https://www.linkedin.com/in/kim-keep/' }) }, { ...tab, tabId: 8, url: 'https://www.linkedin.com/in/kim-keep/' });
    if (!other.ok || !('profileKey' in other)) throw new Error(JSON.stringify(other));
    await worker.settled();
    await worker.handleUi(keep(other.profileKey, comparison('kim.pdf', 'Kim finding'), [], ['kim.keep@example.net']));

    expect(await worker.handleUi({ type: 'ui/forget', profileKey: key })).toEqual({ ok: true, forgotten: true });
    expect(await worker.handleUi({ type: 'ui/kept-comparison', profileKey: key })).toEqual({ ok: true, comparison: null });
    expect(await local.get([`mem:profile:${key}`])).toEqual({});
    expect(Object.values(await indexOf(local)).flat()).not.toContain(key);
    expect(await worker.handleUi({ type: 'ui/kept-comparison', profileKey: other.profileKey })).toMatchObject({ ok: true, comparison: { fileName: 'kim.pdf' } });
    expect(await sharedSeenBy(worker, session, 'sam-other', [APP_PHONE], [APP_EMAIL])).toEqual([]);
    expect(await sharedSeenBy(worker, session, 'pat-third', [], ['kim.keep@example.net'])).toEqual([expect.stringMatching(/Kim Keep/)]);
  });

  it('Delete all removes every kept comparison and the index', async () => {
    const { worker, session, local, tab } = setup();
    const key = await remembered(worker, tab);
    await worker.handleUi(keep(key, { ...comparison('cv.pdf', 'Names share nothing'), text: 'the application as pasted' }, [APP_PHONE], [APP_EMAIL]));
    expect(JSON.stringify(await local.getAll())).toContain('the application as pasted');
    const removed = await worker.handleUi({ type: 'ui/delete-all' });
    expect(removed).toMatchObject({ ok: true });
    expect(await worker.handleUi({ type: 'ui/kept-comparison', profileKey: key })).toEqual({ ok: true, comparison: null });
    expect(Object.keys(await local.getAll()).filter((k) => k.startsWith('mem:'))).toEqual([]);
    expect(await sharedSeenBy(worker, session, 'sam-other', [APP_PHONE], [APP_EMAIL])).toEqual([]);
  });

  it('a report carries the kept application\'s phones and e-mails masked, and in clear only when the form\'s box is ticked', async () => {
    const { worker, tab } = setup();
    const key = await remembered(worker, tab);
    const quoted = { id: 'application-phone-vs-profile-phone:0', signal: 'application-phone-vs-profile-phone', severity: 'warn' as const, title: `Phone ${APP_PHONE} is not the profile's`, evidence: `Application: "${APP_PHONE}", ${APP_EMAIL} · Profile: "${PROFILE_PHONE}"` };
    const reportOf = async (clearContacts?: boolean) => {
      const answer = await worker.handleUi({ type: 'ui/report', profileKey: key, destinations: ['clipboard'], note: '', screenshot: null, ...(clearContacts === undefined ? {} : { clearContacts }) });
      if (!answer.ok || !('report' in answer)) throw new Error(JSON.stringify(answer));
      return JSON.stringify(answer.report.bundle.application) + answer.report.text;
    };
    const optionsOf = async () => {
      const answer = await worker.handleUi({ type: 'ui/report-options', profileKey: key });
      if (!answer.ok || !('options' in answer)) throw new Error(JSON.stringify(answer));
      return answer.options.applicationInClear;
    };
    expect(await optionsOf()).toBe(false);

    // Kept with the application, pasted: the form offers the choice; unticked, the report masks.
    await worker.handleUi(keep(key, { ...comparison('cv.txt', 'x'), findings: [quoted], text: `Jane Doe\nMobile: ${APP_PHONE}\n${APP_EMAIL}` }, [APP_PHONE], [APP_EMAIL]));
    expect(await optionsOf()).toBe(true);
    for (const clear of [undefined, false]) {
      const masked = await reportOf(clear);
      expect(masked).not.toMatch(/7700|applies@/);
      expect(masked).toContain('+44 ••• •••0123');
      expect(masked).toContain('j•••@example.org');
      // The profile's own phone is not the application's: it stays as the profile shows it.
      expect(masked).toContain(PROFILE_PHONE);
    }
    const clear = await reportOf(true);
    expect(clear).toContain(APP_PHONE);
    expect(clear).toContain(APP_EMAIL);

    // Kept from a file, the application as read (its JSON): the same.
    await worker.handleUi(keep(key, { ...comparison('cv.pdf', 'x'), findings: [quoted], text: JSON.stringify({ schemaVersion: 1, emails: [APP_EMAIL], phones: [{ raw: APP_PHONE, label: null }] }) }, [APP_PHONE], [APP_EMAIL]));
    expect(await reportOf()).not.toMatch(/7700|applies@/);
    expect(await reportOf(true)).toContain(APP_PHONE);

    // Kept without the application: masked in storage already; a tick could not bring them back, so none is offered.
    await worker.handleUi(keep(key, { ...comparison('cv.pdf', 'x'), findings: [quoted] }, [APP_PHONE], [APP_EMAIL]));
    expect(await optionsOf()).toBe(false);
    expect(await reportOf(true)).not.toMatch(/7700|applies@/);
  });

  it('refuses to keep a comparison for a profile it does not remember, and answers a malformed request with an error', async () => {
    const { worker } = setup();
    expect(await worker.handleUi(keep('slug:nobody', comparison('cv.pdf', 'x'), [APP_PHONE], []))).toEqual({ ok: true, kept: false });
    expect(await worker.handleUi({ type: 'ui/delete-comparison', profileKey: 'slug:nobody' })).toEqual({ ok: true, deleted: false });
    expect(await worker.handleUi({ type: 'ui/kept-comparison' } as unknown as UiRequest)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid message/) });
  });
});
