// The name on the application and the name on the profile share nothing. Compared as tokens with
// the slug check's tolerance: nicknames, initials, transliteration, reordering, and one shared name
// is enough (a maiden or married name). A name in a script the check cannot transliterate is not
// checked: a script is never a sign.
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { applicationMissing, sideBySide } from './common/application.ts';
import { compareNameWithHandle, isFoldable, nameTokens, namesShareToken } from './common/person-names.ts';

const self = { id: 'application-name-vs-profile', category: 'application' } as const;

export const applicationNameVsProfile: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = applicationMissing(ctx, self);
    if (missing) return { findings: [], notChecked: missing };
    const appName = ctx.application!.name;
    if (!appName) return { findings: [], notChecked: notChecked(self, t('fa_name_none_reason'), t('fa_name_none_see')) };
    if (!snapshot.name) return { findings: [], notChecked: notChecked(self, t('fa_name_no_page_name_reason'), t('fa_name_no_page_name_see')) };
    if (!isFoldable(appName) || !isFoldable(snapshot.name)) {
      return { findings: [], notChecked: notChecked(self, t('fa_name_script_reason'), t('fa_name_script_see')) };
    }
    if (namesShareToken(appName, snapshot.name)) return { findings: [] };
    const verdict = compareNameWithHandle(snapshot.name, nameTokens(appName));
    if (verdict.verdict !== 'different') return { findings: [] };
    const full = nameTokens(appName).length >= 2 && nameTokens(snapshot.name).length >= 2;
    return {
      findings: [
        finding(self, {
          severity: full ? 'alert' : 'warn',
          title: t('fa_name_title'),
          evidence: t('fa_name_evidence', [sideBySide(t('fa_quoted', [appName]), t('fa_quoted', [snapshot.name]))]),
          howToVerify: t('fa_name_verify'),
          refs: ['name'],
        }),
      ],
    };
  },
};

export default applicationNameVsProfile;
