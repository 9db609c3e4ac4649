// Colleagues reported this profile before, through the team hub (ctx.team). Evidence from others:
// an independent earlier judgement a reviewer should see first. The user's OWN reports and reviews
// are never read here (nor by any signal): they are status, shown beside the pill ("Reported by
// you on …"), and never move the score (issue 22, item 5). Without a team hub joined there is
// nothing this signal could look at: it applies only with one (Signal.appliesTo), and is then
// neither run nor counted among the checks.
import type { Signal } from './signal.ts';
import { t, words } from '../i18n.ts';
import { finding } from './common/findings.ts';

const self = { id: 'already-reported', category: 'history' } as const;

const OUTCOME_WORDS = words('f_reported_outcome_', ['open', 'confirmed', 'false-alarm']);

export const alreadyReported: Signal = {
  ...self,
  appliesTo: (ctx) => ctx.team !== undefined && ctx.team !== null,
  run(_snapshot, ctx) {
    const reports = ctx.team?.reports ?? [];
    if (reports.length === 0) return { findings: [] };
    const confirmed = reports.some((r) => r.outcome === 'confirmed');
    const allFalseAlarms = reports.every((r) => r.outcome === 'false-alarm');
    const lines = reports.slice(0, 10).map((r) => t('f_reported_line', [r.by, r.at.slice(0, 10), r.destinations.join(', ') || t('f_reported_team_hub'), OUTCOME_WORDS[r.outcome]]));
    return {
      findings: [
        finding(self, {
          severity: confirmed ? 'alert' : allFalseAlarms ? 'info' : 'warn',
          title: t('f_reported_title'),
          evidence: t('f_reported_evidence', lines.join('; ')),
          howToVerify: t('f_reported_verify'),
          refs: ['name'],
        }),
      ],
    };
  },
};

export default alreadyReported;
