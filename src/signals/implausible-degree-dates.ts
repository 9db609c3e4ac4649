// Degree dates that do not hold together: an end before the start, a bachelor's in under two years,
// or two full degree programmes at different schools run in parallel for years. Part-time and online
// study make degrees longer and parallel study possible, so a parallel pair is `info` unless both are
// full first degrees (two bachelor's at once for two years or more).
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t, tn } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { degreeLevel, describeEducation, isDegree } from './common/degrees.ts';
import { earliestMonth, latestMonth, parsePartialDate } from './common/partial-dates.ts';
import { sectionsMissing, leftOut } from './common/coverage.ts';

const self = { id: 'implausible-degree-dates', category: 'education' } as const;

export const implausibleDegreeDates: Signal = {
  ...self,
  run(snapshot) {
    const missing = sectionsMissing(self, snapshot, 'education');
    if (missing) return { findings: [], notChecked: missing };
    const partial = leftOut(self, snapshot, 'education');
    const verify = t('f_degree_dates_verify');
    const findings: Finding[] = [];
    snapshot.education.forEach((e, i) => {
      const start = earliestMonth(e.start);
      const end = latestMonth(e.end);
      if (start !== null && end !== null && end < start) {
        findings.push(
          finding(self, {
            detail: `reversed:${i}`,
            severity: 'warn',
            title: t('f_degree_dates_reversed_title'),
            evidence: t('f_degree_dates_reversed_evidence', describeEducation(e)),
            howToVerify: verify,
            refs: [e.ref],
          }),
        );
        return;
      }
      if (degreeLevel(e) !== 'bachelor') return;
      const s = parsePartialDate(e.start);
      const en = parsePartialDate(e.end);
      // A single date (LinkedIn then gives start = end) is a graduation year, not a one-year degree.
      if (!s || !en || e.start === e.end) return;
      // Bare years give the widest reading: "2018 – 2019" can be up to 24 months, so it needs month dates to prove < 2 years.
      const longest = (latestMonth(e.end) ?? 0) - (earliestMonth(e.start) ?? 0) + 1;
      if (longest < 24) {
        findings.push(
          finding(self, {
            detail: `short:${i}`,
            severity: 'warn',
            title: t('f_degree_dates_short_title'),
            evidence: tn('f_degree_dates_short_evidence', longest, [describeEducation(e)]),
            howToVerify: verify,
            refs: [e.ref],
          }),
        );
      }
    });
    const degrees = snapshot.education.map((e, i) => ({ e, i })).filter(({ e }) => isDegree(e) && e.start && e.end);
    for (let x = 0; x < degrees.length; x++) {
      for (let y = x + 1; y < degrees.length; y++) {
        const a = degrees[x]!;
        const b = degrees[y]!;
        if (a.e.school.trim().toLowerCase() === b.e.school.trim().toLowerCase()) continue;
        // The overlap that the dates prove: latest start to earliest end.
        const overlap = Math.min(earliestMonth(a.e.end)!, earliestMonth(b.e.end)!) - Math.max(latestMonth(a.e.start)!, latestMonth(b.e.start)!) + 1;
        if (overlap <= 12) continue;
        const bothBachelor = degreeLevel(a.e) === 'bachelor' && degreeLevel(b.e) === 'bachelor';
        findings.push(
          finding(self, {
            detail: `parallel:${a.i}-${b.i}`,
            severity: bothBachelor && overlap >= 24 ? 'warn' : 'info',
            title: t('f_degree_dates_parallel_title'),
            evidence: tn('f_degree_dates_parallel_evidence', overlap, [describeEducation(a.e), describeEducation(b.e)]),
            howToVerify: verify,
            refs: [a.e.ref, b.e.ref],
          }),
        );
      }
    }
    return { findings, notChecked: partial };
  },
};

export default implausibleDegreeDates;
