// The risk pill beside the profile's name: the level in words, the number of findings and the
// coverage, as one button that opens the panel. Its text is marked data-part="pill". Green only for
// "No concerns" (texts.ts pillState); a partly checked page or a weak finding is neutral.
import type { Review } from '../messages.ts';
import { activate } from './activate.ts';
import { reviewLine, type PillTone } from './texts.ts';

export interface PillProps {
  /**
   * "Telltale: High risk · 3 findings · 9 of 14 checks ran" or "Telltale: could not check this page
   * (…)"; for a profile the user cleared, "Telltale: High risk · Cleared by you on …" (clearedSummary).
   */
  text: string;
  tone: PillTone | 'unreadable';
  review: Review | null;
  expanded: boolean;
  onOpen(): void;
}

export function Pill({ text, tone, review, expanded, onOpen }: PillProps) {
  // Cleared by the user: the level stays, beside their decision (in the text), in a muted chip.
  const cleared = review?.outcome === 'cleared' && tone !== 'unreadable';
  if (cleared) review = null;
  return (
    <>
      <button type="button" class={`chip ${cleared ? 'cleared' : tone === 'neutral' ? 'unreadable' : tone}`} data-tone={cleared ? 'cleared' : tone} aria-haspopup="dialog" aria-expanded={expanded ? 'true' : 'false'} onClick={activate(onOpen)}>
        <span class="mark" aria-hidden="true">
          {cleared ? '✓' : tone === 'high' ? '▲' : tone === 'medium' ? '◆' : tone === 'low' ? '●' : tone === 'neutral' ? '○' : '?'}
        </span>
        <span data-part="pill" class="label">
          {text}
        </span>
      </button>
      {review && (
        <span class="review" data-part="review">
          {reviewLine(review)}
        </span>
      )}
    </>
  );
}
