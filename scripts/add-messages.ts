// Adds messages to every _locales/<lang>/messages.json at once, so several people (or agents)
// adding words at the same time do not overwrite each other's: the files are changed under a lock.
//   npx tsx scripts/add-messages.ts words.json [--replace]
// words.json: { "key": { "en": "… $1 …", "de": "…", "fr": "…", "es": "…", "pt": "…", "nl": "…", "it": "…" } }
// "$1"…"$9" are the arguments of t(key, [...]); they become named placeholders, as the browser's
// format wants. A key that exists with other words is refused unless --replace is given.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it'] as const;
const root = join(import.meta.dirname, '..');
const [file, ...flags] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/add-messages.ts words.json [--replace]');
  process.exit(2);
}
const replace = flags.includes('--replace');
const input = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;

interface Entry { message: string; placeholders?: Record<string, { content: string }> }

function entryOf(text: string): Entry {
  const numbers = [...new Set([...text.matchAll(/\$([1-9])/g)].map((m) => m[1]!))].sort();
  if (!numbers.length) return { message: text };
  const message = text.replace(/\$\$|\$([1-9])/g, (whole, n?: string) => (n ? `$ARG${n}$` : whole));
  return { message, placeholders: Object.fromEntries(numbers.map((n) => [`arg${n}`, { content: `$${n}` }])) };
}

const problems: string[] = [];
for (const [key, texts] of Object.entries(input)) {
  if (!/^[A-Za-z0-9_]+$/.test(key)) problems.push(`${key}: a key is letters, digits and _`);
  const args = (s: string) => [...new Set([...s.matchAll(/\$([1-9])/g)].map((m) => m[1]))].sort().join(',');
  for (const l of LOCALES) {
    if (typeof texts[l] !== 'string' || !texts[l]!.trim()) problems.push(`${key}: no ${l}`);
    else if (args(texts[l]!) !== args(texts.en ?? '')) problems.push(`${key}: ${l} uses $${args(texts[l]!)}, en $${args(texts.en ?? '')}`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

// A lock file made with O_EXCL: the one who makes it writes, the others wait for it to go.
const lock = join(root, '_locales', '.lock');
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    closeSync(openSync(lock, 'wx'));
    break;
  } catch {
    if (Date.now() > deadline) {
      console.error(`${lock} is held for a minute: remove it if no one is writing`);
      process.exit(1);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}
try {
  const tables = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(join(root, '_locales', l, 'messages.json'), 'utf8')) as Record<string, Entry>]));
  const refused: string[] = [];
  for (const [key, texts] of Object.entries(input)) {
    const old = tables.en![key];
    if (old && !replace && JSON.stringify(old) !== JSON.stringify(entryOf(texts.en!))) refused.push(key);
  }
  if (refused.length) {
    console.error(`these keys exist with other words (give --replace to change them): ${refused.join(', ')}`);
    process.exit(1);
  }
  for (const l of LOCALES) {
    for (const [key, texts] of Object.entries(input)) tables[l]![key] = entryOf(texts[l]!);
    const path = join(root, '_locales', l, 'messages.json');
    writeFileSync(`${path}.tmp`, `${JSON.stringify(tables[l], null, 2)}\n`);
    renameSync(`${path}.tmp`, path);
  }
  console.log(`${Object.keys(input).length} message(s) in ${LOCALES.length} languages`);
} finally {
  rmSync(lock, { force: true });
}
