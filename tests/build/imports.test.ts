// The import rules of .dependency-cruiser.cjs (docs/architecture.md): the real tree keeps them, and
// each kind of breach is caught. The breaches are written into a scratch tree with the same room
// names, never into src/, and the same config and command as `npm run imports` judge both.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const depcruise = join(root, 'node_modules/.bin/depcruise');

function cruise(cwd: string): { ok: boolean; out: string } {
  try {
    const out = execFileSync(depcruise, ['src', 'extension', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd, encoding: 'utf8', stdio: 'pipe', timeout: 120_000 });
    return { ok: true, out };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'telltale-imports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'tree-'));
  copyFileSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler' } }));
  mkdirSync(join(dir, 'extension'));
  writeFileSync(join(dir, 'extension/entry.ts'), "import { a } from '../src/model.ts';\nexport const e = a;\n");
  for (const [path, text] of Object.entries({ 'src/model.ts': 'export const a = 1;\n', ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('import rules', () => {
  it('the tree as it is keeps them', () => {
    const result = cruise(root);
    expect(result.out).toMatch(/no dependency violations found/);
    expect(result.ok).toBe(true);
  });

  it('a clean scratch tree passes, so the failures below are the breaches', () => {
    const dir = tree({ 'src/memory/store.ts': "import { a } from '../model.ts';\nexport const s = a;\n", 'src/worker/handlers.ts': "import { s } from '../memory/store.ts';\nexport const h = s;\n" });
    expect(cruise(dir)).toMatchObject({ ok: true });
  });

  it('an import up a layer fails', () => {
    const dir = tree({ 'src/messages.ts': 'export type M = 1;\n', 'src/memory/store.ts': "import type { M } from '../messages.ts';\nexport type S = M;\n" });
    const result = cruise(dir);
    expect(result.ok).toBe(false);
    expect(result.out).toMatch(/no-upward-from-memory: src\/memory\/store\.ts → src\/messages\.ts/);
  });

  it('a circle fails', () => {
    const dir = tree({ 'src/report/queue.ts': "import { p } from './post.ts';\nexport const q = () => p;\n", 'src/report/post.ts': "import { q } from './queue.ts';\nexport const p = () => q;\n" });
    const result = cruise(dir);
    expect(result.ok).toBe(false);
    expect(result.out).toMatch(/no-circular/);
  });

  it('a top room importing another fails, and so does a file of src/ in no layer', () => {
    const dir = tree({ 'src/cli/main.ts': 'export const c = 1;\n', 'src/worker/handlers.ts': "import { c } from '../cli/main.ts';\nexport const h = c;\n", 'src/stray/x.ts': "import { a } from '../model.ts';\nexport const x = a;\n" });
    const result = cruise(dir);
    expect(result.ok).toBe(false);
    expect(result.out).toMatch(/no-sibling-from-worker: src\/worker\/handlers\.ts → src\/cli\/main\.ts/);
    expect(result.out).toMatch(/no-unlayered-source: src\/stray\/x\.ts/);
  });
});
