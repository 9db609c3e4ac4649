// "Not checked" entries grouped by the view of the profile that would let them run, each group with
// the button that goes there, for a page outside the profile's tab (the side panel). The address is
// built from the profile's own URL (missing-views.ts) and followed only on the user's click.
import type { NotChecked } from '../model.ts';
import type { MissingGroup } from './NotCheckedList.tsx';
import { isSafeViewUrl, profileSlug, VIEW_ACTION, VIEW_TITLE, viewFor, viewUrl } from './missing-views.ts';

export function notCheckedGroups(entries: readonly NotChecked[], pageUrl: string | null, go: (href: string) => void): MissingGroup[] {
  const groups = new Map<string, { title: string; entries: NotChecked[]; action: MissingGroup['action'] }>();
  const slug = pageUrl ? profileSlug(pageUrl) : null;
  for (const entry of entries) {
    const missing = viewFor(entry);
    const title = missing ? VIEW_TITLE[missing] : 'Other checks';
    let group = groups.get(title);
    if (!group) {
      const href = missing && pageUrl ? viewUrl(missing, pageUrl) : null;
      const action = missing && href && slug && isSafeViewUrl(href, slug) ? { label: VIEW_ACTION[missing], open: () => go(href) } : null;
      group = { title, entries: [], action };
      groups.set(title, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}
