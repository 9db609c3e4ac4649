// The phone metadata and the disposable-domain list are large: the phone metadata belongs in the
// background worker, the domain list in a packaged file the worker reads only when a snapshot has an
// email. Walks the static import graph from the content script and from the catalogue (which the UI
// imports) and fails if either reaches the phone code, the signal registry or those packages; and from
// the worker, which must not reach the domain list's package (the build checks the bundle itself).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HEAVY_PACKAGES = /^(libphonenumber-js|disposable-email-domains|pdfjs-dist|mammoth)/;
const WORKER_ONLY = [resolve(repo, 'src/phone'), resolve(repo, 'src/signals/index.ts'), resolve(repo, 'src/assess.ts')];

/** Every file and package reachable by static imports (type-only imports are erased, so skipped). */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      if (m[1]) continue;
      const spec = m[2]!;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        todo.push(/\.[cm]?[jt]sx?$/.test(target) ? target : `${target}.ts`);
      } else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('worker-only code stays out of the content script and UI', () => {
  const entries = ['extension/content.ts', 'src/signals/catalogue.ts', 'src/signals/catalogue-explain.ts'].map((e) => resolve(repo, e)).filter(existsSync);

  it.each(entries.map((e) => [e.slice(repo.length + 1), e] as const))('%s reaches no phone code, registry or heavy list', (_name, entry) => {
    const { files, packages } = reach(entry);
    const worker = [...files].filter((f) => WORKER_ONLY.some((w) => f === w || f.startsWith(`${w}/`)));
    expect(worker).toEqual([]);
    expect([...packages].filter((p) => HEAVY_PACKAGES.test(p))).toEqual([]);
  });

  it('the content script carries no signal catalogue: the worker sends the texts a panel needs', () => {
    const { files } = reach(resolve(repo, 'extension/content.ts'));
    expect([...files].filter((f) => f.startsWith(resolve(repo, 'src/signals')))).toEqual([]);
  });

  it('the content script carries no report form and no report code: reporting is the extension\'s own page', () => {
    const { files } = reach(resolve(repo, 'extension/content.ts'));
    const client = [resolve(repo, 'src/ui/ReportForm.tsx'), resolve(repo, 'src/ui/report-client.ts')];
    const reporting = [...files].filter((f) => client.includes(f) || f.startsWith(resolve(repo, 'src/report')));
    expect(reporting).toEqual([]);
    // (So the walk can find what it looks for: the report page reaches the form and what it does.)
    const page = reach(resolve(repo, 'extension/report/main.tsx')).files;
    for (const f of client) expect(page).toContain(f);
    // The worker reaches the report code (the bundle, the log and the queue).
    expect([...reach(resolve(repo, 'extension/background.ts')).files].some((f) => f.startsWith(resolve(repo, 'src/report/')))).toBe(true);
  });

  it('the worker reaches the phone metadata but not the domain list, which it fetches as a file', () => {
    const { files, packages } = reach(resolve(repo, 'extension/background.ts'));
    expect([...files].some((f) => f.startsWith(resolve(repo, 'src/phone')))).toBe(true);
    expect([...files]).toContain(resolve(repo, 'src/assess.ts'));
    expect([...packages].filter((p) => p.startsWith('libphonenumber-js'))).not.toEqual([]);
    expect([...packages].filter((p) => p.startsWith('disposable-email-domains'))).toEqual([]);
    // Nor the application's file readers (PDF, DOCX, unzip): they run in the compare page's reading
    // worker; the worker keeps comparisons, it does not read files.
    expect([...packages].filter((p) => /^(pdfjs-dist|mammoth|fflate)/.test(p))).toEqual([]);
    // (Only the e-mail finder, which imports nothing, for masking a kept application in a report.)
    expect([...files].filter((f) => f.startsWith(resolve(repo, 'src/application/')))).toEqual([resolve(repo, 'src/application/emails.ts')]);
  });

  it('the CLI does reach the domain list (so the walk can find what it looks for)', () => {
    // From `scan`'s module: the entry point (main.ts) loads each command on demand.
    const { packages } = reach(resolve(repo, 'src/cli/scan.ts'));
    expect([...packages].filter((p) => p.startsWith('disposable-email-domains'))).not.toEqual([]);
  });
});
