// The page carries the name in several places: the top card, the page title, the JSON-LD and the
// photo's alt text. They come from different caches, so a renamed account can show its old name in
// one of them. Credentials ("PhD"), pronouns and middle names are allowed: only a source that shares
// no name at all with the displayed one counts.
import type { Signal } from './signal.ts';
import { finding, notChecked } from './common/findings.ts';
import { isFoldable, namesShareToken, nameTokens } from './common/person-names.ts';
import { memoizeString } from './common/memo.ts';
import { t } from '../i18n.ts';

const self = { id: 'name-inconsistency-on-the-page', category: 'identity' } as const;

type Source = 'title' | 'jsonLd' | 'photoAlt';

/** 'the page title says "Jane Doe"': one clause for each place the name appears. */
function saysClause(where: Source, text: string): string {
  switch (where) {
    case 'title':
      return t('f_name_mismatch_title_says', text);
    case 'jsonLd':
      return t('f_name_mismatch_jsonld_says', text);
    case 'photoAlt':
      return t('f_name_mismatch_photo_says', text);
  }
}

/** "Jane Doe, #OPEN_TO_WORK" → "Jane Doe"; generic alt texts lose their generic words. */
const cleanSource = memoizeString(cleanSourceText);

function cleanSourceText(text: string): string {
  return text
    .replace(/^\(\d+\)\s*/, '')
    .replace(/,?\s*#OPEN_TO_WORK/i, '')
    // Generic alt texts ("Profile photo of …", "View Jane's profile picture") name nobody by themselves.
    .replace(/\b(view\s+)?(profile\s+)?(photo|picture|image|avatar)(\s+of)?\b/gi, '')
    .replace(/\bprofile\b|['’]s\b/gi, '')
    .trim();
}

/** Section names LinkedIn puts in page titles beside the name ("Experience | Jane Doe | LinkedIn"). */
const TITLE_SECTIONS = /^(linkedin|experience|education|activity|recent activity|posts|comments|skills|licenses & certifications|certifications|projects|recommendations|interests|about)$/i;

/**
 * The page title's parts that can be a name. Logged-in pages read "(3) Jane Doe | LinkedIn" or
 * "Experience | Jane Doe | LinkedIn"; guest pages "Jane Doe - Headline - Company | LinkedIn".
 */
const titleParts = memoizeString(titlePartsOf);

function titlePartsOf(title: string): string[] {
  return cleanSource(title)
    .split(/\s+[|–—-]\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !TITLE_SECTIONS.test(p));
}

export const nameInconsistencyOnThePage: Signal = {
  ...self,
  run(snapshot) {
    const sources = snapshot.nameSources;
    const candidates: { where: Source; parts: string[] }[] = [
      { where: 'title', parts: sources?.pageTitle ? titleParts(sources.pageTitle) : [] },
      { where: 'jsonLd', parts: sources?.jsonLd ? [cleanSource(sources.jsonLd)] : [] },
      { where: 'photoAlt', parts: sources?.photoAlt ? [cleanSource(sources.photoAlt)] : [] },
    ];
    // A source names someone when one of its parts has name tokens; the first such part is what it "says".
    const named = candidates
      .map(({ where, parts }) => ({ where, parts: parts.filter((p) => nameTokens(p).length > 0) }))
      .filter((s) => s.parts.length > 0)
      .map(({ where, parts }) => ({ where, parts, text: parts[0]! }));
    if (!snapshot.name || named.length === 0) {
      return { findings: [], notChecked: notChecked(self, t('f_name_mismatch_no_second'), t('f_name_mismatch_no_second_how')) };
    }
    if (!isFoldable(snapshot.name) || named.some((s) => s.parts.some((p) => !isFoldable(p)))) {
      return { findings: [], notChecked: notChecked(self, t('f_name_mismatch_script'), t('f_name_mismatch_script_how')) };
    }
    const differing = named.filter((s) => !s.parts.some((p) => namesShareToken(snapshot.name!, p)));
    if (differing.length === 0) return { findings: [] };
    return {
      findings: [
        finding(self, {
          severity: 'warn',
          title: t('f_name_mismatch_title'),
          evidence: t('f_name_mismatch_evidence', [
            snapshot.name,
            differing.map((s) => saysClause(s.where, s.text)).reduce((first, second) => t('text_and', [first, second])),
          ]),
          howToVerify: t('f_name_mismatch_verify'),
          refs: ['name', ...(differing.some((s) => s.where === 'photoAlt') ? ['photo'] : [])],
        }),
      ],
    };
  },
};

export default nameInconsistencyOnThePage;
