// A senior title with almost nothing before it, or a claimed "10+ years" the listed positions do not
// cover: a history written to fit a job advert. Founders and small companies give themselves senior
// titles early, so a founder's title or a company without a LinkedIn page is `info`; `warn` at most.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked, plural } from './common/findings.ts';
import { coveredMonths, coveredMonthsOf, describePosition, isFounderTitle, isInternOrStudent, isSeniorTitle, looseSpan } from './common/employment.ts';
import { degreeLevel } from './common/degrees.ts';
import { earliestMonth, formatDuration } from './common/partial-dates.ts';
import { experienceComplete, hiddenNote, sectionsMissing } from './common/coverage.ts';

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
          `${hidden?.reason ?? 'not all positions are shown'}; earlier positions may be among those not shown`,
          hidden?.howToSee ?? 'open "Show all experiences"',
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
            title: 'Senior title with almost no earlier experience',
            evidence:
              `${describePosition(firstSenior.p)} is the first senior title, with ${priorWork === 0 ? 'no' : formatDuration(priorWork)} listed experience before it` +
              (priorWork > 0 ? ` (${plural(priorWorkNonIntern, 'earlier position')} besides internships)` : '') +
              (smallOrOwn ? '; founders and small companies give senior titles early.' : '.'),
            howToVerify: 'Ask what they did before this role and check the role and title with the employer.',
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
            title: `Claims ${claim}+ years; the positions cover less`,
            evidence: `The ${claimedYears(snapshot.headline) !== null ? 'headline' : 'About text'} claims ${claim}+ years of experience; the ${plural(snapshot.experience.length, 'listed position')} cover ${formatDuration(covered)}.`,
            howToVerify: 'Ask for the missing years of experience and a reference from that time.',
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
