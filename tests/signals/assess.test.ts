// assess(): runs every enabled signal, counts what ran, honours the user's switched-off signals,
// and raises context-only signs when other signs stand beside them.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.ts';
import { signals } from '../../src/signals/index.ts';
import { context, memory, snapshot } from '../scenarios/builder.ts';

describe('assess', () => {
  it('runs every signal on a full snapshot with memory', () => {
    const a = assess(snapshot(), context({ memory: memory({ previous: [{ seenAt: '2026-01-01', snapshot: snapshot() }] }) }));
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
    // 5 contact signals + contact-details + 3 history + seniority (needs the hidden positions) blocked.
    expect(a.checksRun).toBe(signals.length - contactSignals - 1 - 3 - 1);
  });

  it('leaves out signals the user switched off', () => {
    const s = snapshot({ contact: { phones: [], emails: ['x@mailinator.com'], websites: [] } });
    expect(assess(s, context()).findings.map((f) => f.signal)).toContain('disposable-email');
    const off = assess(s, context({ disabled: ['disposable-email'] }));
    expect(off.findings.map((f) => f.signal)).not.toContain('disposable-email');
    expect(off.checksTotal).toBe(signals.length - 1);
    expect(off.score).toBe(0);
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
