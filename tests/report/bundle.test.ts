import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/model.ts';
import { buildBundle, bundleFileNames, bundleText, evidenceLevelWords, ic3Text, mailtoUrl, slackMessage } from '../../src/report/bundle.ts';
import { snapshot, withContact } from '../worker/fakes.ts';

const assessment: Assessment = {
  score: 7,
  level: 'high',
  findings: [
    { id: 'a', signal: 'a', category: 'identity', severity: 'alert', title: 'URL slug names someone else', evidence: 'The slug <martin> names Martin & co.', howToVerify: 'Ask.', refs: ['name'] },
  ],
  notChecked: [{ signal: 'b', category: 'contact', reason: 'the contact overlay was not opened', howToSee: 'open it' }],
  checksRun: 10,
  checksTotal: 12,
};

const make = (over: Partial<Parameters<typeof buildBundle>[0]> = {}) =>
  buildBundle({
    idempotencyKey: 'k-1',
    createdAt: new Date('2026-11-01T10:00:00Z'),
    extensionVersion: '1.2.3',
    profileKey: 'slug:jane-doe',
    snapshot: withContact(snapshot(), ['+44 20 7946 0018']),
    assessment,
    earlier: [{ seenAt: '2026-10-01T09:00:00.000Z', snapshot: snapshot({ name: 'Janet Doe' }) }],
    note: '  Applied last week  ',
    destinations: ['clipboard'],
    screenshot: null,
    screenshotNote: 'not available for a report started in the page',
    ...over,
  });

