// How the work is done, as résumés write it after an employer's name or a title: "(Remote)",
// "· Remote", "— Télétravail", ", hybrid", "(à distance)". It is never part of the name it follows:
// the text résumé reader (src/application/text.ts) leaves it out, and the comparison
// (src/signals/common/application.ts) leaves it out of what any reader gave it (a JSON Resume's
// "Acme (Remote)"), so it is neither compared nor repeated in a finding's advice. In the base layer, beside the
// model: the readers and the worker's signals both use it, and the worker must not reach the
// application's readers (tests/signals/worker-only.test.ts).

/** The work modes in the seven languages, folded (lower case; accented and unaccented forms). */
export const WORK_MODE = String.raw`remote|fully remote|100\s?% remote|remote-first|hybrid|on-?site|vor ort|mobiles arbeiten|homeoffice|home office|t[eé]l[eé]travail|[aà] distance|hybride|remoto|h[ií]brido|presencial|ibrido|op afstand|thuiswerken`;

/** A part that is only a work mode ("Remote", "Télétravail"). */
export const WORK_MODE_ONLY = new RegExp(`^(?:${WORK_MODE})$`, 'i');

/** A work mode at the end of a name: in brackets, or after a comma, a middle dot, a bullet, a pipe or a dash set off by spaces. */
const WORK_MODE_SUFFIX = new RegExp(`\\s*(?:[([]\\s*(?:${WORK_MODE})\\s*[)\\]]|(?:,|\\s[·•|–—-])\\s*(?:${WORK_MODE}))\\s*$`, 'i');

/** The name without a work mode after it ("Globex Inc. (Remote)" → "Globex Inc."); the name itself when nothing else would be left. */
export function withoutWorkMode(name: string): string {
  // Spaces as one first: the pattern would retry a long run of them from each of its characters.
  const out = name.replace(/\s+/g, ' ').replace(WORK_MODE_SUFFIX, '').trim();
  return out.length > 0 ? out : name;
}
