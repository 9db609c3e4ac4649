// A badge beside one page element a finding concerns (an experience entry, the phone number, the
// activity section): the strongest finding's title, "+N" when more findings concern the element.
// A button that opens the panel at that finding.
import type { Finding } from '../model.ts';
import { activate } from './activate.ts';
import { moreLine, SEVERITY_WORDS } from './texts.ts';

export interface BadgeProps {
  /** Strongest first; at least one. */
  findings: readonly Finding[];
  expanded: boolean;
  /** The panel's "Show on the page" points here: highlighted for a moment. */
  flash?: boolean;
  onOpen(findingId: string): void;
}

const MARK = { alert: '▲', warn: '◆', info: 'i' } as const;

export function Badge({ findings, expanded, flash, onOpen }: BadgeProps) {
  const first = findings[0];
  if (!first) return null;
  const extra = findings.length - 1;
  return (
    <button
      type="button"
      class={`chip badge ${first.severity}${flash ? ' flash' : ''}`}
      aria-haspopup="dialog"
      aria-expanded={expanded ? 'true' : 'false'}
      title={findings.map((f) => f.title).join('\n')}
      onClick={activate(() => onOpen(first.id))}
    >
      <span class="mark" aria-hidden="true">
        {MARK[first.severity]}
      </span>
      <span class="sr">Telltale {SEVERITY_WORDS[first.severity].toLowerCase()}: </span>
      <span data-part="badge" class="label">
        {first.title}
      </span>
      {extra > 0 && (
        <span>
          {moreLine(extra)}
          <span class="sr"> more</span>
        </span>
      )}
    </button>
  );
}
