// The readers as the content script runs them, exposed for the Chromium benchmark; and the text
// reader alone on the whole page (what it costs when it reads a page no layout knows, an upper
// bound of what it adds when it fills what a layout reader left empty).
import { readByText } from '../src/extract/by-text.ts';
import { readPage } from '../src/extract/index.ts';
import { emptySnapshot } from '../src/extract/snapshot.ts';

export const read = readPage;
export const readText = (doc: Document, url: string): void => readByText(doc, emptySnapshot(url, 'profile', 'unknown'), new Map());
