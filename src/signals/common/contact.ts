// The contact overlay is read only when the user opens it; every contact signal says so when it was not.
import type { ProfileSnapshot } from '../../model.ts';
import { notChecked } from './findings.ts';
import type { Category, NotChecked } from '../../model.ts';

export function contactOverlayMissing(snapshot: ProfileSnapshot, signal: { id: string; category: Category }): NotChecked | null {
  if (snapshot.contact && snapshot.coverage?.contact?.seen !== false) return null;
  return notChecked(signal, 'the contact overlay was not opened', 'open "Contact info" under the name, then look again', 'contact');
}
