// A woken account often gets a fresh current role right after years with none, and a headline turned
// to remote work. Career breaks are common, so alone this is `info` (a career gap alone is never
// above info); assess() raises it to `warn` only beside other reactivation signs.
import type { Position } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { earliestMonth, formatDuration, latestMonth, monthOf } from './common/partial-dates.ts';
import { describePosition } from './common/employment.ts';
import { leftOut, sectionsMissing } from './common/coverage.ts';

const NEW_ROLE_MONTHS = 6;
const GAP_MONTHS = 12;

const self = { id: 'new-current-role-after-a-long-gap', category: 'reactivation' } as const;

export const newCurrentRoleAfterLongGap: Signal = {
  ...self,
  corroboration: { categories: ['reactivation'], severity: 'warn' },
  run(snapshot, ctx) {
    const missing = sectionsMissing(self, snapshot, 'experience');
    if (missing) return { findings: [], notChecked: missing };
    const now = monthOf(ctx.now);
    // Hidden (older) positions could fill a gap: say so whenever the list is cut.
    const partial = leftOut(self, snapshot, 'experience');
    const indexed = snapshot.experience.map((p, i) => ({ p, i }));
    // The first of the current roles that started recently: a woken account often takes up two or
    // more at once, and the gap is measured to the earliest of them, not between them.
    const fresh = indexed
      .filter(({ p }) => p.end === null && earliestMonth(p.start) !== null && now - latestMonth(p.start)! <= NEW_ROLE_MONTHS)
      .sort((a, b) => earliestMonth(a.p.start)! - earliestMonth(b.p.start)!)[0];
    if (!fresh) return { findings: [], notChecked: partial };
    const freshStart = earliestMonth(fresh.p.start)!;
    // Every other position that had started before the new one: when did the last of them end?
    const earlier = indexed.filter(({ i, p }) => i !== fresh.i && earliestMonth(p.start) !== null && earliestMonth(p.start)! < freshStart);
    if (earlier.length === 0) return { findings: [], notChecked: partial };
    const lastEnd = earlier.reduce<{ p: Position; i: number; end: number } | null>((best, { p, i }) => {
      const end = p.end === null ? now : latestMonth(p.end);
      if (end === null) return best;
      return !best || end > best.end ? { p, i, end } : best;
    }, null);
    if (!lastEnd) return { findings: [], notChecked: partial };
    const gap = freshStart - lastEnd.end - 1;
    if (gap < GAP_MONTHS) return { findings: [], notChecked: partial };
    const remoteHeadline = snapshot.headline && /open to|remote|looking for|seeking|available/i.test(snapshot.headline) ? snapshot.headline : null;
    const parts = [describePosition(fresh.p), formatDuration(gap), describePosition(lastEnd.p)];
    return {
      findings: [
        finding(self, {
          severity: 'info',
          title: t('f_new_role_title'),
          evidence: remoteHeadline ? t('f_new_role_evidence_headline', [...parts, remoteHeadline]) : t('f_new_role_evidence', parts),
          howToVerify: t('f_new_role_verify'),
          // The new role only: the old one is named in the evidence, and nothing is wrong with it.
          refs: [fresh.p.ref],
        }),
      ],
      notChecked: partial,
    };
  },
};

export default newCurrentRoleAfterLongGap;
