// A fabricated identity gets a fresh account with a long career written into it. People who avoided
// LinkedIn for years exist, so alone this is `info`; assess() raises it to `warn` beside other signs.
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { joinedMonth } from './common/account-age.ts';
import { claimedCareer } from './common/career.ts';
import { formatDuration, formatMonth, monthOf } from './common/partial-dates.ts';

const NEW_ACCOUNT_MONTHS = 24;
const LONG_CAREER_MONTHS = 8 * 12;

const self = { id: 'new-account-long-career', category: 'network' } as const;

export const newAccountLongCareer: Signal = {
  ...self,
  corroboration: { categories: ['reactivation', 'timeline', 'contact', 'education', 'identity', 'history'], severity: 'warn' },
  run(snapshot, ctx) {
    const joined = joinedMonth(snapshot);
    if (joined === null) {
      return { findings: [], notChecked: notChecked(self, t('f_new_account_no_join_reason'), t('f_new_account_no_join_see'), 'aboutThisProfile') };
    }
    const career = claimedCareer(snapshot, ctx);
    if (!career) {
      return { findings: [], notChecked: notChecked(self, t('f_new_account_no_positions_reason'), t('f_new_account_no_positions_see'), 'experience') };
    }
    const accountMonths = monthOf(ctx.now) - joined;
    if (accountMonths > NEW_ACCOUNT_MONTHS || career.spanMonths < LONG_CAREER_MONTHS) return { findings: [] };
    return {
      findings: [
        finding(self, {
          severity: 'info',
          title: t('f_new_account_title'),
          evidence: t('f_new_account_evidence', [formatMonth(joined), formatDuration(Math.max(accountMonths, 0)), formatDuration(career.spanMonths)]),
          howToVerify: t('f_new_account_verify'),
          refs: ['about-this-profile'],
        }),
      ],
    };
  },
};

export default newAccountLongCareer;
