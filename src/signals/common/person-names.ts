import { memoizeString } from './memo.ts';
import { t } from '../../i18n.ts';

// Comparing person names as tokens, never as strings, and never judging a name's origin or script.
// A display name and a slug (or an e-mail address) are "the same person" when one normalised token
// agrees: maiden and married names share the first name, nicknames share a group, transliterations
// share a consonant skeleton, and reordering does not matter. Scripts this module cannot transliterate
// (Han, Arabic, Devanagari, …) make a comparison undecidable: the caller says "not checked".

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'g', ќ: 'k', ѕ: 'dz',
};

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Latin letters that do not decompose under NFD. */
const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŋ: 'ng',
};

/** Letters this module can fold to ASCII: Latin (with diacritics), Cyrillic and Greek. */
const FOLDABLE = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}\d\s'’.,()\-_&|/+@!?:;"]*$/u;

export const isFoldable = memoizeString((text: string): boolean => FOLDABLE.test(stripDecoration(text)));

/** Lower case, diacritics off, Cyrillic and Greek transliterated; other characters kept as they are. */
export const foldToAscii = memoizeString(foldText);

function foldText(text: string): string {
  const lower = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of lower) out += CYRILLIC[ch] ?? GREEK[ch] ?? LATIN_SPECIAL[ch] ?? ch;
  return out;
}

/**
 * Honorifics, credentials and generational suffixes sit beside a name without changing who it is.
 * Deliberately short: two-letter surnames (Ma, Le, Do, He, Li, Ng) are names, and particles (de, van,
 * bin) stay tokens, since a spurious match only ever silences a finding.
 */
const NOT_A_NAME = new Set([
  'dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'sir', 'phd', 'md', 'mba', 'cpa', 'pmp', 'cfa', 'cissp',
  'msc', 'bsc', 'jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'csm', 'cisa', 'cism', 'frm', 'acca', 'aws',
]);

/** Emoji, parenthesised pronouns and anything after " | " or " - " in a display name. */
function stripDecoration(text: string): string {
  return text
    .replace(/\(([^)]*)\)/g, ' ')
    .replace(/\b(she|he|they|ze)\s*\/\s*(her|him|them|hir)s?\b/gi, ' ')
    .replace(/\s[|–—]\s.*$/u, '')
    // Emoji, and the joiners and variation selectors that glue them together.
    .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, '')
    .replace(/#\S+/g, ' ')
    .trim();
}

/** Name tokens: folded, split on anything not a letter, decorations and particles removed. */
export const nameTokens = memoizeString(tokensOfName);

function tokensOfName(name: string): string[] {
  return foldToAscii(stripDecoration(name))
    .split(/[^a-z]+/)
    .filter((t) => t.length > 0 && !NOT_A_NAME.has(t));
}

