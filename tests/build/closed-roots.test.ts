// The shipped content scripts make only closed shadow roots and never read a host's shadowRoot:
// the test-only ways into the roots (tests/e2e/closed-roots.ts, rootOf() in the component tests)
// are not in the build. Built here, in the store build's mode, from the sources.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { scriptConfig } from '../../vite.config.ts';

const out = mkdtempSync(join(tmpdir(), 'telltale-closed-roots-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function built(name: 'early' | 'content'): Promise<string> {
  const config = scriptConfig(name);
  await build({ ...config, logLevel: 'error', build: { ...config.build, outDir: out, emptyOutDir: false } });
  return readFileSync(join(out, `${name}.js`), 'utf8');
}

describe.each(['early', 'content'] as const)('%s.js', (name) => {
  it('attaches closed shadow roots only, and reads no shadowRoot', async () => {
    const code = await built(name);
    const attaches = [...code.matchAll(/attachShadow\(([^)]*)\)/g)].map((m) => m[1]);
    expect(attaches.length).toBeGreaterThan(0);
    for (const init of attaches) expect(init).toMatch(/^\{\s*mode\s*:\s*[`'"]closed[`'"]\s*\}$/);
    expect(code).not.toMatch(/\.shadowRoot\b/);
  }, 60_000);
});
