// The month table the content script ships is generated from date-fns locales at build time;
// this checks the committed file still matches date-fns (run scripts/gen-months.ts if not).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildMonthTable, renderMonthModule } from '../../scripts/gen-months.ts';
import { MONTH_NAMES } from '../../src/extract/months.generated.ts';

it('months.generated.ts matches the date-fns locales', () => {
  expect({ ...MONTH_NAMES }).toEqual(buildMonthTable());
  const committed = readFileSync(new URL('../../src/extract/months.generated.ts', import.meta.url), 'utf8');
  expect(committed).toBe(renderMonthModule());
});

it('covers the seven interface languages', () => {
  for (const name of ['jan', 'januar', 'janvier', 'enero', 'janeiro', 'januari', 'gennaio', 'mrt', 'juil', 'dez', 'set', 'giu']) {
    expect(MONTH_NAMES[name], name).toBeTypeOf('number');
  }
});
