// How long and how senior a career the profile claims: the basis of the network signals.
import type { AssessContext, ProfileSnapshot } from '../../model.ts';
import { coveredMonths, isSeniorTitle, looseSpan } from './employment.ts';
import { monthOf } from './partial-dates.ts';

export interface ClaimedCareer {
  /** From the earliest position's start to now. */
  spanMonths: number;
  /** Months actually covered by positions. */
  coveredMonths: number;
  senior: boolean;
}

export function claimedCareer(snapshot: ProfileSnapshot, ctx: AssessContext): ClaimedCareer | null {
  const starts = snapshot.experience.map((p) => looseSpan(p, ctx)?.start).filter((m): m is number => m !== undefined);
  if (starts.length === 0) return null;
  return {
    spanMonths: monthOf(ctx.now) - Math.min(...starts),
    coveredMonths: coveredMonths(snapshot.experience, ctx),
    senior: snapshot.experience.some((p) => isSeniorTitle(p.title)) || (!!snapshot.headline && isSeniorTitle(snapshot.headline)),
  };
}

/** "500+" → 500, "1,234" → 1234, "357" → 357; null when absent. */
export function parseConnections(text: string | null): number | null {
  if (!text) return null;
  const m = /(\d[\d,.\s]*)/.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[,.\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}
