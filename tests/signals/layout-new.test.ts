// A page whose layout Telltale does not know: the pill says the layout is new and how many checks
// ran, never that there are no concerns.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.ts';
import { emptySnapshot } from '../../src/extract/snapshot.ts';
import { pillLine } from '../../src/ui/texts.ts';

const ctx = { now: new Date('2026-12-01T00:00:00Z'), region: null, memory: null };

describe('a layout new to Telltale', () => {
  it('is said in the pill, with the checks that ran, on a page read by its text alone', () => {
    const snap = emptySnapshot('https://www.linkedin.com/in/someone-example/', 'profile', 'unknown');
    snap.name = 'Sam Example';
    snap.headline = 'Engineer';
    const a = assess(snap, ctx);
    expect(a.layoutNew).toBe(true);
    expect(pillLine(a)).toBe(`this LinkedIn layout is new to Telltale · ${a.checksRun} of ${a.checksTotal} checks ran`);
    expect(pillLine(a)).not.toMatch(/no concerns/i);
  });

  it('is said when a known layout gave less than a top card', () => {
    const snap = emptySnapshot('https://www.linkedin.com/in/someone-example/', 'profile', 'sdui-2026');
    snap.name = 'Sam Example';
    expect(assess(snap, ctx).layoutNew).toBe(true);
    snap.headline = 'Engineer';
    const a = assess(snap, ctx);
    expect(a.layoutNew).toBeUndefined();
    expect(pillLine(a)).not.toMatch(/layout is new/);
  });
});
