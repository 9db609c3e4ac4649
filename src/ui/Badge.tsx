// A badge beside one page element a finding concerns (an experience entry, the phone number, the
// activity section): the strongest finding's title, "+N" when more findings concern the element.
// A button that opens the panel at that finding.
import { t, words } from '../i18n.ts';
import type { Finding, Severity } from '../model.ts';
import { activate } from './activate.ts';
import { moreLine } from './texts.ts';

export interface BadgeProps {
  /** Strongest first; at least one. */
  findings: readonly Finding[];
  expanded: boolean;
  /** The panel's "Show on the page" points here: highlighted for a moment. */
  flash?: boolean;
  /**
   * The finding "Show on the page" pointed at, when this badge stands for several: its title leads
   * (and a press opens it), so the badge shown is never one under another finding's title.
   */
  lead?: string;
  onOpen(findingId: string): void;
}

const MARK = { alert: '▲', warn: '◆', info: 'i' } as const;

/** What a screen reader hears before the title: "Telltale warning:". */
const SPOKEN = words<Severity>('badge_sr_', ['alert', 'warn', 'info']);

export function Badge({ findings: all, expanded, flash, lead, onOpen }: BadgeProps) {
  const led = lead === undefined ? undefined : all.find((f) => f.id === lead);
  const findings = led ? [led, ...all.filter((f) => f !== led)] : all;
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
      <span class="sr">{SPOKEN[first.severity]} </span>
      <span data-part="badge" class="label">
        {first.title}
      </span>
      {extra > 0 && (
        <span>
          {moreLine(extra)}
          <span class="sr"> {t('badge_more_sr')}</span>
        </span>
      )}
    </button>
  );
}
