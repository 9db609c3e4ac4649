// The page index has two ways to find its markers: one native selector pass (browsers) and a
// tree walk (linkedom). Both must note the same things on every page.
import { expect, it } from 'vitest';
import { indexPage } from '../../src/extract/page-index.ts';
import { FIXTURES, REAL_PAGES, htmlFiles, parsePage } from './pages.ts';

const files = [...htmlFiles(REAL_PAGES), ...htmlFiles(FIXTURES)];

it.each(files)('selectors and walk agree: %s', (file) => {
  const doc = parsePage(file);
  const a = indexPage(doc, 'selectors');
  const b = indexPage(doc, 'walk');
  const plain = (x: ReturnType<typeof indexPage>) => ({
    ...x,
    dialogs: x.dialogs.length,
    anchors: [...x.anchors.keys()].sort(),
  });
  expect(plain(a)).toEqual(plain(b));
  expect(a.dialogs).toEqual(b.dialogs);
});
