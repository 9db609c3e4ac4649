// The panel's "Help improve Telltale" part, shown when the page's layout was not understood: what
// the structure file holds, and the button that saves it (save-structure.ts).
import { useState } from 'preact/hooks';
import { t } from '../i18n.ts';

export function SaveStructure({ onSave }: { onSave: (event: Event) => string | null }) {
  const [saved, setSaved] = useState('');
  return (
    <section class="help" aria-labelledby="tt-help">
      <h3 id="tt-help">{t('help_heading')}</h3>
      <p>{t('help_text')}</p>
      <button
        type="button"
        class="btn"
        onClick={(event) => {
          const name = onSave(event);
          if (name) setSaved(t('help_saved', name));
        }}
      >
        {t('help_save')}
      </button>{' '}
      <span role="status" class="note">
        {saved}
      </span>
    </section>
  );
}
