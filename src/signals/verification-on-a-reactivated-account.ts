// Attackers hijack dormant accounts "to gain verification" (Amazon CSO, Dec 2025): a badge never
// clears a profile. This is context beside the reactivation signs, not a second count of them, so it
// is always `info` and adds nothing to the score.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t, wordsLanguage } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { activityGapThenBurst } from './activity-gap-then-burst.ts';
import { identityEditsOnAnOldAccount } from './identity-edits-on-an-old-account.ts';
import { newCurrentRoleAfterLongGap } from './new-current-role-after-a-long-gap.ts';

const self = { id: 'verification-on-a-reactivated-account', category: 'reactivation' } as const;

/** Reactivation findings of the other signals that are more than a lone career gap. */
function reactivationSigns(...args: Parameters<Signal['run']>): Finding[] {
  const strong = [activityGapThenBurst, identityEditsOnAnOldAccount].flatMap((s) => s.run(...args).findings.filter((f) => f.severity !== 'info'));
  const gap = strong.length > 0 ? newCurrentRoleAfterLongGap.run(...args).findings : [];
  return [...strong, ...gap];
}

export const verificationOnReactivatedAccount: Signal = {
  ...self,
  run(snapshot, ctx) {
    const lines = snapshot.aboutThisProfile?.verifications ?? [];
    const verified = snapshot.verified === true || lines.length > 0;
    const unknown = !verified && snapshot.verified === null && !snapshot.aboutThisProfile;
    // Known to be unverified: there is no badge to put in context.
    if (!verified && !unknown) return { findings: [] };
    const signs = reactivationSigns(snapshot, ctx);
    if (signs.length === 0) return { findings: [] };
    if (!verified) {
      if (unknown) {
        return {
          findings: [],
          notChecked: notChecked(self, t('f_verified_unknown_reason'), t('f_verified_unknown_see'), 'aboutThisProfile'),
        };
      }
      return { findings: [] };
    }
    // The other findings' titles run into the sentence: lower-cased where the language writes them so.
    const keepCase = t('f_verified_titles_case') === 'keep';
    const beside = signs.map((s) => (keepCase ? s.title : s.title.toLocaleLowerCase(wordsLanguage()))).join('; ');
    return {
      findings: [
        finding(self, {
          severity: 'info',
          title: t('f_verified_title'),
          evidence: lines.length > 0 ? t('f_verified_evidence_lines', [lines.join('; '), beside]) : t('f_verified_evidence_badge', beside),
          howToVerify: t('f_verified_verify'),
          refs: ['name', ...(snapshot.aboutThisProfile ? ['about-this-profile'] : [])],
        }),
      ],
    };
  },
};

export default verificationOnReactivatedAccount;
