// One rule for every reader (2022, 2024–25, 2026, public pages, the text reader): a list part is
// "seen" only when its entries were read. A part whose card or heading is on the page but gave no
// entry, one with entries the reader found and could not read, or one the page contradicts, is
// "could not be read" (`seen: false, unreadable: true`): its checks do not run and say why. It is
// never "read, none", which would let the checks pass it as clean.
import type { CoveragePart, ProfileSnapshot } from '../model.ts';

export const LIST_PARTS = ['experience', 'education', 'certifications', 'skills'] as const satisfies readonly CoveragePart[];
export type ListPart = (typeof LIST_PARTS)[number];

/** Marks a list part as on the page but not (wholly) read. */
export function markUnreadable(snap: ProfileSnapshot, part: ListPart): void {
  const c = snap.coverage[part];
  snap.coverage[part] = { seen: false, shown: c.shown, total: c.total, unreadable: true, ...(c.unread ? { unread: c.unread } : {}) };
}

/**
 * Applies the rule to a snapshot after every reader ran. `contradictions` are parts the page
 * itself says hold entries that were not read (the top card's school line with no Education).
 */
export function settleCoverage(snap: ProfileSnapshot, contradictions: readonly ListPart[] = [], found: Partial<Record<ListPart, number>> = {}): Partial<Record<ListPart, number>> {
  const entries: Partial<Record<ListPart, number>> = {};
  for (const part of LIST_PARTS) {
    const c = snap.coverage[part];
    entries[part] = Math.max(found[part] ?? 0, c.seen || c.unreadable ? c.shown + (c.unread ?? 0) : 0);
    const contradicted = contradictions.includes(part) && snap[part].length === 0;
    // A later reader (the text reader) that read fewer entries than an earlier one found has not read them all.
    const fewer = c.seen && snap[part].length < (found[part] ?? 0);
    if ((c.seen && (c.shown === 0 || (c.unread ?? 0) > 0)) || contradicted || fewer) markUnreadable(snap, part);
    else if (c.unread !== undefined) delete c.unread;
  }
  return entries;
}
