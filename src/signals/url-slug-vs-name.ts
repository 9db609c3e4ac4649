// A hijacked account often keeps its old owner's vanity slug (/in/<slug>/) while the display name is
// changed to the new persona. Names are compared as normalised tokens: case, diacritics, Cyrillic
// and Greek transliteration, LinkedIn's random suffixes, initials, nicknames and reordering are all
// allowed for, and one shared token is enough (maiden and married names). A name in a script this
// check cannot transliterate is "not checked", never a finding: the script of a name is never a sign.
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { compareNameWithHandle, isRandomSuffix, slugTokens } from './common/person-names.ts';

/**
 * Ordinary words handles are made of ("techguru", "the-data-guy", "codes-and-coffee"). A slug token
 * is a handle word when it is one of HANDLE_WORDS, or when it splits wholly into two or more of
 * VOCABULARY ("techguru" = tech + guru, "thedataguy" = the + data + guy). VOCABULARY may hold words
 * that are also someone's name ("guru", "seo", "dev") because a name alone never splits into two
 * of them; HANDLE_WORDS, which count alone, hold none: tests/signals/handle-words.test.ts checks
 * that names and surnames of many origins are never handle words, since a handle word lowers the
 * finding to a note and must not do so for some names and not others.
 */
const VOCABULARY = new Set([
  'the', 'and', 'of', 'my', 'its', 'iam', 'real', 'official', 'hq', 'dev', 'devs', 'code', 'codes', 'coder', 'coding', 'tech', 'techie', 'data',
  'cloud', 'ai', 'ml', 'web', 'app', 'apps', 'design', 'designs', 'designer', 'studio', 'digital', 'media', 'pro', 'guru', 'ninja', 'wizard',
  'geek', 'nerd', 'hacker', 'hacks', 'builds', 'builder', 'writes', 'writer', 'talks', 'says', 'thinks', 'online', 'hire', 'hiring', 'jobs',
  'career', 'careers', 'recruiter', 'recruiting', 'talent', 'consulting', 'consultant', 'coach', 'mentor', 'lab', 'labs', 'works', 'io',
  'inc', 'llc', 'ltd', 'group', 'team', 'pixel', 'pixels', 'maker', 'makes', 'creative', 'crypto', 'blockchain', 'fintech', 'security', 'cyber',
  'sec', 'ops', 'devops', 'engineer', 'engineering', 'architect', 'analytics', 'analyst', 'marketing', 'sales', 'growth', 'product', 'pm', 'ux', 'ui',
  'seo', 'photo', 'photos', 'photography', 'art', 'arts', 'music', 'travel', 'life', 'world', 'global', 'page', 'profile', 'coffee', 'guy', 'girl',
  'dude', 'boss', 'fan', 'lover', 'expert', 'tutor', 'teacher', 'dad', 'mom', 'mum', 'hub', 'zone', 'net', 'blog', 'vlog', 'smith', 'craft',
]);

/** Handle words that count alone: none of them is a given name or a surname anywhere we know of. */
const HANDLE_WORDS = new Set([
  'the', 'and', 'of', 'official', 'hq', 'devs', 'coder', 'coding', 'codes', 'tech', 'techie', 'cloud', 'apps', 'designer', 'designs', 'studio',
  'digital', 'ninja', 'wizard', 'geek', 'nerd', 'hacks', 'writes', 'talks', 'thinks', 'online', 'hiring', 'recruiter', 'recruiting', 'talent',
  'consulting', 'consultant', 'mentor', 'labs', 'llc', 'ltd', 'pixels', 'creative', 'crypto', 'blockchain', 'fintech', 'security', 'cyber',
  'devops', 'engineer', 'engineering', 'architect', 'analytics', 'analyst', 'marketing', 'photography', 'profile', 'coffee', 'tutor', 'teacher',
  'blog', 'vlog',
]);

/** The token splits wholly into two or more VOCABULARY words of three letters or more. */
function splitsIntoWords(token: string): boolean {
  const n = token.length;
  if (n < 6 || n > 40) return false;
  // most[i]: the most words that spell token[0, i) exactly, or -1.
  const most: number[] = new Array<number>(n + 1).fill(-1);
  most[0] = 0;
  for (let i = 0; i < n; i++) {
    if (most[i]! < 0) continue;
    for (let j = i + 3; j <= Math.min(n, i + 12); j++) if (VOCABULARY.has(token.slice(i, j))) most[j] = Math.max(most[j]!, most[i]! + 1);
  }
  return most[n]! >= 2;
}

export function isHandleWord(token: string): boolean {
  return HANDLE_WORDS.has(token) || splitsIntoWords(token);
}

/**
 * Does the address name a person (another one, since the name did not match)? LinkedIn's own shape
 * ("first-last-4a2b3c1": two or more words and the random suffix LinkedIn adds to an address it makes
 * from the name), or two or more name-like words with no handle word among them. A handle, one
 * word (a given name alone) or words that name no one do not: at most a note.
 */
export function slugNamesAPerson(slug: string, tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => /^[a-z]{2,}$/.test(t));
  if (words.length < 2) return false;
  const parts = slug.toLowerCase().split(/[-_]+/);
  const linkedInShape = parts.length >= 3 && isRandomSuffix(parts[parts.length - 1] ?? '') && parts.slice(0, -1).every((p) => /^[a-z\u00c0-\u024f]{2,}$/.test(p));
  if (linkedInShape) return true;
  return !tokens.some(isHandleWord);
}

const self = { id: 'url-slug-vs-name', category: 'identity' } as const;

export const urlSlugVsName: Signal = {
  ...self,
  run(snapshot) {
    if (!snapshot.slug || !snapshot.name) {
      return {
        findings: [],
        notChecked: notChecked(self, snapshot.slug ? t('f_slug_no_name_reason') : t('f_slug_no_slug_reason'), t('f_slug_missing_see')),
      };
    }
    const tokens = slugTokens(snapshot.slug);
    const verdict = compareNameWithHandle(snapshot.name, tokens);
    if (verdict.verdict === 'undecidable') {
      return { findings: [], notChecked: notChecked(self, t('f_slug_undecidable_reason', [verdict.reason, snapshot.slug]), t('f_slug_undecidable_see')) };
    }
    if (verdict.verdict === 'same') return { findings: [] };
    const namesSomeone = slugNamesAPerson(snapshot.slug, tokens);
    return {
      findings: [
        finding(self, {
          severity: namesSomeone ? 'alert' : 'info',
          title: namesSomeone ? t('f_slug_other_person_title') : t('f_slug_no_name_part_title'),
          evidence: namesSomeone
            ? t('f_slug_other_person_evidence', [snapshot.slug, tokens.join(' '), snapshot.name])
            : t('f_slug_no_name_part_evidence', [snapshot.slug, snapshot.name]),
          howToVerify: t('f_slug_verify'),
          refs: ['name'],
        }),
      ],
    };
  },
};

export default urlSlugVsName;
