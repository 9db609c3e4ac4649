// Builds dist/chrome/ and dist/firefox/ (unpacked) and a store zip of each, from one source
// manifest.json. Usage: tsx scripts/build.ts
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { build } from 'vite';
import { DISPOSABLE_DOMAINS_FILE } from '../src/signals/common/disposable-domains.ts';
import { packageDisposableDomainsText } from '../src/signals/common/disposable-domains-package.ts';
import { pagesConfig, scriptConfig, stageDir } from '../vite.config.ts';
import { browserManifest, MANAGED_SCHEMA_FILE, type Browser } from './manifest.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The scripts built as one self-contained IIFE each: the two content scripts, the structure-file builder run on demand, and the worker. */
const SCRIPTS = ['early', 'content', 'structure', 'background'] as const;

/** The content script must be one classic script: a module statement would fail to load. */
function assertClassicScript(file: string): void {
  const code = readFileSync(file, 'utf8');
  if (/(^|[;\s])import\s*[{*\w"'(]/m.test(code.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""')) || /^export\s/m.test(code)) {
    throw new Error(`${relative(root, file)} is not self-contained: it has import/export statements`);
  }
}

/** The worker is a few hundred KB without the domain list and over 2 MB with it (the list alone is 1.8 MB). */
const WORKER_MAX_BYTES = 1024 * 1024;

/**
 * The disposable-domain list ships as a file beside the worker, in both folders and both zips, and
 * not inside the worker: bundled, it was compiled at every worker start, email or not.
 */
function assertDomainListPackaged(version: string, listText: string): void {
  // Every 10,000th domain of the list: none may be in the worker's code.
  const samples = listText.split('\n').filter((domain, i) => i % 10_000 === 0 && domain && !domain.startsWith('*'));
  for (const target of ['chrome', 'firefox']) {
    const worker = readFileSync(join(dist, target, 'background.js'), 'utf8');
    if (worker.length > WORKER_MAX_BYTES) throw new Error(`${target}/background.js is ${worker.length} B, over ${WORKER_MAX_BYTES} B: is the domain list bundled again?`);
    const bundled = samples.filter((domain) => worker.includes(domain));
    if (bundled.length > 0) throw new Error(`${target}/background.js holds disposable domains (${bundled.join(', ')}): the list must stay a packaged file`);
    const file = join(dist, target, DISPOSABLE_DOMAINS_FILE);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== listText) throw new Error(`${target}/${DISPOSABLE_DOMAINS_FILE} is missing or not the package's list`);
    const zipName = `telltale-${target}-${version}.zip`;
    const zipped = unzipSync(readFileSync(join(dist, zipName)), { filter: (f) => f.name === DISPOSABLE_DOMAINS_FILE })[DISPOSABLE_DOMAINS_FILE];
    if (!zipped || Buffer.from(zipped).toString('utf8') !== listText) throw new Error(`${zipName} lacks ${DISPOSABLE_DOMAINS_FILE}`);
  }
}

async function main(): Promise<void> {
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const version = String(source.version);
  rmSync(dist, { recursive: true, force: true });
  const listText = packageDisposableDomainsText();

  await build(pagesConfig());
  for (const name of SCRIPTS) {
    await build(scriptConfig(name));
    assertClassicScript(join(stageDir, `${name}.js`));
  }

  for (const target of ['chrome', 'firefox'] as Browser[]) {
    const out = join(dist, target);
    mkdirSync(out, { recursive: true });
    cpSync(stageDir, out, { recursive: true });
    writeFileSync(join(out, DISPOSABLE_DOMAINS_FILE), listText);
    mkdirSync(join(out, 'icons'), { recursive: true });
    for (const size of [16, 32, 48, 128]) cpSync(join(root, `icons/icon-${size}.png`), join(out, `icons/icon-${size}.png`));
    // The UI's words, one messages.json per language; the browser picks one (manifest default_locale).
    // Without the translators' descriptions and examples, and without indentation: a page's first
    // i18n call waits while the browser reads and parses the files (a sync IPC per renderer process),
    // and the English file is half descriptions.
    for (const lang of readdirSync(join(root, '_locales'))) {
      const from = join(root, '_locales', lang, 'messages.json');
      if (!existsSync(from)) continue;
      mkdirSync(join(out, '_locales', lang), { recursive: true });
      writeFileSync(join(out, '_locales', lang, 'messages.json'), JSON.stringify(packagedMessages(JSON.parse(readFileSync(from, 'utf8')) as Record<string, PackagedEntry>)));
    }
    // Chrome reads the schema of team-managed settings from the package; Firefox reads policies.
    if (target === 'chrome') cpSync(join(root, MANAGED_SCHEMA_FILE), join(out, MANAGED_SCHEMA_FILE));
    const manifest = browserManifest(source, target, { managedSchema: target === 'chrome' });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

    const entries: Record<string, Uint8Array> = {};
    for (const file of filesUnder(out)) entries[relative(out, file).split('\\').join('/')] = readFileSync(file);
    writeFileSync(join(dist, `telltale-${target}-${version}.zip`), zipSync(entries, { level: 9, mtime: new Date('2026-01-01') }));
  }
  rmSync(stageDir, { recursive: true, force: true });

  for (const target of ['chrome', 'firefox']) {
    const files = filesUnder(join(dist, target)).map((f) => `${relative(dist, f)} ${statSync(f).size} B`);
    console.log(files.join('\n'));
  }
  // Every script the manifest names, and every script run on request (content.js, structure.js), must have been written.
  const named = [...(source.content_scripts as { js: string[] }[]).flatMap((c) => c.js), ...SCRIPTS.map((name) => `${name}.js`)];
  for (const target of ['chrome', 'firefox']) {
    for (const file of named) if (!existsSync(join(dist, target, file))) throw new Error(`the manifest names ${file}, which the build did not write`);
  }
  assertDomainListPackaged(version, listText);
  console.log(`built dist/chrome, dist/firefox and their zips (version ${version})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

interface PackagedEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A messages.json as the browser needs it: each message and its placeholders' contents. */
function packagedMessages(table: Record<string, PackagedEntry>): Record<string, PackagedEntry> {
  const out: Record<string, PackagedEntry> = {};
  for (const [key, entry] of Object.entries(table)) {
    out[key] = entry.placeholders
      ? { message: entry.message, placeholders: Object.fromEntries(Object.entries(entry.placeholders).map(([name, p]) => [name, { content: p.content }])) }
      : { message: entry.message };
  }
  return out;
}
