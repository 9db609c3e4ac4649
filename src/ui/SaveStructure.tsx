// The panel's "Help improve Telltale" part, shown when the page's layout was not understood: what
// the structure file holds, and the button that saves it (save-structure.ts).
import { useState } from 'preact/hooks';

export function SaveStructure({ onSave }: { onSave: (event: Event) => string | null }) {
  const [saved, setSaved] = useState('');
  return (
    <section class="help" aria-labelledby="tt-help">
      <h3 id="tt-help">Help improve Telltale</h3>
      <p>
        This LinkedIn layout is new to Telltale. You can save how the page is built and attach the file to a bug report: its tags and
        the shapes of its texts (letters as x, digits as 9) only, without names, links or anyone's data.
      </p>
      <button
        type="button"
        class="btn"
        onClick={(event) => {
          const name = onSave(event);
          if (name) setSaved(`Saved ${name}`);
        }}
      >
        Save the page structure
      </button>{' '}
      <span role="status" class="note">
        {saved}
      </span>
    </section>
  );
}
