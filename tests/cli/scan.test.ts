// The `telltale scan` command, run as a user would: spawning bin/telltale.js.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../extract/pages.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'bin/telltale.js');
const REAL = join(REPO, '../shared/linkedin-pages');
const tmp = mkdtempSync(join(tmpdir(), 'telltale-scan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('telltale scan', { timeout: 180_000 }, () => {
  it('prints help', () => {
    const r = run('scan', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: telltale scan PATH...');
    expect(run('--help').code).toBe(0);
  });

  it('rejects bad arguments with a clear message and exit 2', () => {
    for (const args of [['scan'], ['scan', 'fixtures', '--now', '2024-13-45'], ['scan', 'fixtures', '--region', 'Sweden'], ['scan', 'fixtures', '--bogus'], ['frobnicate']]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
    }
    expect(run('scan', 'fixtures', '--now', '2024-02-30').stderr).toContain('YYYY-MM-DD');
  });

  it('reads the fixtures folder recursively and prints JSON', () => {
    const r = run('scan', 'fixtures', '--json', '--now', '2024-09-01', '--region', 'SE');
    expect(r.code, r.stderr).toBe(0);
    const entries = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const e of entries) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['file', 'kind', 'layout', 'profile', 'score', 'level', 'findings', 'notChecked']));
    }
    const layouts = entries.map((e) => e.layout);
    expect(layouts).toEqual(expect.arrayContaining(['logged-in-2024', 'sdui-2026', 'logged-in-2022']));
    const sdui = entries.filter((e) => e.layout === 'sdui-2026') as { file: string; profile: { name: string } }[];
    expect(sdui.find((e) => e.file.endsWith('jonas-berg.html'))?.profile.name).toBe('Jonas Berg');
    expect(sdui.find((e) => e.file.endsWith('lena-okafor.html'))?.profile.name).toBe('Lena Okafor');
  });

  it('prints a readable summary by default', () => {
    const r = run('scan', 'fixtures/logged-in-2024');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[profile, logged-in-2024]');
    expect(r.stdout).toContain('Marta Lindqvist');
    expect(r.stdout).toMatch(/experience 4 of 6/);
    expect(r.stdout).toMatch(/score \d+ \((low|medium|high)\)/);
  });

  it('exits 2 and reports {file, error} for what it could not read', () => {
    const junk = join(tmp, 'not-linkedin.html');
    writeFileSync(junk, '<html><body><main><h1>Hello</h1><p>A cooking blog.</p></main></body></html>');
    const r = run('scan', junk, join(tmp, 'missing.html'), 'fixtures/sdui-2026', '--json');
    expect(r.code).toBe(2);
    const entries = JSON.parse(r.stdout) as Record<string, unknown>[];
    const errors = entries.filter((e) => 'error' in e);
    expect(errors.map((e) => Object.keys(e).sort())).toEqual([['error', 'file'], ['error', 'file']]);
    expect(entries.some((e) => e.layout === 'sdui-2026')).toBe(true);
  });

  it('checks a contact email against the disposable-domain list read from the npm package', () => {
    const page = join(tmp, 'contact-info.html');
    const overlay = readFileSync(join(REPO, 'fixtures/overlays/contact-info.html'), 'utf8');
    writeFileSync(page, overlay.replaceAll('tomasz.weber@example.com', 'tomasz.weber@mailinator.com'));
    const r = run('scan', page, '--json');
    expect(r.code, r.stderr).toBe(0);
    const [entry] = JSON.parse(r.stdout) as { findings: { signal: string; evidence: string }[]; notChecked: { signal: string }[] }[];
    expect(entry!.findings.filter((f) => f.signal === 'disposable-email').map((f) => f.evidence)).toEqual([
      'tomasz.weber@mailinator.com uses mailinator.com, a disposable-mail domain.',
    ]);
    expect(entry!.notChecked.map((n) => n.signal)).not.toContain('disposable-email');
  });

  it.skipIf(!existsSync(REAL))('reads every real saved page', () => {
    const r = run('scan', REAL, '--json');
    expect(r.code, r.stderr).toBe(0);
    const entries = JSON.parse(r.stdout) as { kind: string; layout: string }[];
    expect(entries.length).toBe(htmlFiles(REAL).length);
    expect(entries.length).toBeGreaterThanOrEqual(13);
    expect(entries.filter((e) => e.layout === 'sdui-2026').map((e) => e.kind)).toEqual(['profile']);
    expect(entries.filter((e) => e.kind === 'authwall' || e.kind === 'private')).toHaveLength(2);
  });
});

describe('telltale scan --structure', { timeout: 180_000 }, () => {
  it('prints the page-structure file of one page: tags and shapes, no one’s name or slug', () => {
    const r = run('scan', '--structure', 'fixtures/sdui-2026/jonas-berg.html');
    expect(r.code, r.stderr).toBe(0);
    const file = JSON.parse(r.stdout) as { telltalePageStructure: number; read: { layout: string }; tree: unknown[] };
    expect(file.telltalePageStructure).toBe(1);
    expect(file.read.layout).toBe('sdui-2026');
    expect(file.tree[0]).toBe('html');
    expect(r.stdout).not.toMatch(/jonas|berg|Kubernetes|ACoAA/i);
  });

  it('prints an array for a folder, and exit 2 for a missing file', () => {
    const r = run('scan', '--structure', 'fixtures/sdui-2026');
    expect(r.code, r.stderr).toBe(0);
    const files = JSON.parse(r.stdout) as { file: string; structure: { telltalePageStructure: number } }[];
    expect(files.length).toBeGreaterThan(1);
    expect(files.every((f) => f.structure.telltalePageStructure === 1)).toBe(true);
    expect(run('scan', '--structure', join(tmp, 'nope.html')).code).toBe(2);
  });
});
