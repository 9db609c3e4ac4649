// Badges where the evidence is (issue 12 item 6), on the bundled demo profile read as the content
// script reads it: each finding's badge sits on the element it concerns and on no other.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../../demo/render.ts';
import { assess } from '../../src/assess.ts';
import { isSnapshot, readPageWithElements } from '../../src/extract/index.ts';
import { planBadges } from '../../src/ui/inline.tsx';

function demoPlans() {
  const doc = parseHTML(demoProfileHtml()).document as unknown as Document;
  const read = readPageWithElements(doc, DEMO_PROFILE_URL);
  if (!isSnapshot(read.result)) throw new Error('the demo did not read as a profile');
  const { findings } = assess(read.result, { now: new Date(), region: null, memory: null });
  const plans = planBadges(findings, read.elements, null);
  const where = (title: string) => plans.filter((p) => p.findings.some((f) => f.title === title)).map((p) => p.key);
  return { plans, where, elements: read.elements, findings };
}

describe('badge placement on the demo profile', () => {
  it('puts "New current role after a long gap" on the new role only, not on the old one it follows', () => {
    const { where, findings } = demoPlans();
    const gap = findings.find((f) => f.signal === 'new-current-role-after-a-long-gap');
    expect(gap?.evidence).toMatch(/Fabrikam/); // the old role is named in the evidence…
    expect(where('New current role after a long gap')).toEqual(['experience:0']); // …and badged nowhere
  });

  it('puts the new photo on the photo and not also on the name', () => {
    expect(demoPlans().where('New photo on an old, quiet account')).toEqual(['photo']);
  });

  it('puts "Thin network" on the connections line, not in the name badge', () => {
    const { where, elements } = demoPlans();
    expect(where('Thin network for a long senior career')).toEqual(['connections']);
    expect(elements.get('connections')?.textContent).toMatch(/connections/);
  });

  it('counts each finding once across the badges', () => {
    const { plans } = demoPlans();
    const ids = plans.flatMap((p) => p.findings.map((f) => f.id));
    const perFinding = new Map<string, number>();
    for (const id of ids) perFinding.set(id, (perFinding.get(id) ?? 0) + 1);
    // A finding about two entries (two overlapping roles) has a badge on each; a single-element one has one.
    for (const [id, n] of perFinding) if (!id.startsWith('overlapping-full-time-roles')) expect([id, n]).toEqual([id, 1]);
  });

  it('falls back to the name when the page does not mark the connections line', () => {
    const { findings, elements } = demoPlans();
    const without = new Map([...elements].filter(([k]) => k !== 'connections'));
    const plans = planBadges(findings, without, null);
    expect(plans.filter((p) => p.findings.some((f) => f.signal === 'thin-network-for-seniority')).map((p) => p.key)).toEqual(['name']);
  });
});
