// The name on the application and the name on the profile share nothing. Compared as tokens with
// the slug check's tolerance: nicknames, initials, transliteration, reordering, and one shared name
// is enough (a maiden or married name). A name in a script the check cannot transliterate is not
// checked: a script is never a sign.
import type { Signal } from './signal.ts';
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
    if (!appName) return { findings: [], notChecked: notChecked(self, 'no name could be read from the application', 'compare the name on the application with the profile by eye') };
    if (!snapshot.name) return { findings: [], notChecked: notChecked(self, 'the page shows no name', 'open the profile page itself') };
    if (!isFoldable(appName) || !isFoldable(snapshot.name)) {
      return { findings: [], notChecked: notChecked(self, 'a name is written in a script this check cannot transliterate', 'compare the two names by eye') };
    }
    if (namesShareToken(appName, snapshot.name)) return { findings: [] };
    const verdict = compareNameWithHandle(snapshot.name, nameTokens(appName));
    if (verdict.verdict !== 'different') return { findings: [] };
    const full = nameTokens(appName).length >= 2 && nameTokens(snapshot.name).length >= 2;
    return {
      findings: [
        finding(self, {
          severity: full ? 'alert' : 'warn',
          title: 'The application and the profile name different people',
          evidence: `${sideBySide(`"${appName}"`, `"${snapshot.name}"`)} No name in common, even allowing for nicknames, initials, transliteration and a maiden or married name. The profile is possibly not the candidate's, or the account is possibly compromised.`,
          howToVerify: "Ask the candidate about the difference; on a video call, compare an ID document with both names.",
          refs: ['name'],
        }),
      ],
    };
  },
};

export default applicationNameVsProfile;
