// "Mark as reviewed": the outcome a person reached (cleared, needs follow-up, reported) and an
// optional note, kept by the worker and shown on the next visit. Sending a report sets "reported"
// (with where it went) by itself: there is one review state, whichever page changed it.
import { useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import type { Review, ReviewOutcome } from '../messages.ts';
import { activate, onlyTrusted, trusted } from './activate.ts';
import { OUTCOME_WORDS, reviewLine } from './texts.ts';

export interface ReviewFormProps {
  review: Review | null;
  onSave(outcome: ReviewOutcome | null, note: string): Promise<void>;
  /** Only in the extension's own pages: keys typed in the LinkedIn page can be watched by its scripts. */
  noteField?: boolean;
}

const OUTCOMES = Object.keys(OUTCOME_WORDS) as ReviewOutcome[];

export function ReviewForm({ review, onSave, noteField = false }: ReviewFormProps) {
  const [choice, setChoice] = useState<ReviewOutcome | null>(review?.outcome ?? null);
  const [status, setStatus] = useState('');
  const [note, setNote] = useState(review?.note ?? '');
  const [busy, setBusy] = useState(false);

  const save = (outcome: ReviewOutcome | null) => {
    setBusy(true);
    setStatus(t('review_saving'));
    onSave(outcome, note)
      .then(() => setStatus(outcome ? t('review_saved') : t('review_cleared_status')))
      .catch(() => setStatus(t('review_failed')))
      .finally(() => setBusy(false));
  };

  return (
    <fieldset>
      <legend>{t('review_legend')}</legend>
      {review && <p>{reviewLine(review)}</p>}
      <div>
        {OUTCOMES.map((o) => (
          <label key={o}>
            <input type="radio" name="tt-outcome" value={o} checked={choice === o} onClick={onlyTrusted} onChange={() => setChoice(o)} />
            {OUTCOME_WORDS[o]}
          </label>
        ))}
      </div>
      {noteField && (
      <label class="block">
        {t('review_note_label')}
        <input type="text" name="tt-review-note" maxLength={2000} value={note} onInput={(e) => {
            if (trusted(e)) setNote((e.currentTarget as HTMLInputElement).value);
          }}
        />
      </label>
      )}
      {!noteField && review?.note && <p class="note">{t('review_note_shown', review.note)}</p>}
      <div class="actions">
        <button type="button" class="btn primary" disabled={busy || choice === null} onClick={activate(() => save(choice))}>
          {t('review_save')}
        </button>
        {review && (
          <button type="button" class="btn" disabled={busy} onClick={activate(() => {
            setChoice(null);
            save(null);
          })}>
            {t('review_clear')}
          </button>
        )}
        <span role="status" class="note">
          {status}
        </span>
      </div>
    </fieldset>
  );
}
