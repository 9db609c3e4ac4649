// A kept comparison as a report carries it (src/report/kept-application.ts): the application's
// phones and e-mails masked unless the user ticked "in clear", read from what was kept beside the
// comparison, or, for a comparison kept before that, from the application as kept.
import { describe, expect, it } from 'vitest';
import type { StoredComparison } from '../../src/memory/store.ts';
import { comparisonForReport, holdsClearContacts, keptContacts } from '../../src/report/kept-application.ts';

const PHONE = '+44 7700 900123';
const EMAIL = 'j.doe.applies@example.org';

const kept = (over: Partial<StoredComparison>): StoredComparison => ({
  comparedAt: '2026-11-01T10:00:00.000Z',
  source: 'text',
  fileName: null,
  findings: [{ id: 'x:0', signal: 'application-phone-vs-profile-phone', severity: 'warn', title: 'Phone', evidence: `Application: "${PHONE}", ${EMAIL}` }],
  notChecked: [],
  text: `Jane Doe\nMobile: ${PHONE}\n<${EMAIL}>`,
  contactsMasked: false,
  ...over,
});

describe('the kept application in a report', () => {
  it('reads the contact values kept beside the comparison, else from the JSON of a read file, else from pasted text', () => {
    expect(keptContacts(kept({ contacts: { phones: ['+1 555'], emails: ['a@b.co'] } }))).toEqual({ phones: ['+1 555'], emails: ['a@b.co'] });
    expect(keptContacts(kept({ text: JSON.stringify({ schemaVersion: 1, emails: [EMAIL], phones: [{ raw: PHONE, label: 'Mobile' }] }) }))).toEqual({ emails: [EMAIL], phones: [PHONE] });
    // Pasted, kept before the values were kept beside it: nothing kept; the report reads the text (below).
    expect(keptContacts(kept({}))).toEqual({ emails: [], phones: [] });
  });

  it('masks what the text holds besides what was kept: more than ten, hidden characters, no-break spaces, numbers side by side', () => {
    const many = Array.from({ length: 12 }, (_, i) => `person${i}@example.org`);
    const text = [
      `Doe|${EMAIL}|+1 415 867 5309`,
      'Mobile:\u00a0+49\u00a0151\u200b2345\u200b6789 / 0171 2345678',
      `E-Mail:${many.join(', ')}`,
    ].join('\n');
    const report = comparisonForReport(kept({ text, contacts: { phones: [PHONE], emails: [EMAIL] } }), false)!;
    expect(report.text).not.toMatch(/applies@|person\d+@|867 5309|2345\s?6789|2345678/);
    expect(report.text).toContain('j•••@example.org');
    expect(report.text).toContain('p•••@example.org');
    // Kept before the values were kept beside it: the text alone still masks the findings.
    const old = comparisonForReport(kept({}), false)!;
    expect(JSON.stringify(old)).not.toMatch(/7700|applies@/);
  });

  it('masks unless in clear, never carries the kept contact list, and leaves a masked or text-less comparison as it is', () => {
    const clear = kept({ contacts: { phones: [PHONE], emails: [EMAIL] } });
    expect(holdsClearContacts(clear)).toBe(true);
    const masked = comparisonForReport(clear, false)!;
    expect(JSON.stringify(masked)).not.toMatch(/7700|applies@/);
    expect(masked.contactsMasked).toBe(true);
    expect(masked).not.toHaveProperty('contacts');
    const asked = comparisonForReport(clear, true)!;
    expect(asked.findings[0]!.evidence).toContain(PHONE);
    expect(asked).not.toHaveProperty('contacts');
    const already = kept({ text: null, contactsMasked: true, findings: [] });
    expect(holdsClearContacts(already)).toBe(false);
    expect(comparisonForReport(already, true)).toEqual(already);
    expect(comparisonForReport(null, false)).toBeNull();
  });

  it('reads a long pasted text in time in proportion to it', () => {
    const long = kept({ text: `${'a@'.repeat(50_000)} ${'x'.repeat(100_000)}@${'y.'.repeat(50_000)}com ${'1 '.repeat(50_000)}` });
    const t = performance.now();
    keptContacts(long);
    // (No timed assertion: the figure is printed; a quadratic pattern would take minutes here.)
    console.log(`[kept-application] 300k characters read in ${(performance.now() - t).toFixed(0)} ms`);
  });
});
