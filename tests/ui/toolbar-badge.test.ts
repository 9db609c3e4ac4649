// The toolbar button's badge per tab: a letter on the level's colour, "?" when too little was seen.
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../src/messages.ts';
import type { Assessment, Finding, Severity } from '../../src/model.ts';
import { PALETTE } from '../../src/ui/styles.ts';
import { toolbarBadge } from '../../src/ui/toolbar-badge.ts';

const finding = (severity: Severity): Finding => ({ id: severity, signal: severity, category: 'timeline', severity, title: '', evidence: '', howToVerify: '', refs: [] });
const base: Assessment = { score: 0, level: 'low', findings: [], notChecked: [], checksRun: 20, checksTotal: 25 };
const tab = (a: Partial<Assessment>): TabState => ({ status: 'profile', profileKey: 'slug:x', snapshot: {} as never, assessment: { ...base, ...a }, review: null });

/** Relative luminance contrast of white text on a colour (WCAG). */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe('toolbar badge', () => {
  it('is the level initial on the level colour, with the pill line as the title', () => {
    expect(toolbarBadge(tab({ level: 'high', findings: [finding('alert')] }))).toEqual({ text: 'H', color: PALETTE.light['high-fg'], title: 'Telltale: High risk · 1 finding · 20 of 25 checks ran' });
    expect(toolbarBadge(tab({ level: 'medium', findings: [finding('warn')] }))?.text).toBe('M');
    expect(toolbarBadge(tab({}))).toEqual({ text: 'L', color: PALETTE.light['low-fg'], title: 'Telltale: No concerns in what was checked · 0 findings · 20 of 25 checks ran' });
  });

  it('is "?" when fewer than half the checks ran or the layout is new, and never green then', () => {
    expect(toolbarBadge(tab({ checksRun: 6 }))).toMatchObject({ text: '?', color: PALETTE.light.muted, title: 'Telltale: Partly checked: 6 of 25 checks ran' });
    expect(toolbarBadge(tab({ layoutNew: true }))?.text).toBe('?');
    // Evidence found is said even when little ran.
    expect(toolbarBadge(tab({ level: 'high', checksRun: 6, findings: [finding('alert')] }))?.text).toBe('H');
  });

  it('is not green for a low score with a finding that counts', () => {
    expect(toolbarBadge(tab({ findings: [finding('warn')] }))).toMatchObject({ text: 'L', color: PALETTE.light.muted });
  });

  it('keeps the level\'s letter for a profile the user cleared, on grey, the title saying both (as the pill)', () => {
    const cleared = { outcome: 'cleared' as const, at: '2026-12-02T10:00:00.000Z' };
    expect(toolbarBadge({ ...tab({ level: 'high', findings: [finding('alert')] }), review: cleared } as TabState)).toEqual({
      text: 'H',
      color: PALETTE.light.muted,
      title: 'Telltale: High risk · Cleared by you on Dec 2, 2026',
    });
    expect(toolbarBadge({ ...tab({ checksRun: 6 }), review: cleared } as TabState)).toMatchObject({ text: '?', title: 'Telltale: Partly checked · Cleared by you on Dec 2, 2026' });
    // A layout new to Telltale keeps saying so once cleared: never "No concerns".
    const newLayout = toolbarBadge({ ...tab({ layoutNew: true }), review: cleared } as TabState)!.title;
    expect(newLayout).toMatch(/ · Cleared by you on Dec 2, 2026$/);
    expect(newLayout).not.toMatch(/No concerns/);
  });

  it('is cleared when the tab shows no profile', () => {
    expect(toolbarBadge({ status: 'none' })).toBeNull();
    expect(toolbarBadge({ status: 'not-a-profile', url: 'https://www.linkedin.com/feed/', kind: 'not-a-profile', reason: 'x' })).toBeNull();
    expect(toolbarBadge(undefined)).toBeNull();
  });

  it('white text reads on every badge colour (at least 4.5:1)', () => {
    for (const color of [PALETTE.light['high-fg'], PALETTE.light['medium-fg'], PALETTE.light['low-fg'], PALETTE.light.muted]) expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(4.5);
  });
});
