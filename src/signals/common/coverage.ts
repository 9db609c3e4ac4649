// What part of the profile a snapshot saw. Signals use this to say "not checked" instead of passing
// silently, and to say what was left out when they checked only part of a list.
import type { Category, CoveragePart, NotChecked, ProfileSnapshot, ProfileView } from '../../model.ts';
import { notChecked, partlyChecked } from './findings.ts';

export function partSeen(snapshot: ProfileSnapshot, part: CoveragePart): boolean {
  return snapshot.coverage?.[part]?.seen ?? false;
}

type Section = 'experience' | 'education';

const SECTION_NAMES: Record<Section, string> = { experience: 'Experience', education: 'Education' };

/**
 * "Not checked" when a section this signal reads was not on the page at all; null when every one was.
 * One section missing: open the profile or that section's details page; several: the full profile.
 */
export function sectionsMissing(signal: { id: string; category: Category }, snapshot: ProfileSnapshot, ...sections: Section[]): NotChecked | null {
  const missing = sections.filter((s) => !partSeen(snapshot, s));
  if (missing.length === 0) return null;
  const pending = missing.filter((s) => snapshot.coverage?.[s]?.pending === true);
  if (pending.length === missing.length) {
    const names = pending.map((s) => SECTION_NAMES[s]).join(' and ');
    return notChecked(
      signal,
      `${names} ${pending.length > 1 ? 'have' : 'has'} not loaded yet`,
      `scroll down to ${names}: LinkedIn renders ${pending.length > 1 ? 'them' : 'it'} only then, and Telltale reads ${pending.length > 1 ? 'them' : 'it'} as soon as ${pending.length > 1 ? 'they appear' : 'it appears'}`,
      pending[0],
    );
  }
  const unreadable = missing.filter((s) => snapshot.coverage?.[s]?.unreadable === true);
  if (unreadable.length > 0) {
    const names = unreadable.map((s) => SECTION_NAMES[s]).join(' and ');
    return notChecked(
      signal,
      `${names} ${unreadable.length > 1 ? 'are' : 'is'} on the page, but Telltale could not read ${unreadable.length > 1 ? 'their' : 'its'} entries`,
      `read ${names} yourself, or open its "Show all" page (/details/${unreadable[0]}/); "Save the page structure" in the panel helps fix the reader`,
      unreadable[0],
    );
  }
  if (sections.length === 1) {
    const [only] = sections as [Section];
    return notChecked(signal, `no ${SECTION_NAMES[only]} section was on the page`, `open the profile page or its /details/${only}/ page`, only);
  }
  const names = missing.map((s) => SECTION_NAMES[s]).join(' and ');
  return notChecked(signal, `the ${names} section${missing.length > 1 ? 's were' : ' was'} not on the page`, `open the full profile page (${sections.map((s) => SECTION_NAMES[s]).join(' and ')} sections)`, missing[0]);
}

/** Items of a list part that exist but this page did not show; null when the page does not say. */
export function hiddenCount(snapshot: ProfileSnapshot, part: CoveragePart): number | null {
  const c = snapshot.coverage?.[part];
  if (!c || c.total === null) return part === 'experience' && snapshot.experienceShownAll === false ? -1 : null;
  return Math.max(0, c.total - c.shown);
}

const LIST_NAMES: Partial<Record<CoveragePart, [string, string, string]>> = {
  experience: ['position', 'positions', 'open "Show all experiences" (the /details/experience/ page)'],
  education: ['school', 'schools', 'open "Show all education" (the /details/education/ page)'],
  activity: ['activity item', 'activity items', 'open "Show all activity" (the /recent-activity/all/ page)'],
  certifications: ['certification', 'certifications', 'open "Show all licenses & certifications"'],
};

/** "7 of 12 positions are not shown: open Show all…", or null when the whole list was shown. */
export function hiddenNote(snapshot: ProfileSnapshot, part: CoveragePart): { reason: string; howToSee: string } | null {
  const hidden = hiddenCount(snapshot, part);
  if (hidden === null || hidden === 0) return null;
  const [, many, how] = LIST_NAMES[part] ?? ['item', 'items', 'open the full list'];
  const c = snapshot.coverage[part];
  const reason =
    hidden > 0 && c.total !== null
      ? `${hidden} of ${c.total} ${many} are not shown on this page; only the ${c.shown} shown were checked`
      : `not all ${many} are shown on this page; only the ${c.shown} shown were checked`;
  return { reason, howToSee: how };
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
