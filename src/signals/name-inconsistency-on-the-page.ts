// The page carries the name in several places: the top card, the page title, the JSON-LD and the
// photo's alt text. They come from different caches, so a renamed account can show its old name in
// one of them. Credentials ("PhD"), pronouns and middle names are allowed: only a source that shares
// no name at all with the displayed one counts.
import type { Signal } from './signal.ts';
import { finding, notChecked } from './common/findings.ts';
import { isFoldable, namesShareToken, nameTokens } from './common/person-names.ts';

const self = { id: 'name-inconsistency-on-the-page', category: 'identity' } as const;

/** "(3) Jane Doe | LinkedIn" → "Jane Doe"; "Jane Doe, #OPEN_TO_WORK" → "Jane Doe". */
function cleanSource(text: string): string {
  return text
    .replace(/^\(\d+\)\s*/, '')
    .replace(/\s*[|–-]\s*LinkedIn.*$/i, '')
    .replace(/,?\s*#OPEN_TO_WORK/i, '')
    // Generic alt texts ("Profile photo of …", "View Jane's profile picture") name nobody by themselves.
    .replace(/\b(view\s+)?(profile\s+)?(photo|picture|image|avatar)(\s+of)?\b/gi, '')
    .replace(/\bprofile\b|['’]s\b/gi, '')
    .replace(/\s*[|–—]\s.*$/, '')
    .trim();
}

export const nameInconsistencyOnThePage: Signal = {
  ...self,
  run(snapshot) {
    const sources = snapshot.nameSources;
    const candidates: { where: string; raw: string | null | undefined }[] = [
      { where: 'page title', raw: sources?.pageTitle },
      { where: 'structured data (JSON-LD)', raw: sources?.jsonLd },
      { where: "photo's alt text", raw: sources?.photoAlt },
    ];
    const named = candidates
      .map(({ where, raw }) => ({ where, text: raw ? cleanSource(raw) : '' }))
      .filter((s) => s.text.length > 0 && nameTokens(s.text).length > 0);
    if (!snapshot.name || named.length === 0) {
      return { findings: [], notChecked: notChecked(self, 'the page has no second place the name appears (title, structured data, photo text)', 'compare the name in the browser tab title with the one on the page') };
    }
    if (!isFoldable(snapshot.name) || named.some((s) => !isFoldable(s.text))) {
      return { findings: [], notChecked: notChecked(self, 'a name on the page is in a script this check cannot transliterate', 'compare the names on the page by eye') };
    }
    const differing = named.filter((s) => !namesShareToken(snapshot.name!, s.text));
    if (differing.length === 0) return { findings: [] };
    return {
      findings: [
        finding(self, {
          severity: 'warn',
          title: 'The page names two different people',
          evidence: `The top card says "${snapshot.name}", but ${differing.map((s) => `the ${s.where} says "${s.text}"`).join(' and ')}. A recently renamed account can show its old name in one place; possibly compromised or misrepresented.`,
          howToVerify: 'Ask the candidate which name they use and why the page shows another; check their ID on a video call.',
          refs: ['name', ...(differing.some((s) => s.where.startsWith('photo')) ? ['photo'] : [])],
        }),
      ],
    };
  },
};

export default nameInconsistencyOnThePage;
