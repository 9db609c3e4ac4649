// What could not be checked on this page and why, grouped by the view that would let it run, with a
// button that follows the page's own link to that view: only when the user presses it.
import type { NotChecked } from '../model.ts';
import { activate } from './activate.ts';
import { signalName, type Explain } from './explanation.ts';

export interface MissingGroup {
  /** "Contact info", "All positions", …; "Other" when no view would help. */
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
  if (groups.length === 0) return <p class="note">Every check had what it needed on this page.</p>;
  return (
    <>
      {groups.map((g) => (
        <section class="missing" key={g.title} aria-label={`Not checked: ${g.title}`}>
          <h4>{g.title}</h4>
          <ul>
            {g.entries.map((e) => (
              <li key={e.signal}>
                {signalName(e.signal, explain)}: {e.reason}
              </li>
            ))}
          </ul>
          {g.entries[0] && <p class="note">To check: {g.entries[0].howToSee}</p>}
          {g.action && (
            <div class="actions">
              <button type="button" class="btn" onClick={activate(g.action.open)}>
                {g.action.label}
              </button>
            </div>
          )}
        </section>
      ))}
    </>
  );
}
