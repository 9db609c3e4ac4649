// Every text colour pair of both themes has at least 4.5:1 contrast (WCAG 2 AA, normal text).
import { describe, expect, it } from 'vitest';
import { PALETTE, TEXT_PAIRS } from '../../src/ui/styles.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colour contrast', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [fg, bg] of TEXT_PAIRS) {
      it(`${theme}: ${fg} on ${bg} is at least 4.5:1`, () => {
        expect(contrast(PALETTE[theme][fg], PALETTE[theme][bg])).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});