describe('evidence bundle', () => {
  it('carries everything a report needs, in cautious words', () => {
    const b = make();
    expect(b).toMatchObject({
      format: 'telltale-evidence',
      idempotencyKey: 'k-1',
      createdAt: '2026-11-01T10:00:00.000Z',
      extension: { version: '1.2.3' },
      profile: { url: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' },
      note: 'Applied last week',
      screenshot: null,
    });
    expect(b.findings[0]).toEqual({ id: 'a', category: 'identity', severity: 'alert', title: 'URL slug names someone else', evidence: 'The slug <martin> names Martin & co.', howToVerify: 'Ask.' });
    const text = bundleText(b);
    expect(text).toMatch(/possibly compromised or misrepresented/);
    expect(text).toMatch(/owner is often a victim/);
    expect(text).toMatch(/Evidence: The slug <martin> names Martin & co\./);
    expect(text).toMatch(/Seen 2026-10-01: name was "Janet Doe"/);
    expect(text).toMatch(/Phone: \+44 20 7946 0018/);
    expect(text).toMatch(/Reporter's note: Applied last week/);
    expect(text).not.toMatch(/fraudster|criminal|scammer/i);
  });

  it('makes a short mailto, a Slack-safe message, IC3 text and file names', () => {
    const b = make();
    const mailto = mailtoUrl('security@example.com', b, 200);
    expect(mailto.startsWith('mailto:security@example.com?subject=')).toBe(true);
    expect(decodeURIComponent(mailto)).toMatch(/Shortened: the full evidence/);
    expect(mailto.length).toBeLessThan(1_200);
    const slack = slackMessage(b);
    expect(slack.text).toContain('&lt;martin&gt; names Martin &amp; co.');
    expect(slack.text).toContain('Report id k-1');
    expect(ic3Text(b)).toMatch(/^Signs that a LinkedIn account presented in a job application may be compromised or misrepresented/);
    expect(bundleFileNames(b)).toEqual({ json: 'telltale-report-Jane-Doe-2026-11-01.json', text: 'telltale-report-Jane-Doe-2026-11-01.txt' });
  });

  it('keeps a screenshot when the browser gave one, and says why when it did not', () => {
    expect(make({ screenshot: 'data:image/jpeg;base64,AA' }).screenshot).toEqual({ dataUrl: 'data:image/jpeg;base64,AA', capturedAt: '2026-11-01T10:00:00.000Z' });
    expect(bundleText(make())).toMatch(/Screenshot: not available for a report started in the page/);
  });

  it('leads the Slack message with the level in words about the evidence, then the strongest findings with how to verify each', () => {
    const f = (id: string, severity: 'info' | 'warn' | 'alert') => ({ id, signal: id, category: 'timeline' as const, severity, title: `T-${id}`, evidence: `E-${id}`, howToVerify: `V-${id}`, refs: [] });
    const mixed: Assessment = { ...assessment, score: 72, level: 'high', checksRun: 18, checksTotal: 25, findings: [f('n1', 'info'), f('w1', 'warn'), f('a1', 'alert'), f('w2', 'warn'), f('a2', 'alert')] };
    const slack = slackMessage(make({ assessment: mixed })).text;
    const lines = slack.split('\n');
    expect(lines[0]).toBe('*Strong signs to review* (weight of evidence 72 of 100; 18 of 25 checks ran) on <https://www.linkedin.com/in/jane-doe/|Jane Doe>');
    expect(slack).not.toMatch(/high risk|fraud|scam|criminal/i);
    const order = [...slack.matchAll(/\*(Alert|Warning|Note): T-(\w+)\*/g)].map((m) => m[2]);
    expect(order).toEqual(['a1', 'a2', 'w1', 'w2', 'n1']);
    for (const id of order) expect(slack).toMatch(new RegExp(`\\*[A-Za-z]+: T-${id}\\*: E-${id}\\n   _How to verify:_ V-${id}`));
    expect(slack.indexOf("*Reporter's note:*\n> Applied last week")).toBeGreaterThan(slack.indexOf('T-n1'));
    // Past six findings the rest are counted, not dropped silently.
    const many: Assessment = { ...mixed, findings: [...mixed.findings, f('w3', 'warn'), f('w4', 'warn'), f('n2', 'info')] };
    expect(slackMessage(make({ assessment: many })).text).toMatch(/…and 2 more in the report's evidence file/);
    // The text file lists the strongest first too.
    const text = bundleText(make({ assessment: mixed }));
    expect(text.indexOf('T-a2')).toBeLessThan(text.indexOf('T-w1'));
    expect(text).toMatch(/Assessment: Strong signs to review \(weight of evidence 72 of 100; 18 of 25 checks ran\)/);
  });

  it('says each level in words about the evidence, and a thin check as partly checked', () => {
    const at = (level: Assessment['level'], findings: { severity: 'info' | 'warn' | 'alert' }[], checksRun = 20) =>
      evidenceLevelWords({ assessment: { level, score: 0, checksRun, checksTotal: 25 }, findings: findings as never });
    expect(at('high', [{ severity: 'alert' }])).toBe('Strong signs to review');
    expect(at('medium', [{ severity: 'warn' }])).toBe('Some signs to review');
    expect(at('low', [{ severity: 'warn' }])).toBe('Weak signs to review');
    expect(at('low', [{ severity: 'info' }])).toBe('No signs in what was checked');
    expect(at('low', [], 6)).toBe('Partly checked, no signs in what was checked');
  });

  it('describes the signs to IC3 and leaves any attribution to the reporter\'s own note', () => {
    const plain = ic3Text(make({ note: null }));
    expect(plain).not.toMatch(/DPRK|North Korea|Korea|IT worker|scheme|state-sponsored|fraudster|criminal/i);
    expect(plain).toMatch(/not proof of who is behind the account; its real owner may be a victim/);
    expect(plain).toMatch(/\[alert\] URL slug names someone else/);
    expect(plain).not.toMatch(/Reporter's note/);
    // What the reporter writes is theirs and goes as written.
    expect(ic3Text(make({ note: 'I think this matches the IT worker scheme advisory' }))).toMatch(/Reporter's note: I think this matches the IT worker scheme advisory/);
  });
});

describe('a report of a profile compared with the application', () => {
  const application = {
    comparedAt: '2026-10-20T08:00:00.000Z',
    source: 'pdf',
    fileName: 'cv.pdf',
    findings: [
      { id: 'x', signal: 'application-phone-vs-profile-phone', severity: 'warn' as const, title: 'Different phones', evidence: 'Application: "+44 7700 900123" · Profile: "+44 20 7946 0018".' },
      { id: 'y', signal: 'application-linkedin-url-vs-profile', severity: 'alert' as const, title: 'Another LinkedIn profile on the application', evidence: 'Application: /in/sam-other/ · On screen: /in/jane-doe/.' },
    ],
    notChecked: [],
    text: null,
  };

  it('carries the kept comparison, both values of each finding, in the JSON, text, Slack and IC3 forms', () => {
    const b = make({ application });
    expect(b.application?.findings).toHaveLength(2);
    const plain = bundleText(b);
    expect(plain).toMatch(/Compared with the candidate's application \(cv\.pdf\) on 2026-10-20: 2 disagreements/);
    // Strongest first, with both values.
    expect(plain.indexOf('Another LinkedIn profile')).toBeLessThan(plain.indexOf('Different phones'));
    expect(plain).toMatch(/Application: "\+44 7700 900123" · Profile: "\+44 20 7946 0018"/);
    expect(ic3Text(b)).toMatch(/Compared with the candidate's application/);
    expect(slackMessage(b).text).toMatch(/Compared with the application\* \(2026-10-20\): 2 disagreement/);
    expect(slackMessage(b).text).toMatch(/Another LinkedIn profile on the application/);
  });

  it("never carries the application's text unless it was kept, and nothing without a comparison", () => {
    expect(JSON.stringify(make({ application }))).not.toMatch(/Jane Applicant/);
    const kept = make({ application: { ...application, text: 'Jane Applicant, Engineer' } });
    expect(kept.application?.text).toBe('Jane Applicant, Engineer');
    expect(bundleText(kept)).not.toMatch(/Jane Applicant/);
    const none = make();
    expect(none.application).toBeNull();
    expect(bundleText(none)).not.toMatch(/application/i);
  });
});
