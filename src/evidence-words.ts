// The level in words that describe the evidence, never the person: "Strong signs to review", not
// "High risk". Shared by the panel's first line (src/ui) and the reports (src/report), so a recruiter
// reads the same words in both.
import { t, words } from './i18n.ts';
import type { Assessment, Finding, Severity } from './model.ts';

/** A finding's severity in words ("Alert", "Warning", "Note"), read when used. */
export const SEVERITY_WORDS = words<Severity>('severity_', ['alert', 'warn', 'info']);

/**
 * The account-history checks did not run: "About this profile" (when the account was made, when its
 * name, photo or contact details changed, its verifications) was neither opened on this visit nor
 * remembered from a recent one. Those are the checks that tell a hijacked dormant account.
 */
export const historyUnchecked = (a: Pick<Assessment, 'notChecked'>) => a.notChecked.some((n) => n.view === 'aboutThisProfile' && n.partial !== true);

/**
 * A low score with only notes (info, weight 0) is "no signs in what was checked", and with fewer than
 * half the checks run it says so, as the pill does (src/ui/texts.ts pillState).
 */
export function evidenceLevelWords(assessment: Pick<Assessment, 'level' | 'checksRun' | 'checksTotal'> & { notChecked?: Assessment['notChecked'] }, findings: readonly Pick<Finding, 'severity'>[]): string {
  const { level, checksRun, checksTotal } = assessment;
  if (level === 'high') return t('evidence_high');
  if (level === 'medium') return t('evidence_medium');
  const counted = findings.some((f) => f.severity !== 'info');
  if (checksRun * 2 <= checksTotal) return counted ? t('evidence_weak_partly') : t('evidence_none_partly');
  if (counted) return t('evidence_weak');
  // The account-history checks ("About this profile") did not run: not "no signs", only "none so far".
  return historyUnchecked({ notChecked: assessment.notChecked ?? [] }) ? t('evidence_none_history') : t('evidence_none');
}
