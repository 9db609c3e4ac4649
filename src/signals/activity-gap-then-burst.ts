// A dormant account woken by someone else posts again after a long silence. The member's own action
// is dated by the relative label ("3d", "2yr"); the activity id dates the post, which for a repost or
// a comment is someone else's older post, so it is used only for the member's own posts.
import type { ActivityItem, AssessContext, ProfileSnapshot } from '../model.ts';
import type { Signal } from './signal.ts';
import { t, tn, wordsLanguage } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { daysBefore } from './common/partial-dates.ts';
import { partSeen, leftOut } from './common/coverage.ts';

const RECENT_DAYS = 30;
const SILENCE_DAYS = 365;

/** Days before capture the member acted, or null when the page does not date their action. */
export function actionAgeDays(item: ActivityItem, ctx: AssessContext): number | null {
  if (item.relativeDays !== null) return item.relativeDays;
  if (item.action === 'post' && item.postedAt) return daysBefore(item.postedAt, ctx.now);
  return null;
}

function describeAge(days: number): string {
  if (days < 7) return t('f_activity_gap_age_days', days);
  if (days < 30) return t('f_activity_gap_age_weeks', Math.round(days / 7));
  if (days < 365) return t('f_activity_gap_age_months', Math.round(days / 30));
  return t('f_activity_gap_age_years', Math.round(days / 365));
}

export interface ActivityGap {
  recent: { item: ActivityItem; days: number }[];
  before: { item: ActivityItem; days: number };
  silenceDays: number;
}

/** Recent actions (≤ 30 days) whose next older action is a year or more before them. */
export function findActivityGap(snapshot: ProfileSnapshot, ctx: AssessContext): ActivityGap | null {
  const dated = snapshot.activity
    .map((item) => ({ item, days: actionAgeDays(item, ctx) }))
    .filter((d): d is { item: ActivityItem; days: number } => d.days !== null && d.days >= 0)
    .sort((a, b) => a.days - b.days);
  const recent = dated.filter((d) => d.days <= RECENT_DAYS);
  const before = dated.find((d) => d.days > RECENT_DAYS);
  if (recent.length === 0 || !before) return null;
  const oldestRecent = recent[recent.length - 1]!;
  const silenceDays = before.days - oldestRecent.days;
  return silenceDays >= SILENCE_DAYS ? { recent, before, silenceDays } : null;
}

const self = { id: 'activity-gap-then-burst', category: 'reactivation' } as const;

export const activityGapThenBurst: Signal = {
  ...self,
  run(snapshot, ctx) {
    if (!partSeen(snapshot, 'activity') || snapshot.activity.length === 0) {
      return {
        findings: [],
        notChecked: notChecked(self, t('f_activity_gap_none_reason'), t('f_activity_gap_none_see'), 'activity'),
      };
    }
    const datable = snapshot.activity.filter((a) => actionAgeDays(a, ctx) !== null).length;
    if (datable === 0) {
      return {
        findings: [],
        notChecked: notChecked(self, tn('f_activity_gap_undated_reason', snapshot.activity.length), t('f_activity_gap_undated_see')),
      };
    }
    const partial = leftOut(self, snapshot, 'activity');
    const gap = findActivityGap(snapshot, ctx);
    if (!gap) return { findings: [], notChecked: partial };
    const digits = gap.silenceDays >= 730 ? 0 : 1;
    const years = new Intl.NumberFormat(wordsLanguage(), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(gap.silenceDays / 365);
    return {
      findings: [
        finding(self, {
          severity: 'warn',
          title: t('f_activity_gap_title'),
          evidence: tn('f_activity_gap_evidence', snapshot.activity.length, [
            tn('f_activity_gap_actions', gap.recent.length),
            RECENT_DAYS,
            gap.recent.map((r) => r.item.relative ?? describeAge(r.days)).join(', '),
            years,
            gap.before.item.relative ?? describeAge(gap.before.days),
          ]),
          howToVerify: t('f_activity_gap_verify'),
          refs: ['activity', ...gap.recent.map((r) => r.item.ref), gap.before.item.ref],
        }),
      ],
      notChecked: partial,
    };
  },
};

export default activityGapThenBurst;
