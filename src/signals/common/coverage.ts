// What part of the profile a snapshot saw. Signals use this to say "not checked" instead of passing
// silently, and to say what was left out when they checked only part of a list.
import type { Category, CoveragePart, NotChecked, ProfileSnapshot, ProfileView } from '../../model.ts';
import { notChecked, partlyChecked } from './findings.ts';
import { t, tn } from '../../i18n.ts';

export function partSeen(snapshot: ProfileSnapshot, part: CoveragePart): boolean {
  return snapshot.coverage?.[part]?.seen ?? false;
}

type Section = 'experience' | 'education';

/** A section's heading as LinkedIn shows it, in the UI language. */
function sectionName(section: Section): string {
  return section === 'experience' ? t('cov_section_experience') : t('cov_section_education');
}

/**
 * "Not checked" when a section this signal reads was not on the page at all; null when every one was.
 * One section missing: open the profile or that section's details page; several: the full profile.
 */
export function sectionsMissing(signal: { id: string; category: Category }, snapshot: ProfileSnapshot, ...sections: Section[]): NotChecked | null {
  const missing = sections.filter((s) => !partSeen(snapshot, s));
  if (missing.length === 0) return null;
  const pending = missing.filter((s) => snapshot.coverage?.[s]?.pending === true);
  if (pending.length === missing.length) {
    const names = pending.map(sectionName);
    return notChecked(
      signal,
      tn('cov_pending', names.length, names),
      tn('cov_pending_how', names.length, names),
      pending[0],
    );
  }
  const unreadable = missing.filter((s) => snapshot.coverage?.[s]?.unreadable === true);
  if (unreadable.length > 0) {
    const names = unreadable.map(sectionName);
    return notChecked(
      signal,
      tn('cov_unreadable', names.length, names),
      tn('cov_unreadable_how', names.length, [unreadable[0]!, ...names]),
      unreadable[0],
    );
  }
  if (sections.length === 1) {
    const [only] = sections as [Section];
    return notChecked(signal, t('cov_no_section', sectionName(only)), t('cov_no_section_how', only), only);
  }
  const names = missing.map(sectionName);
  const all = sections.map(sectionName);
  return notChecked(
    signal,
    tn('cov_sections_absent', names.length, names),
    tn('cov_sections_absent_how', all.length, all),
    missing[0],
  );
}

/** Items of a list part that exist but this page did not show; null when the page does not say. */
export function hiddenCount(snapshot: ProfileSnapshot, part: CoveragePart): number | null {
  const c = snapshot.coverage?.[part];
  if (!c || c.total === null) return part === 'experience' && snapshot.experienceShownAll === false ? -1 : null;
  return Math.max(0, c.total - c.shown);
}

/**
 * "7 of 12 positions are not shown on this page…" (`hidden` of `total` known) or "not all positions are
 * shown…", as one sentence for each list; counted by the hidden items, else by the shown ones.
 */
function hiddenReason(part: CoveragePart, hidden: number, total: number | null, shown: number): string {
  const counted = hidden > 0 && total !== null;
  switch (part) {
    case 'experience':
      return counted ? tn('cov_hidden_experience', hidden, [total, shown]) : tn('cov_some_hidden_experience', shown);
    case 'education':
      return counted ? tn('cov_hidden_education', hidden, [total, shown]) : tn('cov_some_hidden_education', shown);
    case 'activity':
      return counted ? tn('cov_hidden_activity', hidden, [total, shown]) : tn('cov_some_hidden_activity', shown);
    case 'certifications':
      return counted ? tn('cov_hidden_certifications', hidden, [total, shown]) : tn('cov_some_hidden_certifications', shown);
    default:
      return counted ? tn('cov_hidden_items', hidden, [total, shown]) : tn('cov_some_hidden_items', shown);
  }
}

/** Where the whole list of a part is. */
function hiddenHowToSee(part: CoveragePart): string {
  switch (part) {
    case 'experience':
      return t('cov_hidden_experience_how');
    case 'education':
      return t('cov_hidden_education_how');
    case 'activity':
      return t('cov_hidden_activity_how');
    case 'certifications':
      return t('cov_hidden_certifications_how');
    default:
      return t('cov_hidden_items_how');
  }
}

/** "7 of 12 positions are not shown: open Show all…", or null when the whole list was shown. */
export function hiddenNote(snapshot: ProfileSnapshot, part: CoveragePart): { reason: string; howToSee: string } | null {
  const hidden = hiddenCount(snapshot, part);
  if (hidden === null || hidden === 0) return null;
  const c = snapshot.coverage[part];
  return { reason: hiddenReason(part, hidden, c.total, c.shown), howToSee: hiddenHowToSee(part) };
}

/** The whole experience list is on the page (the hidden, usually older, positions matter for history checks). */
export function experienceComplete(snapshot: ProfileSnapshot): boolean {
  if (!partSeen(snapshot, 'experience')) return false;
  const hidden = hiddenCount(snapshot, 'experience');
  if (hidden === null) return snapshot.experienceShownAll !== false;
  return hidden === 0;
}

/** The "Show all" view of a list part, when LinkedIn has one. */
function listView(part: CoveragePart): ProfileView | undefined {
  return part === 'experience' || part === 'education' || part === 'certifications' || part === 'activity' ? part : undefined;
}

/** "Checked what was shown" notes for the list parts a signal read, or undefined when all were shown. */
export function leftOut(signal: { id: string; category: Category }, snapshot: ProfileSnapshot, ...parts: CoveragePart[]): NotChecked | undefined {
  const cut = parts.filter((p) => hiddenNote(snapshot, p) !== null);
  const notes = cut.map((p) => hiddenNote(snapshot, p)!);
  if (notes.length === 0) return undefined;
  const view = cut.map(listView).find((v) => v !== undefined);
  return partlyChecked(signal, notes.map((n) => n.reason).join('; '), notes.map((n) => n.howToSee).join('; '), view);
}
