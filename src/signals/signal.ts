// The contract every signal file implements: a small pure function of the snapshot (and, for the
// history category, of ctx.memory). A signal never reads the clock: "now" is ctx.now.
import type { AssessContext, Category, Finding, NotChecked, ProfileSnapshot, Severity } from '../model.ts';

/** The most findings one signal contributes to an assessment (assess.ts keeps the strongest). */
export const MAX_FINDINGS_PER_SIGNAL = 20;

export interface SignalResult {
  findings: Finding[];
  /** Set when some or all of the signal's inputs were not on the page; may accompany findings (partial coverage). */
  notChecked?: NotChecked;
}

/**
 * Some signs mean little alone and something beside others ("a career break is common: weight only
 * together with other reactivation signs"). Such a signal reports `info`; assess() raises its findings
 * to `warn` when another signal in one of these categories found something at warn or above.
 */
export interface Corroboration {
  categories: readonly Category[];
  severity: Extract<Severity, 'warn'>;
}

export interface Signal {
  id: string;
  category: Category;
  run(snapshot: ProfileSnapshot, ctx: AssessContext): SignalResult;
  /**
   * false: in this setting the signal has nothing it could ever look at (a team's evidence with no
   * team hub joined), so it is neither run nor counted among the checks. Absent: always applies.
   * Never a way to skip a check whose input is merely missing from the page: that is notChecked.
   */
  appliesTo?(ctx: AssessContext): boolean;
  corroboration?: Corroboration;
}