// A small nickname table. Each group is one given name and its usual short forms; a token may be in
// several groups (Alex: Alexander, Alexandra, Alexei).
const NICKNAME_GROUPS: readonly string[][] = [
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['elizabeth', 'liz', 'lizzy', 'beth', 'betty', 'eliza', 'elisabeth', 'lisa', 'elsa'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['michael', 'mike', 'mikey', 'mick', 'mikhail', 'misha'],
  ['david', 'dave', 'davey'],
  ['daniel', 'dan', 'danny'],
  ['thomas', 'tom', 'tommy'],
  ['anthony', 'tony', 'antonio', 'anton'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kathy', 'cathy', 'kat', 'ekaterina', 'katya'],
  ['christopher', 'chris', 'topher', 'kit'],
  ['christine', 'christina', 'chris', 'tina', 'kristina'],
  ['alexander', 'alex', 'sasha', 'sandy', 'aleksandr', 'alexandr', 'oleksandr', 'alexandros', 'alejandro'],
  ['alexandra', 'alex', 'sasha', 'sandra', 'sandy', 'aleksandra'],
  ['alexei', 'aleksei', 'alexey', 'alex', 'alyosha'],
  ['dmitry', 'dmitri', 'dmitrii', 'dima'],
  ['nikolai', 'nikolay', 'kolya', 'nick', 'nicholas', 'nicolas', 'nikolaos', 'nikos', 'nico'],
  ['vladimir', 'vova', 'volodya', 'volodymyr'],
  ['ivan', 'vanya', 'john', 'johnny', 'jack', 'jon', 'jonathan', 'juan', 'johann', 'hans', 'ioannis', 'giannis', 'sean'],
  ['joseph', 'joe', 'joey', 'jose', 'pepe', 'giuseppe', 'josef'],
  ['jennifer', 'jen', 'jenny', 'jenn'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammy'],
  ['benjamin', 'ben', 'benny'],
  ['matthew', 'matt', 'matthias', 'mateo', 'matteo'],
  ['steven', 'stephen', 'steve', 'stevie', 'stefan', 'stephan', 'esteban'],
  ['andrew', 'andy', 'drew', 'andreas', 'andrei', 'andrey', 'andres'],
  ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['margaret', 'maggie', 'peggy', 'meg', 'greta', 'margarita', 'rita'],
  ['richard', 'rick', 'ricky', 'rich', 'dick', 'ricardo'],
  ['edward', 'ed', 'eddie', 'ted', 'ned', 'eduardo'],
  ['henry', 'harry', 'hank', 'enrique', 'heinrich'],
  ['gregory', 'greg'],
  ['jeffrey', 'geoffrey', 'jeff', 'geoff'],
  ['lawrence', 'laurence', 'larry'],
  ['charles', 'charlie', 'chuck', 'carlos', 'karl', 'carl'],
  ['susan', 'sue', 'susie', 'suzanne'],
  ['nathan', 'nathaniel', 'nate'],
  ['kenneth', 'ken', 'kenny'],
  ['timothy', 'tim', 'timmy'],
  ['frederick', 'fred', 'freddie', 'fritz'],
  ['victoria', 'vicky', 'tori'],
  ['abigail', 'abby', 'abbie'],
  ['joshua', 'josh'],
  ['zachary', 'zach', 'zack'],
  ['francisco', 'paco', 'frank', 'francis', 'franz', 'francesco'],
  ['ignacio', 'nacho'],
  ['guadalupe', 'lupe'],
  ['margarethe', 'grete'],
  ['maria', 'mary', 'marie', 'masha', 'mariya', 'maryam', 'miriam'],
  ['anna', 'ann', 'anne', 'annie', 'anya', 'hanna', 'hannah'],
  ['olga', 'olya'],
  ['tatiana', 'tatyana', 'tanya'],
  ['natalia', 'natalya', 'natasha', 'natalie'],
  ['yevgeny', 'evgeny', 'evgenii', 'eugene', 'zhenya'],
  ['sergei', 'sergey', 'serhiy', 'serge', 'sergio'],
  ['peter', 'pete', 'pyotr', 'petr', 'pedro', 'pietro', 'petros'],
  ['georgios', 'george', 'giorgos', 'yiorgos', 'jorge', 'georg', 'yuri', 'yury', 'yuriy'],
  ['konstantinos', 'konstantin', 'constantine', 'kostas', 'kostya'],
  ['dimitrios', 'dimitris', 'jim', 'demetrius'],
  ['vasileios', 'vasilis', 'vasily', 'vasiliy', 'basil'],
];

const GROUPS_BY_TOKEN: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  NICKNAME_GROUPS.forEach((group, i) => {
    for (const name of group) map.set(name, [...(map.get(name) ?? []), i]);
  });
  return map;
})();

/**
 * A consonant skeleton for transliteration variants: Aleksandr/Alexander, Yury/Yuri, Müller/Mueller,
 * Tchaikovsky/Chaykovskiy agree on it. Vowels go (they vary most between systems), digraphs fold.
 */
export function skeleton(token: string): string {
  return token
    .replace(/x/g, 'ks')
    .replace(/tch/g, 'ch')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/w/g, 'v')
    .replace(/zh/g, 'j')
    .replace(/th/g, 't')
    .replace(/[aeiouyj]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Two name tokens refer to the same name. */
export function sameNameToken(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 2 || b.length < 2) return false;
  const ga = GROUPS_BY_TOKEN.get(a);
  const gb = GROUPS_BY_TOKEN.get(b);
  if (ga && gb && ga.some((g) => gb.includes(g))) return true;
  if (a.length >= 3 && b.length >= 3 && a[0] === b[0]) {
    const sa = skeleton(a);
    if (sa.length >= 2 && sa === skeleton(b)) return true;
  }
  return false;
}

/** Every spelling a name token may take in a concatenated handle: itself and its nickname group. */
const spellings = memoizeString((token: string): string[] => {
  const groups = GROUPS_BY_TOKEN.get(token) ?? [];
  return [token, ...groups.flatMap((g) => NICKNAME_GROUPS[g] ?? [])];
});

/** LinkedIn's random vanity suffixes ("-4a2b3c1", "-123456789") and other digit runs name nobody. */
export function isRandomSuffix(token: string): boolean {
  return /^\d+$/.test(token) || (/\d/.test(token) && /^[0-9a-z]{5,}$/.test(token));
}

/** The slug's name tokens: decoded, folded, split on "-" and "_", random suffixes and digits dropped. */
export function slugTokens(slug: string): string[] {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    /* keep the raw slug */
  }
  return foldToAscii(decoded)
    .split(/[-_.\s]+/)
    .filter((t) => t.length > 0 && !isRandomSuffix(t))
    .map((t) => t.replace(/\d+/g, ''))
    .filter((t) => t.length > 0 && !NOT_A_NAME.has(t));
}

