// Sizes of the built extension's parts, raw and gzipped. Builds first when dist/ is missing.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DISPOSABLE_DOMAINS_FILE } from '../src/signals/common/disposable-domains.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist/chrome');
if (!existsSync(join(dist, 'manifest.json'))) execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
// The worker's data files are read only when needed (the domain list: for a snapshot with an email),
// not at each worker start, so they are counted apart from the worker's code.
const groups: Record<string, string[]> = { 'content scripts': [], 'content, on demand': [], worker: [], 'worker data, on demand': [], 'pages (popup, options)': [] };
for (const file of files(dist).filter((f) => /\.(js|html|css)$/.test(f) || f.endsWith(DISPOSABLE_DOMAINS_FILE))) {
  const name = relative(dist, file);
  if (name === 'content.js' || name === 'early.js') groups['content scripts']!.push(file);
  // Run in a LinkedIn tab only when the panel offers "Save the page structure" (extension/structure.ts).
  else if (name === 'structure.js') groups['content, on demand']!.push(file);
  else if (name === 'background.js') groups.worker!.push(file);
  else if (name === DISPOSABLE_DOMAINS_FILE) groups['worker data, on demand']!.push(file);
  else groups['pages (popup, options)']!.push(file);
}
for (const [group, list] of Object.entries(groups)) {
  const raw = list.reduce((n, f) => n + statSync(f).size, 0);
  const gz = list.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  console.log(`${group.padEnd(24)} ${kb(raw).padStart(9)} raw  ${kb(gz).padStart(9)} gzipped  (${list.map((f) => relative(dist, f)).join(', ')})`);
}
