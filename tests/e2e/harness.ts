// Real browsers with the built extension loaded, and LinkedIn's hosts answered by the test itself,
// so the production match patterns (https://*.linkedin.com/*) are what is exercised offline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest.ts';
import { CHROMIUM_QUIET_FLAGS, chromiumPath, firefoxPath } from './browsers.ts';

export const root = resolve(import.meta.dirname, '../..');
export const chromeDist = join(root, 'dist/chrome');
export const firefoxDist = join(root, 'dist/firefox');

/** A tiny grey avatar for media.licdn.com requests (photos, logos, banners). */
const PLACEHOLDER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#9aa7b5"/><circle cx="32" cy="26" r="12" fill="#e8edf2"/><rect x="12" y="42" width="40" height="22" rx="11" fill="#e8edf2"/></svg>';

/** Answers for the pages a test serves: URL → HTML. Anything else on LinkedIn is a 404. */
export type Site = Map<string, string>;
/** Images a test serves on LinkedIn's image hosts: address without its query → PNG bytes. Others get the placeholder. */
export type Images = Map<string, Buffer>;

function answerFor(site: Site, url: string, images?: Images): { status: number; contentType: string; body: string | Buffer } {
  const u = new URL(url);
  if (u.hostname === 'media.licdn.com' || u.hostname.endsWith('.licdn.com')) {
    const png = images?.get(`${u.origin}${u.pathname}`);
    if (png) return { status: 200, contentType: 'image/png', body: png };
    return { status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_SVG };
  }
  const key = `${u.origin}${u.pathname}`;
  const html = site.get(key) ?? site.get(key.endsWith('/') ? key.slice(0, -1) : `${key}/`);
  if (html === undefined) return { status: 404, contentType: 'text/plain', body: 'not served by the test' };
  return { status: 200, contentType: 'text/html; charset=utf-8', body: html };
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request that left for a host the test does not answer (should stay empty). */
  strayRequests: string[];
  /** initScript: runs in the page before its own scripts, on every document it loads. */
  open(url: string, options?: { initScript?: string }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * `userDataDir`: a browser profile the caller owns and keeps across launches (a browser restart);
 * without it each launch gets a fresh profile that close() deletes.
 */
export interface ChromiumOptions {
  dist?: string;
  headless?: boolean;
  userDataDir?: string;
  /** Answer subresources (images, logos) this long after they are asked for, as a network would. */
  subresourceLatencyMs?: number;
  /** Leave open the welcome tab Telltale opens on install (a fresh profile); by default it is closed. */
  keepWelcome?: boolean;
  /** The browser's UI language ("de"), which picks the extension's _locales; English by default. */
  lang?: string;
  /** Images to serve on LinkedIn's image hosts (the placeholder for any other). */
  images?: Images;
  /** The screen's density (device pixels per CSS pixel); 1 by default. */
  deviceScaleFactor?: number;
}

const WELCOME = /^(chrome|moz)-extension:\/\/[^/]+\/welcome\.html$/;
const WELCOME_WAIT_MS = 10_000;

export async function launchChromium(site: Site, options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const dist = options.dist ?? chromeDist;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'telltale-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    args: [...CHROMIUM_QUIET_FLAGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...(options.lang ? [`--lang=${options.lang}`] : [])],
    // On Linux Chromium takes its UI language from the environment; --lang alone is not always heard.
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang, LC_ALL: '', LANG: `${options.lang}.UTF-8` }, locale: options.lang } : {}),
  });
  const strayRequests: string[] = [];
  // Only http(s) is routed: the worker's own chrome-extension:// fetches (its packaged data file) must
  // not pass through the test's routing, which in Chromium 156 left the worker's later fetches
  // failing ("Failed to fetch" to the test's webhook server) once one of them had been continued.
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', async (route) => {
    const url = route.request().url();
    const host = new URL(url).hostname;
    if (host === 'linkedin.com' || host.endsWith('.linkedin.com') || host.endsWith('.licdn.com')) {
      const a = answerFor(site, url, options.images);
      if (options.subresourceLatencyMs && route.request().resourceType() !== 'document') {
        await new Promise((r) => setTimeout(r, options.subresourceLatencyMs));
      }
      await route.fulfill({ status: a.status, contentType: a.contentType, body: a.body });
    } else if (url.startsWith('http')) {
      strayRequests.push(url);
      await route.abort();
    } else {
      await route.continue();
    }
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  // A fresh profile is an install: Telltale opens its welcome page, which other tests do not expect.
  if (!options.userDataDir && !options.keepWelcome) {
    const welcome = context.pages().find((p) => WELCOME.test(p.url())) ?? (await context.waitForEvent('page', { predicate: (p) => WELCOME.test(p.url()), timeout: WELCOME_WAIT_MS }).catch(() => null));
    await welcome?.close();
  }
  return {
    context,
    worker,
    extensionId,
    strayRequests,
    async open(url, openOptions = {}) {
      const page = await context.newPage();
      if (openOptions.initScript) await page.addInitScript({ content: openOptions.initScript });
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export { firefoxWelcome };

export interface FirefoxSession {
  browser: PuppeteerBrowser;
  extensionId: string;
  /** Every request that left for a host the test does not answer (should stay empty). */
  strayRequests: string[];
  /** Every request the pages opened with open() made to LinkedIn's hosts, as answered. */
  linkedInRequests: string[];
  /** initScript: runs in the page before its own scripts, on every document it loads. */
  open(url: string, options?: { initScript?: string }): Promise<PuppeteerPage>;
  close(): Promise<void>;
}

/** The welcome page's tab, found by its own address (WebDriver BiDi names it about:blank). */
async function firefoxWelcome(browser: PuppeteerBrowser): Promise<PuppeteerPage | undefined> {
  for (const page of await browser.pages()) {
    const href = WELCOME.test(page.url()) ? page.url() : await page.evaluate(() => location.href).catch(() => '');
    if (WELCOME.test(href)) return page;
  }
  return undefined;
}

/**
 * `prefs`: more Firefox preferences, e.g. `extensions.webextOptionalPermissionPrompts: false`, which
 * grants an extension page's permissions.request (the data-collection consent included) without the
 * prompt a headless browser cannot answer.
 */
export async function launchFirefox(site: Site, options: { dist?: string; extensionUuid?: string; keepWelcome?: boolean; prefs?: Record<string, unknown>; images?: Images } = {}): Promise<FirefoxSession> {
  const dist = options.dist ?? firefoxDist;
  // moz-extension:// hosts are a per-profile UUID; a fixed one lets a test open the extension's pages,
  // which Firefox 153+ lets WebDriver navigate to only with system access allowed.
  const uuidArgs = options.extensionUuid ? ['--remote-allow-system-access'] : [];
  const uuidPrefs: Record<string, string> = options.extensionUuid
    ? { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: options.extensionUuid }) }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    ...(uuidArgs.length > 0 ? { args: uuidArgs } : {}),
    extraPrefsFirefox: {
      // No network beyond what the test answers: keep Firefox's own services quiet.
      'network.dns.disableIPv6': true,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...uuidPrefs,
      ...options.prefs,
    },
  });
  const before = (await browser.pages()).length;
  const extensionId = await browser.installExtension(dist);
  // The install opens the welcome page in a new tab: closed unless the test is about it.
  if (!options.keepWelcome) {
    const until = Date.now() + WELCOME_WAIT_MS;
    while ((await browser.pages()).length <= before && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const pages = await browser.pages();
    if (pages.length > before) await ((await firefoxWelcome(browser)) ?? pages[pages.length - 1])!.close();
  }
  const strayRequests: string[] = [];
  const linkedInRequests: string[] = [];
  return {
    browser,
    extensionId,
    strayRequests,
    linkedInRequests,
    async open(url, openOptions = {}) {
      const page = await browser.newPage();
      if (openOptions.initScript) await page.evaluateOnNewDocument(openOptions.initScript);
      await page.setRequestInterception(true);
      // A request the page dropped before our answer (a tab closed, a navigation) is gone from
      // Firefox's BiDi session: answering it then rejects with "no such request", which is no
      // failure of the test (the stray request is already counted).
      const gone = () => {};
      page.on('request', (request) => {
        const u = request.url();
        const host = new URL(u).hostname;
        if (host === 'linkedin.com' || host.endsWith('.linkedin.com') || host.endsWith('.licdn.com')) {
          linkedInRequests.push(u);
          const a = answerFor(site, u, options.images);
          request.respond({ status: a.status, contentType: a.contentType, body: a.body }).catch(gone);
        } else if (u.startsWith('http')) {
          strayRequests.push(u);
          request.abort().catch(gone);
        } else {
          request.continue().catch(gone);
        }
      });
      await page.goto(url);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/**
 * Firefox keeps Telltale's lasting data in the extension origin's IndexedDB (extension/idb-area.ts),
 * not in storage.local, which Firefox's content scripts can read. Run in an extension page
 * (`page.evaluate(firefoxStoreGet, keys)`): its entries, all of them with `null`. Self-contained.
 */
export async function firefoxStoreGet(keys: string[] | null): Promise<Record<string, unknown>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('telltale', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('local');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const store = db.transaction('local', 'readonly').objectStore('local');
  const ask = <T>(q: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((q.onsuccess = () => resolve(q.result)), (q.onerror = () => reject(q.error))));
  const [allKeys, values] = await Promise.all([ask(store.getAllKeys()), ask(store.getAll())]);
  const out: Record<string, unknown> = {};
  allKeys.forEach((k, i) => {
    if (typeof k === 'string' && !k.startsWith('idb:') && (keys === null || keys.includes(k))) out[k] = values[i];
  });
  db.close();
  return out;
}

/** Writes entries into that store, as the worker would (run in an extension page). Self-contained. */
export async function firefoxStoreSet(items: Record<string, unknown>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('telltale', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('local');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const tx = db.transaction('local', 'readwrite');
  for (const [k, v] of Object.entries(items)) tx.objectStore('local').put(v, k);
  await new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = () => reject(tx.error))));
  db.close();
}

/**
 * Reads until `done` holds (every 150 ms, for at most `timeoutMs`) and answers the last read; throws
 * with `what` and the last read (cut) when it never held.
 */
export async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (!done(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  if (!done(last)) throw new Error(`${what}: still ${JSON.stringify(last)?.slice(0, 2000)}`);
  return last;
}
