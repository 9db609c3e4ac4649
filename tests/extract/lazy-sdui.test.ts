// A 2026 page before the user scrolls: Experience and Education are "not loaded yet", and the
// checks that need them say so; once rendered, the same page is read in full.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.ts';
import { readPage } from '../../src/extract/index.ts';
import type { ProfileSnapshot } from '../../src/model.ts';
import { LAZY_SDUI_URL, lazySduiParts } from './lazy-sdui.ts';

const read = (html: string) => readPage(parseHTML(html).document as unknown as Document, LAZY_SDUI_URL) as ProfileSnapshot;
const ctx = { now: new Date('2026-01-10T00:00:00Z'), region: null, memory: null };

describe('2026 layout, lazily rendered sections', () => {
  it('says Experience and Education have not loaded yet, never that there are none', () => {
    const snap = read(lazySduiParts().html);
    expect(snap.layout).toBe('sdui-2026');
    expect(snap.name).toBe('Lena Okafor');
    expect(snap.experience).toEqual([]);
    expect(snap.coverage.experience).toEqual({ seen: false, shown: 0, total: null, pending: true });
    expect(snap.coverage.education.pending).toBe(true);
    const a = assess(snap, ctx);
    const overlap = a.notChecked.find((n) => n.signal === 'overlapping-full-time-roles');
    expect(overlap?.reason).toBe('Experience has not loaded yet');
    expect(overlap?.howToSee).toMatch(/^scroll down to Experience/);
    expect(a.notChecked.find((n) => n.signal === 'career-before-education')?.reason).toBe('Experience and Education have not loaded yet');
    expect(a.findings.map((f) => f.signal)).not.toContain('overlapping-full-time-roles');
  });

  it('reads them once they render, and the checks run', () => {
    const { html, parts } = lazySduiParts();
    const filled = html.replace(/<!-- lazy:(\w+) -->[\s\S]*?<!-- \/lazy:\1 -->/g, (_m, p: string) => parts[p] ?? '');
    const snap = read(filled);
    expect(snap.experience.map((p) => `${p.title} @ ${p.company} ${p.start}–${p.end ?? 'now'}`)).toEqual([
      'Senior Data Engineer @ Harbourline Logistics 2022-03–now',
      'Data Engineer @ PortNet 2019-01–2022-12',
      'Data Analyst @ PortNet 2017-01–2018-12',
    ]);
    expect(snap.coverage.experience.pending).toBeUndefined();
    expect(snap.education.map((e) => e.school)).toEqual(['University of Lagos']);
    const a = assess(snap, ctx);
    expect(a.findings.find((f) => f.signal === 'overlapping-full-time-roles')?.refs).toEqual(['experience:0', 'experience:1']);
  });
});
