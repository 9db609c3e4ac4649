// Saved pages for the extraction tests: the real ones in ../shared/linkedin-pages (not in the
// repository; they hold real people's data) and the committed invented fixtures.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const REAL_PAGES = join(REPO, '../shared/linkedin-pages');
export const FIXTURES = join(REPO, 'fixtures');

export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === 'expected' || name === 'licenses') continue;
      out.push(...htmlFiles(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

export function parsePage(file: string): Document {
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** The real pages with their expected files: [{ file, rel: "logged-in/x.html", expected }]. */
export function realPages(): { file: string; rel: string; expected: Record<string, unknown> }[] {
  return htmlFiles(REAL_PAGES).map((file) => {
    const rel = relative(REAL_PAGES, file);
    const expectedFile = join(REAL_PAGES, 'expected', rel.replace(/\.html$/, '.json'));
    const expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, unknown>) : {};
    return { file, rel, expected };
  });
}
