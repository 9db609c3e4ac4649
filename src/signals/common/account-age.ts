// How old an account is, from the best evidence on the page: the "Joined" month in About this
// profile; otherwise the oldest thing the profile shows (positions, schooling, dated activity),
// which bounds the history the account presents, not when it was created.
import type { AssessContext, ProfileSnapshot } from '../../model.ts';
import { earliestMonth, exactMonth, formatMonth, monthOf, type MonthIndex } from './partial-dates.ts';
import { t } from '../../i18n.ts';

export interface AccountAge {
  since: MonthIndex;
  months: number;
  /** "Joined Mar 2011" or "History back to Jan 2009 (earliest position)". */
  basis: string;
  fromJoinDate: boolean;
}

export function joinedMonth(snapshot: ProfileSnapshot): MonthIndex | null {
  return earliestMonth(snapshot.aboutThisProfile?.joined?.date ?? null);
}

export function accountAge(snapshot: ProfileSnapshot, ctx: AssessContext): AccountAge | null {
  const now = monthOf(ctx.now);
  const joined = joinedMonth(snapshot);
  if (joined !== null) {
    return { since: joined, months: now - joined, basis: t('text_joined', formatMonth(joined)), fromJoinDate: true };
  }
  const candidates: { month: MonthIndex; what: 'position' | 'schooling' | 'activity' }[] = [];
  for (const p of snapshot.experience) {
    const m = earliestMonth(p.start);
    if (m !== null) candidates.push({ month: m, what: 'position' });
  }
  for (const e of snapshot.education) {
    const m = earliestMonth(e.start) ?? earliestMonth(e.end);
    if (m !== null) candidates.push({ month: m, what: 'schooling' });
  }
  for (const a of snapshot.activity) {
    if (a.relativeDays !== null) candidates.push({ month: now - Math.floor(a.relativeDays / 30.44), what: 'activity' });
  }
  if (candidates.length === 0) return null;
  const oldest = candidates.reduce((a, b) => (b.month < a.month ? b : a));
  return {
    since: oldest.month,
    months: now - oldest.month,
    basis:
      oldest.what === 'position'
        ? t('text_history_back_position', formatMonth(oldest.month))
        : oldest.what === 'schooling'
          ? t('text_history_back_schooling', formatMonth(oldest.month))
          : t('text_history_back_activity', formatMonth(oldest.month)),
    fromJoinDate: false,
  };
}

/** Months between a "YYYY-MM" (or ISO timestamp) and now; null when unknown. */
export function monthsAgo(value: string | null | undefined, ctx: AssessContext): number | null {
  if (!value) return null;
  const exact = exactMonth(value.slice(0, 7));
  return exact === null ? null : monthOf(ctx.now) - exact;
}
