// The one name shared by content.js and structure.js (extension/structure.ts), both in the
// extension's isolated world of a LinkedIn tab: "Save the page structure"'s click handler, once loaded.
import type { NotAProfile, ProfileSnapshot } from '../model.ts';

export const STRUCTURE_GLOBAL = 'telltaleSaveStructure';

/**
 * Saves the structure file of the page on screen, with what the readers made of it last, on the
 * user's trusted click (src/ui/save-structure.ts); answers the file's name, null when nothing was saved.
 */
export type StructureSaver = (event: Event, read: ProfileSnapshot | NotAProfile | null) => string | null;

/**
 * The handler when structure.js has run in this world; null before. Read as the world's own
 * property: an element the page names so shows through `window` as a named property.
 */
export function loadedStructureSaver(): StructureSaver | null {
  const found: unknown = Object.getOwnPropertyDescriptor(globalThis, STRUCTURE_GLOBAL)?.value;
  return typeof found === 'function' ? (found as StructureSaver) : null;
}
