// What is kept of a comparison with the candidate's application: its findings on the profile's
// record, the application's phones and emails only as shared-detail hashes (so another profile that
// shows them is matched), the application itself only when asked; Forget and delete-all remove it.
import { describe, expect, it } from 'vitest';
import { deleteAll, exportAll, importAll } from '../../src/data/export.ts';
import { maskContacts, maskEmail, maskPhone } from '../../src/memory/mask.ts';
import { createMemory, DEFAULT_LIMITS, type MemoryLimits } from '../../src/memory/store.ts';
import { fakeArea, snapshot, withContact } from '../worker/fakes.ts';

const T0 = new Date('2026-06-01T10:00:00Z');
const limits: MemoryLimits = { ...DEFAULT_LIMITS, retentionDays: 90 };
const summary = { level: 'low' as const, score: 0, top: [] };
const comparison = {
  source: 'pdf',
  fileName: 'cv.pdf',
  findings: [{ id: 'application-phone-vs-profile-phone', signal: 'application-phone-vs-profile-phone', severity: 'warn' as const, title: 'Different phones', evidence: 'Application: "+44 7700 900123" · Profile: none.' }],
  notChecked: ['application-linkedin-url-vs-profile'],
  text: null,
};

describe('a kept comparison', () => {
  it('keeps the findings and hashes of the phones and emails, never them as written, nor the text unless asked', async () => {
    const area = fakeArea();
    const memory = createMemory(area);
    const s = snapshot();
    await memory.record('slug:jane-doe', s, s, 'GB', summary, T0, limits);
    expect(await memory.rememberComparison('slug:jane-doe', comparison, { phones: ['07911 123456'], emails: ['jane.applicant@example.org'] }, 'GB', T0)).toBe(true);
    expect((await memory.comparisonOf('slug:jane-doe'))?.findings).toHaveLength(1);
    expect((await memory.comparisonOf('slug:jane-doe'))?.text).toBeNull();
    const stored = [...area.data.values()].join('\n');
    expect(stored).not.toMatch(/123456|jane\.applicant/);

    await memory.rememberComparison('slug:jane-doe', { ...comparison, text: 'Name: Jane Doe\n' + 'x'.repeat(50_000) }, { phones: [], emails: [] }, 'GB', T0);
    const kept = await memory.comparisonOf('slug:jane-doe');
    expect(kept?.text?.startsWith('Name: Jane Doe')).toBe(true);
    expect(kept!.text!.length).toBeLessThanOrEqual(30_000);
  });

  it("matches the application's phone when another profile shows it, and survives a later visit", async () => {
    const memory = createMemory(fakeArea());
    const jane = snapshot();
    await memory.record('slug:jane-doe', jane, jane, 'GB', summary, T0, limits);
    await memory.rememberComparison('slug:jane-doe', comparison, { phones: ['07911 123456'], emails: [] }, 'GB', T0);
    await memory.record('slug:jane-doe', jane, jane, 'GB', summary, T0, limits);
    const other = withContact(snapshot({ name: 'Sam Other', slug: 'sam-other', profileUrl: 'https://www.linkedin.com/in/sam-other/', memberId: null }), ['+44 7911 123456']);
    const view = await memory.view('slug:sam-other', other, other, 'GB');
    expect(view.shared.map((d) => d.detail)).toContain('phone');
    expect(await memory.comparisonOf('slug:jane-doe')).not.toBeNull();
  });

  it('is not kept for a profile Telltale does not remember, and goes with Forget and delete-all', async () => {
    const area = fakeArea();
    const memory = createMemory(area);
    expect(await memory.rememberComparison('slug:nobody', comparison, { phones: [], emails: [] }, 'GB', T0)).toBe(false);
    const s = snapshot();
    await memory.record('slug:jane-doe', s, s, 'GB', summary, T0, limits);
    await memory.rememberComparison('slug:jane-doe', comparison, { phones: ['07911 123456'], emails: [] }, 'GB', T0);
    await memory.forget('slug:jane-doe');
    expect(await memory.comparisonOf('slug:jane-doe')).toBeNull();
    expect(Object.keys(await memory.readIndex())).toEqual([]);
    await memory.record('slug:jane-doe', s, s, 'GB', summary, T0, limits);
    await memory.rememberComparison('slug:jane-doe', comparison, { phones: [], emails: [] }, 'GB', T0);
    await deleteAll(area);
    expect(await memory.comparisonOf('slug:jane-doe')).toBeNull();
  });

  it('masks the application\'s phones and e-mails in the kept findings unless the application is kept, in storage and export; import keeps the comparison (issue 23, item 6)', async () => {
    const area = fakeArea();
    const memory = createMemory(area);
    const s = snapshot();
    await memory.record('slug:jane-doe', s, s, 'GB', summary, T0, limits);
    const quoting = {
      ...comparison,
      findings: [
        { id: 'p', signal: 'application-phone-vs-profile-phone', severity: 'warn' as const, title: 'Different phones', evidence: 'Application: "+1 415 867 5309" · Profile: none.' },
        { id: 'e', signal: 'application-disposable-email', severity: 'warn' as const, title: 'Disposable e-mail', evidence: 'Application: Jenny.Doe@mailinator.com uses mailinator.com, a disposable-mail domain.' },
      ],
    };
    const contact = { phones: ['+1 415 867 5309'], emails: ['jenny.doe@mailinator.com'] };
    await memory.rememberComparison('slug:jane-doe', quoting, contact, 'US', T0);
    const kept = (await memory.comparisonOf('slug:jane-doe'))!;
    expect(kept.contactsMasked).toBe(true);
    expect(kept.findings.map((f) => f.evidence)).toEqual([
      'Application: "+1 ••• ••• 5309" · Profile: none.',
      'Application: J•••@mailinator.com uses mailinator.com, a disposable-mail domain.',
    ]);
    const exported = JSON.stringify(await exportAll(area, T0, '0.0.0'));
    expect(exported).not.toMatch(/867 5309|jenny\.doe/i);
    expect(exported).toContain('+1 ••• ••• 5309');

    // Import brings the comparison back, as it was kept.
    const file = JSON.parse(exported) as unknown;
    await deleteAll(area);
    expect(await importAll(area, file)).toMatchObject({ ok: true });
    expect((await createMemory(area).comparisonOf('slug:jane-doe'))?.findings[0]?.evidence).toBe('Application: "+1 ••• ••• 5309" · Profile: none.');

    // With the application kept (the user ticked it), the values stay as written.
    await memory.rememberComparison('slug:jane-doe', { ...quoting, text: 'Jenny Doe, +1 415 867 5309' }, contact, 'US', T0);
    const clear = (await memory.comparisonOf('slug:jane-doe'))!;
    expect(clear.contactsMasked).toBe(false);
    expect(clear.findings[0]!.evidence).toContain('+1 415 867 5309');
  });

  it('masks what the comparison quoted: a phone written with a hidden character, and the words an address reads as', () => {
    const contact = { phones: ['+1 (415) 867-53\u206009'], emails: ['jenny.doe@gmail.com'] };
    expect(maskContacts('Application: "+1 (415) 867-5309": its area code…', contact)).toBe('Application: "+1 (•••) •••-5309": its area code…');
    expect(maskContacts('Application: jenny.doe@gmail.com reads "jenny doe" · Profile: "Sam Green"', contact)).toBe('Application: j•••@gmail.com reads "•••" · Profile: "Sam Green"');
  });

  it('masks a phone to its country code and last four digits, an e-mail to its first letter and domain', () => {
    expect(maskPhone('+1 415 867 5309')).toBe('+1 ••• ••• 5309');
    expect(maskPhone('(415) 867-5309')).toBe('(•••) •••-5309');
    expect(maskPhone('+14158675309')).toBe('+•••5309');
    expect(maskEmail('jenny.doe@gmail.com')).toBe('j•••@gmail.com');
  });
});
