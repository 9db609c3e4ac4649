// The content script reads its words from the worker (page/words), which sends only the families a
// page can show (NOT_PAGE_FAMILIES in src/worker/settings.ts). Every key the content script's code
// names, through t(), tn() or words(), must still be sent: a key left out would fall back to the
// browser's i18n API, whose first call in a page blocks it 25–55 ms. The files are the ones esbuild
// bundles from extension/content.ts (its metafile), so the list follows the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { NOT_PAGE_FAMILIES, pageWords } from '../../src/worker/settings.ts';

const root = join(import.meta.dirname, '../..');
const en = JSON.parse(readFileSync(join(root, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'];

async function contentScriptFiles(): Promise<string[]> {
  const result = await build({
    entryPoints: [join(root, 'extension/content.ts')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    absWorkingDir: root,
  });
  return Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules') && /\.(ts|tsx)$/.test(f));
}

/** The message keys a source file names: t('key'), tn('key', …) and its plural forms, words('prefix_', ['a', 'b-c']). */
function keysNamedIn(code: string): string[] {
  const keys: string[] = [];
  for (const m of code.matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)) keys.push(m[1]!);
  for (const m of code.matchAll(/\btn\(\s*'([a-z0-9_]+)'/g)) for (const p of PLURALS) if (`${m[1]}_${p}` in en) keys.push(`${m[1]}_${p}`);
  for (const m of code.matchAll(/\bwords(?:<[^>]*>)?\(\s*'([a-z0-9_]+)'\s*,\s*\[([^\]]*)\]/g)) {
    for (const name of m[2]!.matchAll(/'([^']+)'/g)) keys.push(m[1]! + name[1]!.replace(/-/g, '_'));
  }
  return keys;
}

describe('the words a page is given', () => {
  it('hold every key the content script names, and leave out the families it never shows', async () => {
    const files = await contentScriptFiles();
    expect(files).toContain('src/ui/inline.tsx');
    const named = new Set(files.flatMap((f) => keysNamedIn(readFileSync(join(root, f), 'utf8'))));
    // The scan finds the panel's words (a broken scan would find none and pass).
    expect(named.size).toBeGreaterThan(60);
    expect(named).toContain('pill_partly');
    const sent = pageWords(en);
    const missing = [...named].filter((k) => k in en && !(k in sent));
    expect(missing).toEqual([]);
    // …and the big families stay out: a tenth of the file, or less.
    expect(Object.keys(sent).length).toBeLessThan(Object.keys(en).length / 5);
    for (const family of ['sig', 'f', 'fa', 'opt', 'cmp']) expect(Object.keys(sent).some((k) => k.startsWith(`${family}_`))).toBe(false);
    expect(NOT_PAGE_FAMILIES.has('review')).toBe(false);
  });
});
