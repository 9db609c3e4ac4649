// What of an assessment may go to the content script, and so into the LinkedIn page. Findings from
// what Telltale remembers (the `history` signals) can name other members the user looked at ("the
// same phone also appears on <name> (<URL>)"), earlier versions of this profile, and the user's
// own earlier reports. The page must not learn any of that, so such a finding reaches the page
// only as the fact that it exists: its title, severity and badge place, with evidence that sends
// the user to the toolbar popup, which reads the full assessment from the tab's state.
import type { Assessment, Finding } from '../model.ts';
import { explainFromCatalogue } from '../signals/catalogue-explain.ts';
import type { SignalExplanation } from '../explanation.ts';
import { t } from '../i18n.ts';

/** What the page is told of a finding from memory, in the UI language (read when used). */
export const elsewhereEvidence = (): string => t('page_elsewhere_evidence');

/**
 * Findings whose evidence comes from memory rather than from this page: the history signals, the
 * team's (colleagues' names, other profiles), and the photo signal's "seen on another profile" (tests/worker/page-assessment.test.ts runs every
 * signal with a memory full of other members and checks that none of them reaches the page).
 */
export const isFromMemory = (finding: Pick<Finding, 'category' | 'id'>) => finding.category === 'history' || finding.category === 'team' || finding.id === 'photo:shared';

/** The assessment as the page-facing answer carries it: memory-based findings reduced to their existence. */
export function pageAssessment(assessment: Assessment): Assessment {
  let n = 0;
  const findings = assessment.findings.map((f): Finding => {
    if (!isFromMemory(f)) return f;
    // The id may carry a detail (a shared value); the page gets a plain counter instead.
    return { ...f, id: `${f.signal}:${n++}`, evidence: elsewhereEvidence(), howToVerify: t('page_elsewhere_verify') };
  });
  return { ...assessment, findings };
}

/** The catalogue's texts for every signal the assessment names (found, or not checked). */
export function pageExplanations(assessment: Assessment): Record<string, SignalExplanation> {
  const out: Record<string, SignalExplanation> = {};
  for (const id of [...assessment.findings.map((f) => f.signal), ...assessment.notChecked.map((n) => n.signal)]) {
    const e = explainFromCatalogue(id);
    if (e && !(id in out)) out[id] = e;
  }
  return out;
}
