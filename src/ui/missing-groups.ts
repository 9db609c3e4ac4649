// "Not checked" entries grouped by the view of the profile that would let them run, each group with
// the button that goes there. The address is built from the profile's own URL (missing-views.ts)
// and followed only on the user's click; how it is followed is the caller's (the page's own tab, or
// the side panel sending the tab there).
import { t } from '../i18n.ts';
import type { NotChecked } from '../model.ts';
import type { MissingGroup } from './NotCheckedList.tsx';
import { isSafeViewUrl, profileSlug, VIEW_ACTION, VIEW_TITLE, viewFor, viewUrl, type MissingView } from './missing-views.ts';

/** Groups in the order their first entry comes; `open` gets a view's checked address. */
export function groupNotChecked(entries: readonly NotChecked[], pageUrl: string | null, open: (href: string, slug: string) => void): MissingGroup[] {
  const groups = new Map<string, { title: string; entries: NotChecked[]; action: MissingGroup['action'] }>();
  const slug = pageUrl ? profileSlug(pageUrl) : null;
  const actionFor = (missing: MissingView): MissingGroup['action'] => {
    const href = pageUrl ? viewUrl(missing, pageUrl) : null;
    if (!href || !slug || !isSafeViewUrl(href, slug)) return null;
    return { label: VIEW_ACTION[missing], open: () => open(href, slug) };
  };
  for (const entry of entries) {
    const missing = viewFor(entry);
    // The team's checks wait for its hub, not for a view of the page: a group of their own.
    const title = entry.category === 'team' ? t('category_team') : missing ? VIEW_TITLE[missing] : t('view_title_other');
    let group = groups.get(title);
    if (!group) {
      group = { title, entries: [], action: missing ? actionFor(missing) : null };
      groups.set(title, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}
