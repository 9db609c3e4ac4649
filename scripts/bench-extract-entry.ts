// The readers as the content script runs them, exposed for the Chromium benchmark.
import { readPage } from '../src/extract/index.ts';

export const read = readPage;
