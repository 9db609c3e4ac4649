import type { ProfileSnapshot } from '../model.ts';
import type { ElementMap } from './snapshot.ts';
export function readGuestProfile(_doc: Document, _snap: ProfileSnapshot, _elements: ElementMap): void {}
