// The same phone, e-mail, photo or About text on other profiles the user's TEAM saw (the team hub
// matches keyed hashes: neither side learns the other's values). One operator runs many personas,
// and no recruiter sees them all: this is the sign a team sees together. As with the user's own
// memory (shared-across-profiles), a shared phone or About text may be a switchboard or a template
// (warn), a shared personal e-mail address or photo is an alert, and so is any detail shared with a
// profile the team confirmed as fraud. Applies only with a team hub joined.
import type { Finding, Severity, TeamSharedDetail } from '../model.ts';
import type { Signal } from './signal.ts';
import { t, tn, words } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { isAnswer, teamAnswer, teamJoined } from './common/team.ts';

const self = { id: 'team-shared-details', category: 'team' } as const;

const SEVERITY: Record<TeamSharedDetail['kind'], Severity> = { phone: 'warn', about: 'warn', email: 'alert', photo: 'alert' };
const REFS = { photo: 'photo', about: 'about' } as const;
const TITLES = words('f_team_shared_title_', ['phone', 'email', 'photo', 'about']);

function outcomeOf(s: TeamSharedDetail): string {
  if (s.confirmed > 0) return tn('f_team_shared_confirmed', s.confirmed);
  if (s.reported > 0) return tn('f_team_shared_reported', s.reported);
  return t('f_team_shared_none_reported');
}

export const teamSharedDetails: Signal = {
  ...self,
  appliesTo: teamJoined,
  run(snapshot, ctx) {
    const team = teamAnswer(ctx, self);
    if (!isAnswer(team)) return { findings: [], notChecked: team };
    const findings: Finding[] = team.shared
      .filter((s) => s.otherProfiles > 0)
      .map((s) => {
        // The element the detail is on; a phone or e-mail only the kept application carries is on
        // none, and its badge goes beside the name rather than beside another number.
        const ref =
          s.kind === 'phone'
            ? snapshot.contact?.phones.find((p) => p.raw.trim() === s.value)?.ref
            : s.kind === 'email'
              ? snapshot.contact?.emails.find((e) => e.address.trim().toLowerCase() === s.value.toLowerCase())?.ref
              : REFS[s.kind];
        // A photo matched by its print alone is a likeness (warn) to compare by eye, unless one of those profiles was confirmed as fraud.
        return finding(self, {
          detail: `${s.kind}:${s.value}`,
          severity: s.confirmed > 0 ? 'alert' : s.likeness ? 'warn' : SEVERITY[s.kind],
          title: s.likeness ? t('f_team_shared_title_picture') : TITLES[s.kind],
          evidence: [tn('f_team_shared_evidence', s.otherProfiles, [s.value]), tn('f_team_shared_seen_by', s.seenBy), outcomeOf(s)].join(' '),
          howToVerify: s.likeness ? t('f_team_shared_verify_picture') : t('f_team_shared_verify'),
          refs: ref ? [ref] : [],
          fallbackRef: 'name',
        });
      });
    return { findings };
  },
};

export default teamSharedDetails;
