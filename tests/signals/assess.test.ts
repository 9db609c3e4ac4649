// assess(): runs every enabled signal, counts what ran, honours the user's switched-off signals,
// and raises context-only signs when other signs stand beside them.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.ts';
import { signals } from '../../src/signals/index.ts';
import { context, memory, snapshot } from '../scenarios/builder.ts';

/** The team's signals: counted only with a team hub joined. */
const TEAM = signals.filter((s) => s.category === 'team').length;

describe('assess', () => {
  it('runs every signal on a full snapshot with memory and a team', () => {
    // Full: its photo's picture has a print too (src/photo/print.ts), else the photo check is partial.
    const full = snapshot();
    full.photo = { ...full.photo!, print: { hash: '0f0f0f0f33cc33cc', weak: '0000000000000003' } };
    const a = assess(full, context({ memory: memory({ previous: [{ seenAt: '2026-01-01', snapshot: snapshot() }] }), team: { status: 'answered', reports: [], shared: [] } }));
    expect(a.checksTotal).toBe(signals.length);
    expect(a.checksRun).toBe(signals.length);
    expect(a.notChecked).toEqual([]);
    expect(a.findings).toEqual([]);
    expect(a).toMatchObject({ score: 0, level: 'low' });
  });

  it('counts a signal blocked by a missing part as not run, and a partly checked one as run', () => {
    const a = assess(snapshot({ contact: null, experienceTotal: 9 }), context());
    const contactSignals = signals.filter((s) => s.category === 'contact').length;
    expect(a.notChecked.filter((n) => n.category === 'contact' && !n.partial)).toHaveLength(contactSignals);
    const overlap = a.notChecked.find((n) => n.signal === 'overlapping-full-time-roles');
    expect(overlap).toMatchObject({ partial: true, reason: expect.stringContaining('6 of 9 positions are not shown') });
    // 5 contact signals + contact-details + 2 history + seniority (needs the hidden positions) blocked;
    // the team's checks are not counted at all without a team hub.
    expect(a.checksTotal).toBe(signals.length - TEAM);
    expect(a.checksRun).toBe(signals.length - TEAM - contactSignals - 1 - 2 - 1);
  });

  it('leaves out signals the user switched off', () => {
    const s = snapshot({ contact: { phones: [], emails: ['x@mailinator.com'], websites: [] } });
    expect(assess(s, context()).findings.map((f) => f.signal)).toContain('disposable-email');
    const off = assess(s, context({ disabled: ['disposable-email'], team: { status: 'answered', reports: [], shared: [] } }));
    expect(off.findings.map((f) => f.signal)).not.toContain('disposable-email');
    expect(off.checksTotal).toBe(signals.length - 1);
    expect(off.score).toBe(0);
  });

  it("counts the team's check only with a team hub joined, and never reads the user's own reports (issue 22, item 5)", () => {
    const mine = memory({ reports: [{ sentAt: '2026-10-01T09:00:00Z', destinations: ['linkedin', 'webhook'] }] });
    const alone = assess(snapshot(), context({ memory: memory() }));
    const reported = assess(snapshot(), context({ memory: mine }));
    expect(alone.checksTotal).toBe(signals.length - TEAM);
    // The user's own report changes nothing: no finding, the same score and the same checks.
    expect(reported).toEqual(alone);
    const team = assess(snapshot(), context({ memory: mine, team: { status: 'answered', reports: [{ by: 'Ada', at: '2026-11-02T10:00:00Z', destinations: ['linkedin'], outcome: 'confirmed' }], shared: [] } }));
    expect(team.checksTotal).toBe(signals.length);
    expect(team.findings.find((f) => f.signal === 'already-reported')).toMatchObject({ severity: 'alert', title: 'Reported by a colleague' });
  });

  it('raises a lone info sign to warn only beside an independent sign', () => {
    const alone = assess(snapshot({ hasPhoto: false }), context());
    expect(alone.findings.find((f) => f.signal === 'photo')?.severity).toBe('info');
    const beside = assess(snapshot({ hasPhoto: false, name: 'Daniel Okafor', slug: 'maria-gonzalez' }), context());
    const photo = beside.findings.find((f) => f.signal === 'photo');
    expect(photo?.severity).toBe('warn');
    expect(photo?.evidence).toMatch(/Raised to warn because it appears beside: Profile address names a different person/);
  });
});
