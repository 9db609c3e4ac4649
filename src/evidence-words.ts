// The level in words that describe the evidence, never the person: "Strong signs to review", not
// "High risk". Shared by the panel's first line (src/ui) and the reports (src/report), so a recruiter
// reads the same words in both.
import type { Assessment, Finding } from './model.ts';

/**
 * A low score with only notes (info, weight 0) is "no signs in what was checked", and with fewer than
 * half the checks run it says so, as the pill does (src/ui/texts.ts pillState).
 */
export function evidenceLevelWords(assessment: Pick<Assessment, 'level' | 'checksRun' | 'checksTotal'>, findings: readonly Pick<Finding, 'severity'>[]): string {
  const { level, checksRun, checksTotal } = assessment;
  if (level === 'high') return 'Strong signs to review';
  if (level === 'medium') return 'Some signs to review';
  const counted = findings.some((f) => f.severity !== 'info');
  if (checksRun * 2 < checksTotal) return counted ? 'Weak signs, partly checked' : 'Partly checked, no signs in what was checked';
  return counted ? 'Weak signs to review' : 'No signs in what was checked';
}
