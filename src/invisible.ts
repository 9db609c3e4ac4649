// Characters that change how text looks without being seen: direction embeddings, overrides and
// isolates (U+202A–202E, U+2066–2069), zero-width spaces and joiners, direction marks, the word
// joiner and the byte-order mark. "linkedin.com/in/\u202Eeod-enaj\u202C" renders as another address,
// and "Jane\u200BDoe" reads as "JaneDoe" yet is not equal to it.
// - Before any comparison they are removed (assess(): snapshot, application and memory alike), so
//   they can neither raise a finding nor hide one.
// - Wherever a value is shown or reported, the ones that have no place in a name or an address are
//   shown, marked: "⟦U+202E⟧". Joiners and direction marks, which scripts such as Persian, Arabic,
//   Hebrew and the Indic ones use in ordinary names, are removed for comparing but not marked.

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const MARKED = /[\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const HAS_INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export function withoutInvisible(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
}

/** The text with each direction control and zero-width space shown as "⟦U+XXXX⟧". */
export function markInvisible(text: string): string {
  return text.replace(MARKED, (c) => `⟦U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟧`);
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
