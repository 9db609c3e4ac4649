// The team signals read what the user's team hub answered (ctx.team). Until it answered, or when it
// could not be asked, they say why, as a check not made: never as a team that knows nothing.
import type { AssessContext, Category, NotChecked, TeamView } from '../../model.ts';
import { t } from '../../i18n.ts';
import { notChecked } from './findings.ts';

/** The team signals apply only with a team hub joined (Signal.appliesTo). */
export const teamJoined = (ctx: AssessContext): boolean => ctx.team !== undefined && ctx.team !== null;

/** The hub's answer, or why there is none (a "not checked" for this signal). */
export function teamAnswer(ctx: AssessContext, signal: { id: string; category: Category }): Extract<TeamView, { status: 'answered' }> | NotChecked {
  const team = ctx.team;
  if (!team) return notChecked(signal, t('cov_team_unreachable', t('team_err_not_joined')), t('cov_team_unreachable_how'));
  switch (team.status) {
    case 'answered':
      return team;
    case 'asking':
      return notChecked(signal, t('cov_team_asking'), t('cov_team_asking_how'));
    case 'unreachable':
      return notChecked(signal, t('cov_team_unreachable', team.reason), t('cov_team_unreachable_how'));
    case 'revoked':
      return notChecked(signal, t('cov_team_revoked'), t('cov_team_revoked_how'));
    case 'not-sent':
      return notChecked(signal, t('cov_team_not_sent', team.reason), t('cov_team_not_sent_how'));
  }
}

export const isAnswer = (a: Extract<TeamView, { status: 'answered' }> | NotChecked): a is Extract<TeamView, { status: 'answered' }> => 'status' in a;
