// The toolbar popup's and options page's words and choices: which findings the popup lists and in
// what order, its empty states, its report and comparison lines, and the one date format.
import { describe, expect, it } from 'vitest';
import { testAnswerLine } from '../../extension/options/options-texts.ts';
import type { PendingDelivery } from '../../src/messages.ts';
import type { Category, Finding, Severity } from '../../src/model.ts';
import { shortDateTime } from '../../src/ui/dates.ts';
import { comparisonLine, EMPTY, hubLine, pendingLine, pendingTarget, popupFindings, reportMadeLine, webhookLine } from '../../src/ui/popup-texts.ts';
import { shortDate } from '../../src/ui/texts.ts';
import { isFromMemory } from '../../src/worker/page-assessment.ts';

const finding = (id: string, severity: Severity, category: Category = 'timeline'): Finding => ({ id, signal: id, category, severity, title: id, evidence: '', howToVerify: '', refs: [] });

describe('popup findings', () => {
  it('lists the strongest first: alert, warning, note, whatever order the catalogue gave', () => {
    const findings = [finding('w1', 'warn'), finding('n1', 'info'), finding('w2', 'warn', 'identity'), finding('a1', 'alert')];
    expect(popupFindings(findings, isFromMemory).shown.map((f) => f.id)).toEqual(['a1', 'w2', 'w1']);
  });

  it('always lists findings from memory, in their place by severity, and counts the rest as more', () => {
    const many = Array.from({ length: 8 }, (_, i) => finding(`w${i}`, 'warn'));
    const shared = finding('shared-across-profiles:phone', 'alert', 'history');
    const earlier = finding('changed-since-last-seen', 'info', 'history');
    const { shown, more } = popupFindings([earlier, ...many, finding('n', 'info'), shared], isFromMemory);
    // The alert from memory first; six of the warnings; the note from memory though notes are not listed.
    expect(shown.map((f) => f.id)).toEqual(['shared-across-profiles:phone', 'w0', 'w1', 'w2', 'w3', 'w4', 'changed-since-last-seen']);
    expect(more).toBe(4);
  });

  it('with notes only, lists the first three of them', () => {
    const notes = ['a', 'b', 'c', 'd'].map((id) => finding(id, 'info'));
    expect(popupFindings(notes, isFromMemory)).toEqual({ shown: notes.slice(0, 3), more: 1 });
    expect(popupFindings([], isFromMemory)).toEqual({ shown: [], more: 0 });
  });
});

