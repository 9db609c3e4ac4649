// Colleagues reported this profile before, or the team marked it, through the team hub (ctx.team).
// Evidence from others: an independent earlier judgement a reviewer should see first. A profile the
// team confirmed as fraud raises it to an alert; one the team found a false alarm says so and
// weighs nothing (info). The user's OWN reports and reviews are never read here (nor by any
// signal): they are status, shown beside the pill ("Reported by you on …"), and never move the
// score (issue 22, item 5). Without a team hub joined there is nothing this signal could look at:
// it applies only with one (Signal.appliesTo), and is then neither run nor counted among the checks.
import type { Severity, TeamOutcome } from '../model.ts';
import type { Signal } from './signal.ts';
import { t, words } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { isAnswer, teamAnswer, teamJoined } from './common/team.ts';

const self = { id: 'already-reported', category: 'team' } as const;

const OUTCOME_WORDS = words('f_reported_outcome_', ['open', 'under-review', 'confirmed', 'false-alarm']);
const TRIAGE_WORDS: Record<Exclude<TeamOutcome, 'open'>, (by: string, date: string) => string> = {
  'under-review': (by, date) => t('f_team_triage_under_review', [by, date]),
  confirmed: (by, date) => t('f_team_triage_confirmed', [by, date]),
  'false-alarm': (by, date) => t('f_team_triage_false_alarm', [by, date]),
};
/** Where a colleague's report went, in words; a destination this version does not know, as the hub sent it. */
const DESTINATIONS = words('destination_', ['clipboard', 'download', 'email', 'webhook', 'team', 'linkedin', 'ic3']);
const destination = (d: string) => (Object.hasOwn(DESTINATIONS, d) ? DESTINATIONS[d as keyof typeof DESTINATIONS] : d);
const SEVERITY: Record<TeamOutcome, Severity> = { open: 'warn', 'under-review': 'warn', confirmed: 'alert', 'false-alarm': 'info' };

export const alreadyReported: Signal = {
  ...self,
  appliesTo: teamJoined,
  run(_snapshot, ctx) {
    const team = teamAnswer(ctx, self);
    if (!isAnswer(team)) return { findings: [], notChecked: team };
    const { reports } = team;
    const triage = team.triage ?? null;
    if (reports.length === 0 && triage === null) return { findings: [] };
    // The team's triage decides when there is one; otherwise the reports' outcome (the profile's status when each was read).
    const outcome: TeamOutcome = triage?.outcome ?? (reports.some((r) => r.outcome === 'confirmed') ? 'confirmed' : reports.every((r) => r.outcome === 'false-alarm') ? 'false-alarm' : 'open');
    const parts: string[] = [];
    if (reports.length > 0) {
      const lines = reports.slice(0, 10).map((r) => t('f_reported_line', [r.by, r.at.slice(0, 10), r.destinations.map(destination).join(', ') || t('f_reported_team_hub'), OUTCOME_WORDS[r.outcome]]));
      parts.push(t('f_reported_evidence', lines.join('; ')));
    }
    if (triage) {
      parts.push(TRIAGE_WORDS[triage.outcome](triage.by ?? t('f_team_an_admin'), triage.at?.slice(0, 10) ?? '?'));
      if (triage.note) parts.push(t('f_team_triage_note', triage.note.slice(0, 500)));
    }
    return {
      findings: [
        finding(self, {
          severity: SEVERITY[outcome],
          title: reports.length > 0 ? t('f_reported_title') : t('f_team_marked_title'),
          evidence: parts.join(' '),
          howToVerify: reports.length > 0 ? t('f_reported_verify') : t('f_team_marked_verify'),
          refs: ['name'],
        }),
      ],
    };
  },
};

export default alreadyReported;
