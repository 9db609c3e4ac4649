// What is kept of a comparison with the candidate's application: its findings on the profile's
// record, the application's phones and emails only as shared-detail hashes (so another profile that
// shows them is matched), the application itself only when asked; Forget and delete-all remove it.
import { describe, expect, it } from 'vitest';
import { deleteAll } from '../../src/memory/export.ts';
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
});
