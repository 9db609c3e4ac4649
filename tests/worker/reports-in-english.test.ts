// The reportsInEnglish setting: from a browser in another language, the webhook's report and the
// text for IC3 are in English (the profile checked again with the English words), while the
// report the user reads, the log and the files stay in the user's language.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages, type MessageTable } from '../../src/i18n.ts';
import type { Post } from '../../src/report/webhook-reply.ts';
import { createWorker } from '../../src/worker/handlers.ts';
import { fakeArea, position, snapshot, withContact } from './fakes.ts';

const table = (lang: string) => JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as MessageTable;
const EN = table('en');
const DE = table('de');

afterEach(() => setMessages(EN, 'en'));

async function reportFrom(lang: 'de' | 'en', reportsInEnglish: boolean, englishMessages: (lang: string) => Promise<MessageTable | null> = async (lang) => (lang === 'en' ? EN : null)) {
  setMessages(lang === 'de' ? DE : EN, lang);
  const bodies: string[] = [];
  const post: Post = async (_url, body) => {
    bodies.push(body);
    return { status: 200, text: 'ok' };
  };
  const worker = createWorker({
    session: fakeArea(),
    local: fakeArea(),
    now: () => new Date('2026-11-01T10:00:00Z'),
    randomId: () => 'report-1',
    post,
    scheduleWake: async () => undefined,
    packagedMessages: englishMessages,
  });
  await worker.handleUi({ type: 'ui/settings-set', patch: { webhookUrl: 'https://hooks.example.com/telltale', reportsInEnglish } });
  // A profile with findings in several signals: an old account with a new current role after a
  // long silence, and a phone written wrongly for its country.
  const profile = withContact(
    snapshot({ experience: [position('Engineer', 'Acme', '2008-01', '2012-06'), position('Senior Engineer', 'Globex', '2026-09', null)] }),
    ['+44 (0) 20 7946 0018'],
  );
  const tab = { tabId: 7, frameId: 0, url: 'https://www.linkedin.com/in/jane-doe/' };
  const seen = await worker.handlePage({ type: 'page/snapshot', snapshot: profile }, tab);
  if (!seen.ok || !('assessment' in seen)) throw new Error(JSON.stringify(seen));
  await worker.settled();
  const answer = await worker.handleUi({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['webhook', 'ic3', 'clipboard'], note: '', screenshot: null });
  if (!answer.ok || !('report' in answer)) throw new Error(JSON.stringify(answer));
  await worker.settled();
  for (let i = 0; i < 50 && bodies.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  return { seen: seen.assessment, report: answer.report, webhook: JSON.parse(bodies[0]!) as typeof answer.report.bundle };
}

describe('reports in English (the reportsInEnglish setting)', () => {
  it('sends the webhook and IC3 in English from a German browser, and keeps the user’s report German', async () => {
    const english = await reportFrom('en', false);
    const german = await reportFrom('de', true);
    expect(english.seen.findings.length).toBeGreaterThan(1);
    // The German screen and report: German titles, a German statement.
    expect(german.report.bundle.statement).toBe(DE.rep_statement!.message);
    expect(german.report.bundle.findings.map((f) => f.title)).not.toEqual(english.report.bundle.findings.map((f) => f.title));
    // The webhook's bundle: the same findings, word for word as an English browser sends them.
    expect(german.webhook.statement).toBe(EN.rep_statement!.message);
    expect(german.webhook.findings).toEqual(english.webhook.findings);
    expect(german.webhook.notChecked).toEqual(english.webhook.notChecked);
    expect(german.webhook.idempotencyKey).toBe(german.report.bundle.idempotencyKey);
    // The IC3 text is the English one; the text the user copies is German.
    expect(german.report.ic3?.text).toBe(english.report.ic3?.text);
    expect(german.report.text).not.toBe(english.report.text);
  });

  it('follows the browser when the setting is off, and when the English words cannot be read', async () => {
    const off = await reportFrom('de', false);
    expect(off.webhook.statement).toBe(DE.rep_statement!.message);
    expect(off.webhook.findings).toEqual(off.report.bundle.findings);
    const unreadable = await reportFrom('de', true, async () => null);
    expect(unreadable.webhook.statement).toBe(DE.rep_statement!.message);
    expect(unreadable.report.ic3?.text).toContain(DE.rep_statement!.message.slice(0, 30));
  });
});
