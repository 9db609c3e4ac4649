// Each browser's manifest, as the build writes it from the one source: least privilege holds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserManifest } from '../../scripts/manifest.ts';

const source = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')) as Record<string, unknown>;
const LINKEDIN = 'https://*.linkedin.com/*';

/** The parts of a manifest these checks read. */
interface Manifest {
  host_permissions: string[];
  optional_host_permissions: string[];
  permissions: string[];
  content_scripts: { matches: string[]; js: string[] }[];
  web_accessible_resources?: unknown;
  content_security_policy: { extension_pages: string };
  background: unknown;
  minimum_chrome_version?: string;
  storage?: unknown;
  browser_specific_settings?: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[]; optional: string[] } };
  };
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (target) => {
  const m = browserManifest(source, target, { managedSchema: target === 'chrome' }) as unknown as Manifest;

  it('reaches LinkedIn only: host permissions and content-script matches', () => {
    expect(m.host_permissions).toEqual([LINKEDIN]);
    for (const script of m.content_scripts) expect(script.matches).toEqual([LINKEDIN]);
  });

  it('asks only for what the features use; other origins only as optional: https, or a relay on this machine', () => {
    // Chrome's side panel needs its permission; Firefox's sidebar needs none.
    expect([...m.permissions].sort()).toEqual(target === 'chrome' ? ['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'] : ['activeTab', 'alarms', 'scripting', 'storage', 'unlimitedStorage']);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
  });

  it('exposes no resources to pages and loads no remote code', () => {
    expect(m.web_accessible_resources).toBeUndefined();
    const csp: string = m.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('declares only the small early script, at document_start: the worker runs the full one once the page has loaded', () => {
    expect(m.content_scripts.map((c) => [c.js, (c as { run_at?: string }).run_at])).toEqual([[['early.js'], 'document_start']]);
  });
});

describe('browser-specific keys', () => {
  it('the side panel and its shortcut: Chrome side_panel with a named command, Firefox sidebar_action', () => {
    const chrome = browserManifest(source, 'chrome') as Record<string, unknown>;
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(Object.keys(chrome.commands as object)).toEqual(['open-side-panel']);
    expect(chrome.sidebar_action).toBeUndefined();
    const firefox = browserManifest(source, 'firefox') as Record<string, unknown>;
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(Object.keys(firefox.commands as object)).toEqual(['_execute_sidebar_action']);
    expect(firefox.side_panel).toBeUndefined();
  });

  it('Chrome: a service worker, a minimum version and the managed-settings schema', () => {
    const m = browserManifest(source, 'chrome', { managedSchema: true }) as unknown as Manifest;
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(120);
    expect(m.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('Firefox: background scripts, a gecko id, a minimum version and honest data collection', () => {
    const m = browserManifest(source, 'firefox') as unknown as Manifest;
    expect(m.background).toEqual({ scripts: ['background.js'] });
    const gecko = m.browser_specific_settings!.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions.required).toEqual(['none']);
    expect(gecko.data_collection_permissions.optional).toEqual(['personallyIdentifyingInfo', 'websiteContent']);
    expect(m.storage).toBeUndefined();
  });
});
