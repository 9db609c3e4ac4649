// A hijacked account often keeps its old owner's vanity slug (/in/<slug>/) while the display name is
// changed to the new persona. Names are compared as normalised tokens: case, diacritics, Cyrillic
// and Greek transliteration, LinkedIn's random suffixes, initials, nicknames and reordering are all
// allowed for, and one shared token is enough (maiden and married names). A name in a script this
// check cannot transliterate is "not checked", never a finding: the script of a name is never a sign.
import type { Signal } from './signal.ts';
import { finding, notChecked } from './common/findings.ts';
import { compareNameWithHandle, slugTokens } from './common/person-names.ts';

const self = { id: 'url-slug-vs-name', category: 'identity' } as const;

export const urlSlugVsName: Signal = {
  ...self,
  run(snapshot) {
    if (!snapshot.slug || !snapshot.name) {
      return {
        findings: [],
        notChecked: notChecked(self, `the page shows no ${snapshot.slug ? 'name' : 'profile URL slug'}`, 'open the profile at its /in/<slug>/ address'),
      };
    }
    const tokens = slugTokens(snapshot.slug);
    const verdict = compareNameWithHandle(snapshot.name, tokens);
    if (verdict.verdict === 'undecidable') {
      return { findings: [], notChecked: notChecked(self, `${verdict.reason} (slug "${snapshot.slug}")`, 'compare the name with the profile address by eye') };
    }
    if (verdict.verdict === 'same') return { findings: [] };
    // A slug of two or more name-like words names a person; a single word may just be a handle.
    const namesSomeone = tokens.filter((t) => /^[a-z]{2,}$/.test(t)).length >= 2;
    return {
      findings: [
        finding(self, {
          severity: namesSomeone ? 'alert' : 'info',
          title: namesSomeone ? 'Profile address names a different person' : 'Profile address does not contain the name',
          evidence: namesSomeone
            ? `The address /in/${snapshot.slug}/ reads "${tokens.join(' ')}", which shares no name with "${snapshot.name}", even allowing for nicknames, initials, transliteration and a maiden or married name. The account is possibly compromised or misrepresented.`
            : `The address /in/${snapshot.slug}/ does not contain any part of "${snapshot.name}"; it may simply be a chosen handle.`,
          howToVerify: 'Ask the candidate about the profile address; on a video call, compare their ID with the name and with earlier employers.',
          refs: ['name'],
        }),
      ],
    };
  },
};

export default urlSlugVsName;