export type NameComparison =
  | { verdict: 'same'; matched: string[] }
  | { verdict: 'different'; handleTokens: string[] }
  | { verdict: 'undecidable'; reason: string };

/**
 * Does a handle (a slug, an e-mail local part, a domain label) name the person in `displayName`?
 * One matching token is enough (maiden and married names); a concatenated handle ("janedoe",
 * "jdoe") matches when it contains a name token of 3+ letters; a handle of initials matches when the
 * initials are the name's.
 */
export function compareNameWithHandle(displayName: string, handleTokens: readonly string[]): NameComparison {
  if (!isFoldable(displayName)) {
    return { verdict: 'undecidable', reason: t('cov_name_script') };
  }
  const name = nameTokens(displayName);
  if (name.length === 0) return { verdict: 'undecidable', reason: t('cov_name_no_letters') };
  if (handleTokens.length === 0) return { verdict: 'undecidable', reason: t('cov_handle_no_letters') };
  const matched = new Set<string>();
  for (const h of handleTokens) {
    for (const n of name) {
      if (sameNameToken(h, n)) matched.add(n);
      else if (h.length > n.length && spellings(n).some((s) => s.length >= 3 && h.includes(s))) matched.add(n);
    }
  }
  if (matched.size > 0) return { verdict: 'same', matched: [...matched] };
  // A display name that abbreviates a part ("Kevin Z.") agrees with a handle word of that initial.
  const abbreviated = name.filter((n) => n.length === 1 && handleTokens.some((h) => h.startsWith(n)));
  if (abbreviated.length > 0) return { verdict: 'same', matched: abbreviated };
  const compact = handleTokens.join('');
  const initials = new Set(name.map((n) => n[0]));
  if (compact.length <= name.length + 1 && [...compact].every((c) => initials.has(c))) {
    return { verdict: 'same', matched: ['initials'] };
  }
  // A handle such as "jdoe" or "doej": initials around one name token were handled above; a handle
  // that starts with the first initial and continues with a surname variant is covered by includes().
  return { verdict: 'different', handleTokens: [...handleTokens] };
}

/** Two displayed names are the same person's when they share a token (after the same folding). */
export function namesShareToken(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  return ta.some((x) => tb.some((y) => sameNameToken(x, y)));
}
