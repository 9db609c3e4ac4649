// The hub's import rules (.dependency-cruiser.cjs): hub/ imports src/ below the top rooms; nothing
// in src/ or extension/ imports hub/ but src/cli/main.ts → hub/cli.ts; src/team/ has no node:
// modules. Judged in scratch trees by the same config and command as `npm run imports`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'telltale-hub-imports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cruise(files: Record<string, string>): { ok: boolean; out: string } {
  const dir = mkdtempSync(join(scratch, 'tree-'));
  copyFileSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler' } }));
  const all = {
    'src/model.ts': 'export const a = 1;\n',
    'extension/entry.ts': "import { a } from '../src/model.ts';\nexport const e = a;\n",
    'src/team/keys.ts': "import { a } from '../model.ts';\nexport const k = a;\n",
    'hub/cli.ts': "import { k } from '../src/team/keys.ts';\nexport const c = k;\n",
    'hub/server.ts': "import { k } from '../src/team/keys.ts';\nexport const s = k;\n",
    'src/cli/main.ts': "export const main = () => import('../../hub/cli.ts');\n",
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const out = execFileSync(join(root, 'node_modules/.bin/depcruise'), ['src', 'extension', 'hub', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: dir, encoding: 'utf8', stdio: 'pipe', timeout: 60_000 });
    return { ok: true, out };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('the hub room’s import rules', () => {
  it('pass a tree that keeps them (hub → src/team, src/cli/main.ts → hub/cli.ts)', () => {
    expect(cruise({})).toMatchObject({ ok: true });
  });

  it('catch src/ or extension/ importing hub/, hub/ importing a top room, and node: in src/team', () => {
    const result = cruise({
      'src/report/bundle.ts': "import { s } from '../../hub/server.ts';\nexport const b = s;\n",
      'extension/bg.ts': "import { s } from '../hub/server.ts';\nexport const x = s;\n",
      'src/cli/main.ts': "export const main = () => import('../../hub/server.ts');\n",
      'src/worker/handlers.ts': "export const h = 1;\n",
      'hub/store.ts': "import { h } from '../src/worker/handlers.ts';\nexport const st = h;\n",
      'src/team/hash.ts': "import { createHash } from 'node:crypto';\nexport const hh = createHash;\n",
    });
    expect(result.ok).toBe(false);
    expect(result.out).toMatch(/no-hub-from-src: src\/report\/bundle\.ts → hub\/server\.ts/);
    expect(result.out).toMatch(/no-hub-from-src: extension\/bg\.ts → hub\/server\.ts/);
    expect(result.out).toMatch(/only-hub-cli-from-cli: src\/cli\/main\.ts → hub\/server\.ts/);
    expect(result.out).toMatch(/no-top-rooms-from-hub: hub\/store\.ts → src\/worker\/handlers\.ts/);
    expect(result.out).toMatch(/no-node-in-team: src\/team\/hash\.ts → (node:)?crypto/);
  });
});
