// Where the test browsers are: /usr/bin by default, or the paths in TELLTALE_CHROMIUM / TELLTALE_FIREFOX.
import { existsSync } from 'node:fs';

function find(envName: string, fallback: string, apt: string): string {
  const path = process.env[envName] || fallback;
  if (!existsSync(path)) {
    throw new Error(`${path} not found: install it (apt-get install -y ${apt}) or set ${envName} to the browser's path`);
  }
  return path;
}

export const chromiumPath = () => find('TELLTALE_CHROMIUM', '/usr/bin/chromium', 'chromium');
export const firefoxPath = () => find('TELLTALE_FIREFOX', '/usr/bin/firefox-esr', 'firefox-esr');

/** Flags for Chromium on a machine with no network beyond the package registries. */
export const CHROMIUM_QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