describe('popup lines', () => {
  it('says the kept comparison with the application, with its date and disagreements', () => {
    const at = '2026-11-22T10:00:00.000Z';
    expect(comparisonLine({ comparedAt: at, findings: [{}, {}] }, 'en-GB')).toBe('Compared with the application on 22 Nov 2026: 2 disagreements');
    expect(comparisonLine({ comparedAt: at, findings: [{}] }, 'en-GB')).toBe('Compared with the application on 22 Nov 2026: 1 disagreement');
    expect(comparisonLine({ comparedAt: at, findings: [] }, 'en-GB')).toMatch(/: no disagreements in what could be compared$/);
  });

  it('without a webhook, does not say every webhook report was accepted, and says so', () => {
    expect(EMPTY.noWebhook).not.toMatch(/accepted/);
    expect(EMPTY.noWebhook).toMatch(/No team webhook is set up/);
  });

  it('says a report, its destinations and its webhook delivery in plain words and one date format', () => {
    const r = { id: 'r1', profileKey: 'member:1', profileUrl: null, name: 'Jordan Ellis', createdAt: '2026-12-02T07:31:44.000Z', destinations: ['webhook' as const], note: null, webhook: { state: 'delivered' as const, attempts: 2, deliveredAt: '2026-12-02T08:00:00.000Z', status: 201 } };
    const line = reportMadeLine(r, 'en-GB');
    expect(line).toMatch(/^Jordan Ellis, 2 Dec 2026, \d\d:\d\d: sent to your report log and the team webhook\. Delivered to the team webhook on 2 Dec 2026, \d\d:\d\d\.$/);
    expect(line).not.toMatch(/2026-12-02|12\/2\/2026|POST/);
    expect(webhookLine({ state: 'failed', attempts: 9, lastError: 'the server answered 500' })).toBe('Not delivered to the team webhook: the server answered 500');
    expect(reportMadeLine({ ...r, destinations: [], webhook: null }, 'en-GB')).toMatch(/: sent to your report log\.$/);
  });

  it('says a queued delivery with its attempts, last failure and next try', () => {
    const p: PendingDelivery = { id: 'r1', target: 'webhook', team: null, movable: false, profileName: null, createdAt: '2026-12-02T07:31:44.000Z', attempts: 1, nextAttemptAt: '2026-12-02T07:40:00.000Z', lastError: 'the server answered 503: busy', held: false };
    expect(pendingLine(p, 'en-GB')).toMatch(/^A profile, made 2 Dec 2026, \d\d:\d\d: 1 attempt · failed: the server answered 503: busy · next try 2 Dec 2026, \d\d:\d\d$/);
    expect(pendingLine({ ...p, held: true, attempts: 2, lastError: 'held: the webhook changed' }, 'en-GB')).toMatch(/: 2 attempts · held: the webhook changed$/);
    // Where each goes, for a report queued for the webhook and the team's hub at once.
    expect(pendingTarget(p)).toBe('Team webhook');
    expect(pendingTarget({ target: 'hub', team: 'Invented Recruiting' })).toBe("Your team's hub (Invented Recruiting)");
  });

  it('says the webhook\'s and the team hub\'s deliveries of one report, each its own', () => {
    const r = {
      id: 'r1',
      profileKey: 'member:1',
      profileUrl: null,
      name: 'Jordan Ellis',
      createdAt: '2026-12-02T07:31:44.000Z',
      destinations: ['webhook' as const, 'team' as const],
      note: null,
      webhook: { state: 'delivered' as const, attempts: 2, deliveredAt: '2026-12-02T08:00:00.000Z', status: 201 },
      hub: { state: 'pending' as const, attempts: 1, lastError: 'the team hub answered 503: The hub cannot reach its database', nextAttemptAt: '2026-12-02T08:01:00.000Z' },
    };
    expect(reportMadeLine(r, 'en-GB')).toMatch(
      /^Jordan Ellis, 2 Dec 2026, \d\d:\d\d: sent to your report log, the team webhook and your team's hub\. Delivered to the team webhook on 2 Dec 2026, \d\d:\d\d\. Waiting to be delivered to your team's hub \(last try: the team hub answered 503: The hub cannot reach its database\)\.$/,
    );
    expect(hubLine({ state: 'failed', attempts: 1, lastError: 'the team hub refused this report for good (HTTP 400: bad)' })).toBe("Not delivered to your team's hub: the team hub refused this report for good (HTTP 400: bad)");
    // An entry logged before the hub was a destination has no hub field.
    expect(reportMadeLine({ ...r, destinations: ['webhook'], hub: undefined }, 'en-GB')).toMatch(/the team webhook\. Delivered to the team webhook on [^.]*\.$/);
  });
});

describe('one date format', () => {
  it('shortDateTime has the date of shortDate, in the locale given, and a time', () => {
    const iso = '2026-11-23T19:05:00.000Z';
    expect(shortDateTime(iso, 'en-GB', 'UTC')).toBe('23 Nov 2026, 19:05');
    expect(shortDateTime(iso, 'en-GB', 'UTC').startsWith(shortDate(iso, 'en-GB'))).toBe(true);
    expect(shortDateTime(iso, 'de-DE', 'UTC')).toMatch(/^23\. Nov\.? 2026, 19:05$/);
    expect(shortDateTime('not a date')).toBe('not a date');
  });
});

describe('options: Send test', () => {
  it('says the server answered, or why the test failed', () => {
    expect(testAnswerLine({ status: 201, error: null })).toEqual({ text: 'Test sent: the server answered 201, so reports will reach it.', error: false });
    expect(testAnswerLine({ status: null, error: 'could not reach the server' })).toEqual({ text: 'Test failed: could not reach the server', error: true });
  });
});
