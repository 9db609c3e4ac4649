// The hook-free measurement of issue 10, item 5, for any folder of saved pages: every class, id,
// style, componentkey, data-* attribute and screen-reader copy removed, each page read and compared
// field by field with its expected file (<folder>/expected/<rel>.json, or <name>.expected.json
// beside the page); a page without one is compared with its own read with the hooks left in.
//
//   npx tsx scripts/hook-free-table.ts [FOLDER...] [--strict]
//
// Default folder: ../shared/linkedin-pages. --strict also removes every attribute but href, src,
// alt, aria-* and role. Exit 0 when the goal is met (key fields ≥ 90 %, all ≥ 80 %, no kind
// changed), 1 otherwise, 2 on a missing folder.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatHookFreeReport, GOAL, keyFields, kindChanges, measurePage, pagesUnder, ratio, share } from '../tests/extract/hook-free-measure.ts';
import { REAL_PAGES } from '../tests/extract/pages.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const folders = args.filter((a) => !a.startsWith('--'));
if (folders.length === 0) folders.push(REAL_PAGES);

let met = true;
for (const folder of folders.map((f) => resolve(f))) {
  if (!existsSync(folder)) {
    console.error(`hook-free-table: no folder ${folder}`);
    process.exit(2);
  }
  const pages = pagesUnder(folder).map((p) => measurePage(p, { strict }));
  console.log(formatHookFreeReport(pages, `${folder}${strict ? ' (strict)' : ''}`));
  console.log('');
  const all = pages.flatMap((p) => p.fields);
  met &&= ratio(share(keyFields(all))) >= GOAL.key && ratio(share(all)) >= GOAL.all && kindChanges(pages).length === 0;
}
process.exit(met ? 0 : 1);
