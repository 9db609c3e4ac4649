// How much of an application is read. A résumé is a few pages: its text is a few thousand
// characters, its lists a few dozen entries. A file far beyond that (a generated one, a hostile one)
// is read up to these limits, and what was left out is said (Application.cuts), never refused whole
// and never passed off as all there was.
import type { Application, ApplicationCut } from './model.ts';
import { t, wordsLanguage } from '../i18n.ts';

/** The text the readers see: about 60 pages of dense résumé. */
export const MAX_TEXT_CHARS = 200_000;

/** The most entries kept of each list. */
export const MAX_ENTRIES = {
  positions: 100,
  education: 30,
  emails: 10,
  phones: 10,
  linkedinUrls: 10,
} as const satisfies Partial<Record<ApplicationCut['part'], number>>;

/** The text cut to MAX_TEXT_CHARS (never inside a character written as two UTF-16 units), and the cut if one was made. */
export function cutText(text: string): { text: string; cut: ApplicationCut | null } {
  if (text.length <= MAX_TEXT_CHARS) return { text, cut: null };
  let end = MAX_TEXT_CHARS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { text: text.slice(0, end), cut: { part: 'text', kept: end, found: text.length } };
}

/** The first `max` items of a list, noting the cut in `cuts` when the list was longer. */
export function cutList<T>(items: readonly T[], part: ApplicationCut['part'], max: number, cuts: ApplicationCut[]): T[] {
  if (items.length <= max) return [...items];
  cuts.push({ part, kept: max, found: items.length });
  return items.slice(0, max);
}

/** Every list of an application cut to MAX_ENTRIES, the cuts added to those already made (the text's). */
export function cutApplication(app: Application, earlier: readonly ApplicationCut[] = []): Application {
  const cuts = [...earlier, ...(app.cuts ?? [])];
  const out: Application = {
    ...app,
    emails: cutList(app.emails, 'emails', MAX_ENTRIES.emails, cuts),
    phones: cutList(app.phones, 'phones', MAX_ENTRIES.phones, cuts),
    linkedinUrls: cutList(app.linkedinUrls, 'linkedinUrls', MAX_ENTRIES.linkedinUrls, cuts),
    positions: cutList(app.positions, 'positions', MAX_ENTRIES.positions, cuts),
    education: cutList(app.education, 'education', MAX_ENTRIES.education, cuts),
  };
  if (cuts.length > 0) out.cuts = cuts;
  else delete out.cuts;
  return out;
}

/** "Only the first 100 of 100,000 positions were read.", its numbers written as the UI language writes them. */
export function describeCut(cut: ApplicationCut): string {
  const format = new Intl.NumberFormat(wordsLanguage());
  const counts = [format.format(cut.kept), format.format(cut.found)];
  switch (cut.part) {
    case 'text':
      return t('app_cut_text', counts);
    case 'pages':
      return t('app_cut_pages', counts);
    case 'positions':
      return t('app_cut_positions', counts);
    case 'education':
      return t('app_cut_education', counts);
    case 'emails':
      return t('app_cut_emails', counts);
    case 'phones':
      return t('app_cut_phones', counts);
    case 'linkedinUrls':
      return t('app_cut_linkedin', counts);
  }
}
