// Characters that change how text looks without being seen: direction embeddings, overrides and
// isolates (U+202A–202E, U+2066–2069), zero-width spaces and joiners, direction marks, the word
// joiner, the byte-order mark, the soft hyphen, tags and fillers. "linkedin.com/in/\u202Eeod-enaj\u202C" renders as another address,
// and "Jane\u200BDoe" reads as "JaneDoe" yet is not equal to it.
// - Before any comparison they are removed (assess(): snapshot, application and memory alike), so
//   they can neither raise a finding nor hide one.
// - Wherever a value is shown or reported, the ones that have no place in a name or an address are
//   shown, marked: "⟦U+202E⟧". Joiners, direction marks and variation selectors, which Persian,
//   Arabic, Hebrew, the Indic scripts and emoji use in ordinary text, are removed but not marked.

/**
 * Removed before comparing: every format character (Unicode category Cf: direction controls,
 * zero-width spaces and joiners, direction marks, the soft hyphen, the Arabic letter mark, tags),
 * the fillers that draw nothing (combining grapheme joiner, Hangul fillers, Khmer inherent vowels,
 * Mongolian variation selectors) and the variation selectors.
 */
const INVISIBLE = /[\p{Cf}\p{Variation_Selector}\u115F\u1160\u3164\uFFA0]|\u034F|\u17B4|\u17B5/gu;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');
/**
 * Marked where shown: all of those but the ones ordinary names and text use: the joiners (U+200C,
 * U+200D), the direction marks (U+200E, U+200F, U+061C) and the variation selectors (emoji,
 * ideographs, Mongolian).
 */
const UNMARKED = /^(?:[\u200C-\u200F\u061C]|\p{Variation_Selector})$/u;

export function withoutInvisible(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
}

/** The text with each invisible character that has no place in it shown as "⟦U+XXXX⟧". */
export function markInvisible(text: string): string {
  if (!HAS_INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE, (c) => (UNMARKED.test(c) ? c : `⟦U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`));
}

/**
 * The value with every string in it stripped of invisible characters: the same object when none
 * held one (the common case costs one walk), a copy otherwise. Plain data only (objects, arrays,
 * strings, numbers, booleans, null), as snapshots and applications are.
 */
export function withoutInvisibleDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutInvisible(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const cleaned = withoutInvisibleDeep(item);
      if (cleaned !== item) (copy ??= [...value])[i] = cleaned;
    }
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const cleaned = withoutInvisibleDeep(item);
      if (cleaned !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = cleaned;
    }
    return (copy ?? value) as T;
  }
  return value;
}
