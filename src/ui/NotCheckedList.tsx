// What could not be checked on this page and why, grouped by the view that would let it run. A
// reason several checks share is said once. The buttons that open those views are at the top of the
// panel (NextSteps.tsx), one per view.
import { t, tn } from '../i18n.ts';
import type { NotChecked } from '../model.ts';
import { signalName, type Explain } from '../explanation.ts';

export interface MissingGroup {
  /** "Contact info", "All positions", …; "Other checks" when no view would help. */
  title: string;
  entries: readonly NotChecked[];
  /** Present only when the page has a way to that view. */
  action: { label: string; open(): void } | null;
}

export interface NotCheckedListProps {
  groups: readonly MissingGroup[];
  explain: Explain;
}

export function NotCheckedList({ groups, explain }: NotCheckedListProps) {
  if (groups.length === 0) return <p class="note">{t('all_checks_ran')}</p>;
  return (
    <>
      {groups.map((g) => {
        const reasons = new Set(g.entries.map((e) => e.reason));
        const shared = reasons.size === 1 ? g.entries[0]!.reason : null;
        return (
          <section class="missing" key={g.title} aria-label={t('not_checked_group', g.title)}>
            <h4>
              {g.title} · {tn('checks', g.entries.length)}
            </h4>
            {shared ? (
              <p>
                {g.entries.map((e) => signalName(e.signal, explain)).join(', ')}: {shared}.
              </p>
            ) : (
              <ul>
                {g.entries.map((e) => (
                  <li key={e.signal}>
                    {signalName(e.signal, explain)}: {e.reason}
                  </li>
                ))}
              </ul>
            )}
            {g.entries[0] && <p class="note">{t('to_check', g.entries[0].howToSee)}</p>}
          </section>
        );
      })}
    </>
  );
}
