import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/model.ts';
import { buildBundle, bundleFileNames, bundleText, ic3Text, mailtoUrl, slackMessage } from '../../src/report/bundle.ts';
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
    expect(ic3Text(b)).toMatch(/^Suspected use of a compromised or misrepresented LinkedIn account/);
    expect(bundleFileNames(b)).toEqual({ json: 'telltale-report-Jane-Doe-2026-11-01.json', text: 'telltale-report-Jane-Doe-2026-11-01.txt' });
  });

  it('keeps a screenshot when the browser gave one, and says why when it did not', () => {
    expect(make({ screenshot: 'data:image/jpeg;base64,AA' }).screenshot).toEqual({ dataUrl: 'data:image/jpeg;base64,AA', capturedAt: '2026-11-01T10:00:00.000Z' });
    expect(bundleText(make())).toMatch(/Screenshot: not available for a report started in the page/);
  });
});
