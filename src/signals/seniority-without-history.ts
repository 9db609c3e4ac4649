// A senior title with almost nothing before it, or a claimed "10+ years" the listed positions do not
// cover: a history written to fit a job advert. Founders and small companies give themselves senior
// titles early, so a founder's title or a company without a LinkedIn page is `info`; `warn` at most.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked } from './common/findings.ts';
import { coveredMonths, coveredMonthsOf, describePosition, isFounderTitle, isInternOrStudent, isSeniorTitle, looseSpan } from './common/employment.ts';
import { degreeLevel } from './common/degrees.ts';
import { earliestMonth, formatDuration } from './common/partial-dates.ts';
import { experienceComplete, hiddenNote, sectionsMissing } from './common/coverage.ts';
import { t, tn } from '../i18n.ts';

const MIN_PRIOR_MONTHS = 12;
/** A claim may round up: "10+ years" with 8 listed years is a stretch, with 5 it is not covered. */
const CLAIM_SLACK_YEARS = 2;

const CLAIMED_YEARS = /(\d{1,2})\s*\+?\s*(?:years|yrs)\b(?:\s+of)?(?:\s+\w+){0,3}?\s+(?:experience|exp\b)/i;

const self = { id: 'seniority-without-history', category: 'timeline' } as const;

export function claimedYears(text: string | null): number | null {
  if (!text) return null;
  const m = CLAIMED_YEARS.exec(text);
  return m ? Number(m[1]) : null;
}

export const seniorityWithoutHistory: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = sectionsMissing(self, snapshot, 'experience');
    if (missing) return { findings: [], notChecked: missing };
    // The positions a page hides behind "Show all" are the older ones: exactly the history this needs.
    if (!experienceComplete(snapshot)) {
      const hidden = hiddenNote(snapshot, 'experience');
      return {
        findings: [],
        notChecked: notChecked(
          self,
          hidden ? t('f_seniority_hidden', hidden.reason) : t('f_seniority_hidden_unknown'),
          hidden?.howToSee ?? t('f_seniority_hidden_how'),
          // Named, not read from the words: the panel's "Show all positions" button in every language.
          'experience',
        ),
      };
    }
    const findings: Finding[] = [];
    const positions = snapshot.experience.map((p, i) => ({ p, i, span: looseSpan(p, ctx) })).filter((x) => x.span !== null);
    const firstSenior = positions.filter((x) => isSeniorTitle(x.p.title)).sort((a, b) => a.span!.start - b.span!.start)[0];
    if (firstSenior) {
      const seniorStart = earliestMonth(firstSenior.p.start)!;
      const before = positions.filter((x) => x.i !== firstSenior.i && x.span!.start < seniorStart);
      // Work before the senior title: the earlier positions' months, cut where the title began.
      const priorWork = coveredMonthsOf(
        before.map((x) => x.span),
        seniorStart - 1,
      );
      const priorWorkNonIntern = before.filter((x) => !isInternOrStudent(x.p)).length;
      // A doctorate is research experience: "Senior Scientist" straight after a PhD is ordinary.
      const doctorate = snapshot.education.some((e) => degreeLevel(e) === 'doctorate' && (earliestMonth(e.end) ?? Infinity) <= seniorStart);
      if (priorWork < MIN_PRIOR_MONTHS && !doctorate) {
        const smallOrOwn = isFounderTitle(firstSenior.p.title) || !firstSenior.p.companyUrl;
        findings.push(
          finding(self, {
            detail: 'title',
            severity: smallOrOwn ? 'info' : 'warn',
            title: t('f_seniority_title_title'),
            evidence:
              priorWork === 0
                ? smallOrOwn
                  ? t('f_seniority_title_evidence_none_small', describePosition(firstSenior.p))
                  : t('f_seniority_title_evidence_none', describePosition(firstSenior.p))
                : smallOrOwn
                  ? tn('f_seniority_title_evidence_small', priorWorkNonIntern, [describePosition(firstSenior.p), formatDuration(priorWork)])
                  : tn('f_seniority_title_evidence', priorWorkNonIntern, [describePosition(firstSenior.p), formatDuration(priorWork)]),
            howToVerify: t('f_seniority_title_verify'),
            refs: [firstSenior.p.ref],
          }),
        );
      }
    }
    const claim = claimedYears(snapshot.headline) ?? claimedYears(snapshot.about);
    if (claim !== null) {
      const covered = coveredMonths(snapshot.experience, ctx);
      if (covered < (claim - CLAIM_SLACK_YEARS) * 12) {
        findings.push(
          finding(self, {
            detail: 'claim',
            severity: 'warn',
            title: tn('f_seniority_claim_title', claim),
            evidence:
              claimedYears(snapshot.headline) !== null
                ? tn('f_seniority_claim_evidence_headline', snapshot.experience.length, [claim, formatDuration(covered)])
                : tn('f_seniority_claim_evidence_about', snapshot.experience.length, [claim, formatDuration(covered)]),
            howToVerify: t('f_seniority_claim_verify'),
            // The headline sits under the name in the top card; the page gives it no element ref of its own.
            refs: [claimedYears(snapshot.headline) !== null ? 'name' : 'about'],
          }),
        );
      }
    }
    return { findings };
  },
};

export default seniorityWithoutHistory;
