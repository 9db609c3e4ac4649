// The level in words that describe the evidence, never the person: "Strong signs to review", not
// "High risk". Shared by the panel's first line (src/ui) and the reports (src/report), so a recruiter
// reads the same words in both.
import { t } from './i18n.ts';
import type { Assessment, Finding } from './model.ts';

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
  const history = assessment.notChecked?.some((n) => n.view === 'aboutThisProfile' && n.partial !== true) ?? false;
  return history ? t('evidence_none_history') : t('evidence_none');
}
