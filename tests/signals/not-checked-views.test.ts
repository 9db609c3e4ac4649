// A "not checked" entry names the view that would let it run, so the panel's button opens exactly
// that view (the contact overlay, "About this profile", the full list of positions…).
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.ts';
import { snapshot } from '../scenarios/builder.ts';

const now = new Date('2026-11-01T12:00:00Z');

describe('not-checked entries name their view', () => {
  it('contact signals ask for the contact overlay; account-age signals for "About this profile"', () => {
    const s = snapshot({ contact: null, aboutThisProfile: null });
    const { notChecked } = assess(s, { now, region: null, memory: null });
    const viewOf = (signal: string) => notChecked.find((n) => n.signal === signal)?.view;
    for (const signal of ['invalid-phone-number', 'unusual-phone-format', 'phone-country-vs-location', 'non-personal-number-type', 'disposable-email']) {
      expect(viewOf(signal), signal).toBe('contact');
    }
    expect(viewOf('identity-edits-on-an-old-account')).toBe('aboutThisProfile');
    expect(viewOf('new-account-long-career')).toBe('aboutThisProfile');
  });

  it('a list the page cut asks for its "Show all" view', () => {
    const s = snapshot({ experienceTotal: 12 });
    const { notChecked } = assess(s, { now, region: null, memory: null });
    const partial = notChecked.filter((n) => n.partial && /positions/.test(n.reason));
    expect(partial.length).toBeGreaterThan(0);
    for (const n of partial) expect(n.view, n.signal).toBe('experience');
  });

  it('signals with nothing to open name no view', () => {
    const s = snapshot({ contact: null, aboutThisProfile: null });
    const { notChecked } = assess(s, { now, region: null, memory: null });
    expect(notChecked.find((n) => n.signal === 'changed-since-last-seen')?.view).toBeUndefined();
  });
});
