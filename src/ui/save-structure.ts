// "Save the page structure" (issue 10, item 6): on a page whose layout Telltale does not
// understand, the panel offers a file of the page's structure (src/extract/structure.ts: tags,
// hooks and text shapes, no one's data) to attach to a bug report. The download is started from
// inside Telltale's own closed shadow root, only on the user's trusted click: a Blob URL and an
// <a download> made in that root, clicked and removed at once, so the page never sees the link
// (its click is stopped at the link) and the page's scripts cannot start a download of their own
// through our button.
import type { PageStructure } from '../extract/structure.ts';
import { structureFileName } from '../extract/structure.ts';
import { trusted } from './activate.ts';

/** The shadow root an element of Telltale's UI sits in; null for anything else. */
function ownRoot(target: EventTarget | null): ShadowRoot | null {
  const root = (target as Node | null)?.getRootNode?.();
  return root && root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : null;
}

/**
 * The button's click handler: builds the file and downloads it. Answers the file's name when it
 * was saved, null when the click was not the user's own or the page has nothing to save.
 */
export function saveStructureOnClick(build: () => PageStructure | null, now: () => Date = () => new Date()) {
  return (event: Event): string | null => {
    event.preventDefault();
    event.stopPropagation();
    const root = ownRoot(event.currentTarget);
    if (!trusted(event) || !root) return null;
    const structure = build();
    if (!structure) return null;
    const doc = root.ownerDocument;
    const name = structureFileName(now());
    const href = URL.createObjectURL(new Blob([JSON.stringify(structure)], { type: 'application/json' }));
    const link = doc.createElement('a');
    link.href = href;
    link.download = name;
    link.hidden = true;
    link.addEventListener('click', (e) => e.stopPropagation());
    root.append(link);
    link.click();
    link.remove();
    // The browser has read the Blob once the download started; a minute is generous.
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
    return name;
  };
}
