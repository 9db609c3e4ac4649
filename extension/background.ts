/// <reference types="vite/client" />
// Background worker: thin wiring from browser events to the handlers in src/worker/.
// Every listener is registered synchronously at start-up (an MV3 worker is woken by the event
// itself); one onMessage router answers only the types it knows.
import browser, { type Runtime, type Scripting } from 'webextension-polyfill';
import { PRODUCTION_BACKOFF } from '../src/report/queue.ts';
import type { Post } from '../src/report/webhook-reply.ts';
import { webhookPost } from '../src/report/webhook-post.ts';
import type { SettingsPush, TabState } from '../src/messages.ts';
import { photoBoxOf } from '../src/page/photo-box.ts';
import type { Pixels } from '../src/photo/print.ts';
import type { MessageTable } from '../src/i18n.ts';
import { quietIn, SETTINGS_KEY, webhookOriginPattern } from '../src/settings.ts';
import { TOOLBAR_TITLE, toolbarBadge } from '../src/ui/toolbar-badge.ts';
import { DISPOSABLE_DOMAINS_FILE } from '../src/signals/common/disposable-domains.ts';
import { fetchText, lazyDisposableDomains } from '../src/worker/disposable-domains.ts';
import { createWorker, type ScriptTarget, type StorageArea } from '../src/worker/handlers.ts';
import { isTelltaleKey } from '../src/data/export.ts';
import { idbArea, moveOnce } from './idb-area.ts';
import { isLinkedInHost } from '../src/linkedin-url.ts';

const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

const area = (a: browser.Storage.StorageArea): StorageArea => ({
  get: (keys) => a.get(keys),
  set: (items) => a.set(items),
  remove: (keys) => a.remove(keys),
  getAll: () => a.get(null),
});

// Where the lasting data lives: Chrome's storage.local (closed to content scripts above); in Firefox,
// which cannot close it, the extension origin's IndexedDB (./idb-area.ts), what storage.local held
// moved there once. Firefox's content scripts hear of quiet mode from the writes here, as they
// cannot watch that store.
function firefoxLocalArea(): StorageArea {
  const store = idbArea();
  const moved = moveOnce(browser.storage.local, store, isTelltaleKey).catch((e: unknown) => console.warn('[telltale] storage.local could not be moved to IndexedDB', e));
  /** Quiet mode as last written (null until this worker has read or written the settings). */
  let quiet: boolean | null = null;
  /** A write that touches the settings: the tabs are told when it changes quiet mode. */
  const writingSettings = async (write: () => Promise<void>, after: boolean) => {
    const before = quiet ?? quietIn((await store.get([SETTINGS_KEY]))[SETTINGS_KEY]);
    await write();
    quiet = after;
    if (after !== before) pushQuietMode(after);
  };
  return {
    get: async (keys) => (await moved, store.get(keys)),
    getAll: async () => (await moved, store.getAll()),
    async set(items) {
      await moved;
      if (SETTINGS_KEY in items) await writingSettings(() => store.set(items), quietIn(items[SETTINGS_KEY]));
      else await store.set(items);
    },
    async remove(keys) {
      await moved;
      if (keys.includes(SETTINGS_KEY)) await writingSettings(() => store.remove(keys), false);
      else await store.remove(keys);
    },
  };
}
const localArea: StorageArea = isFirefox ? firefoxLocalArea() : area(browser.storage.local);

const QUEUE_ALARM = 'telltale-report-queue';
const SWEEP_ALARM = 'telltale-retention-sweep';

/**
 * Retry timing. The store build uses PRODUCTION_BACKOFF (30 s, doubling, capped at 1 h; Chrome
 * does not fire a packed MV3 extension's alarm sooner than 30 s anyway). Only the end-to-end tests'
 * own build (vite mode "e2e-fast-retry", made by tests/e2e/memory-report.test.ts) retries after
 * 1 s: Vite replaces import.meta.env.MODE at build time, so the store build's bundle holds the
 * constant `false` here and the minifier drops the fast branch altogether.
 */
const FAST_RETRY_TEST_BUILD = import.meta.env.MODE === 'e2e-fast-retry';
const backoff = FAST_RETRY_TEST_BUILD ? { baseMs: 1_000, maxMs: 4_000, random: Math.random } : { ...PRODUCTION_BACKOFF, random: Math.random };

const post: Post = async (url, body, headers) => {
  try {
    return await webhookPost(fetch, url, body, headers);
  } catch (error) {
    // Without the webhook's host permission only a server that allows CORS can be reached: say so.
    const granted = await browser.permissions.contains({ origins: [webhookOriginPattern(url)] }).catch(() => true);
    if (!granted) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${reason} (Telltale has no access to ${new URL(url).origin}; allow it in the popup or save the webhook in options again)`, { cause: error });
    }
    throw error;
  }
};

// ---- Storage out of the page world's reach ---------------------------------------------------------
// Content scripts run beside the LinkedIn page, whose world a renderer exploit or a compromised
// script may reach: they get what they need by message (page/settings, and the snapshot's answer),
// never by reading storage. Chrome closes both areas to them; the setting is kept by the browser, and
// set again at every start. Firefox cannot close storage.local (only session, closed by default).
type AccessLevelArea = { setAccessLevel?: (o: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };
const chromeStorage = (globalThis as { chrome?: { storage?: { local?: AccessLevelArea; session?: AccessLevelArea } } }).chrome?.storage;
if (!isFirefox) {
  for (const restricted of [chromeStorage?.local, chromeStorage?.session]) {
    void restricted?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((e: unknown) => console.warn('[telltale] storage could not be closed to content scripts', e));
  }
}

/** Firefox: reports leave the browser only after the user granted the optional data collection. */
async function sendingAllowed(): Promise<boolean> {
  if (!isFirefox) return true;
  try {
    return await browser.permissions.contains({ data_collection: ['personallyIdentifyingInfo', 'websiteContent'] });
  } catch {
    return true; // a Firefox without data-collection permissions has nothing to ask
  }
}

/**
 * Team policy, read once per worker start and kept while the worker lives; a policy change
 * (storage.onChanged, area "managed") drops the copy. Chrome's first read after a browser start
 * waits for its policy loader: about 2–4 s here, and in the end-to-end tests sometimes for minutes
 * (the read stayed pending while the worker answered pages). So no caller waits for it more than
 * POLICY_WAIT_MS, and once a wait has run out none waits again until the read settles: the read
 * goes on, and its answer is used from then on. Until then the user's own settings are in force,
 * for reports and the webhook too (a report made then goes where the user's own settings say); when
 * the policy arrives late, the retention sweep runs again with the team's retention.
 */
const POLICY_WAIT_MS = 2_000;
let policy: Record<string, unknown> | null = null;
let policyRead: Promise<Record<string, unknown>> | null = null;
let policyLate = false;
/** Bumped on a policy change: a timer or a read from before it no longer counts. */
let policyGeneration = 0;
function startPolicyRead(): Promise<Record<string, unknown>> {
  if (policyRead) return policyRead;
  const generation = policyGeneration;
  const settle = (got: Record<string, unknown>) => {
    if (generation !== policyGeneration) return got;
    policy = got;
    // A policy known only after a wait ran out: the retention sweep runs again with the team's retention.
    if (policyLate) void worker.sweep();
    return got;
  };
  policyRead = browser.storage.managed.get(null).then(
    (got) => settle(got as Record<string, unknown>),
    () => settle({}), // no policy installed
  );
  return policyRead;
}
function readManaged(): Promise<Record<string, unknown>> {
  if (policy) return Promise.resolve(policy);
  const read = startPolicyRead();
  if (policyLate) return Promise.resolve({});
  const generation = policyGeneration;
  return Promise.race([
    read,
    new Promise<Record<string, unknown>>((resolve) =>
      setTimeout(() => {
        if (generation === policyGeneration) policyLate = true;
        resolve({});
      }, POLICY_WAIT_MS),
    ),
  ]);
}
browser.storage.onChanged.addListener((_changes, areaName) => {
  if (areaName !== 'managed') return;
  policyGeneration++;
  policy = null;
  policyRead = null;
  policyLate = false;
});
void startPolicyRead();

/** Each language's packaged words, read once a worker life. */
const messageFiles = new Map<string, Promise<MessageTable | null>>();
function packagedMessages(language: string): Promise<MessageTable | null> {
  if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(language)) return Promise.resolve(null);
  let file = messageFiles.get(language);
  if (!file) {
    file = fetchText(browser.runtime.getURL(`_locales/${language}/messages.json`))
      .then((text) => JSON.parse(text) as MessageTable)
      .catch(() => {
        messageFiles.delete(language);
        return null;
      });
    messageFiles.set(language, file);
  }
  return file;
}

const worker = createWorker({
  session: area(browser.storage.session),
  local: localArea,
  now: () => new Date(),
  managed: readManaged,
  extensionVersion: browser.runtime.getManifest().version,
  randomId: () => crypto.randomUUID(),
  post,
  // The team hub (src/worker/team.ts): reachable once the user granted its origin in options (or it allows CORS).
  hubFetch: (input, init) => fetch(input, init),
  backoff,
  scheduleWake: async (at) => {
    if (at === null) await browser.alarms.clear(QUEUE_ALARM);
    else await browser.alarms.create(QUEUE_ALARM, { when: Math.max(at, Date.now() + 1_000) });
  },
  sendingAllowed,
  // A packaged file, not part of this script: most worker starts see no email and never read it.
  disposableDomains: lazyDisposableDomains(() => fetchText(browser.runtime.getURL(DISPOSABLE_DOMAINS_FILE))),
  // The packaged words of a language: the content script's (page/words) and, for the reportsInEnglish setting, English.
  packagedMessages,
  // The report form runs in the extension's own page, beside the profile's tab (its opener): the
  // LinkedIn page never sees the note typed there nor the evidence bundle the worker answers.
  openReportPage: async (tabId) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`report.html#tab=${tabId}`), openerTabId: tabId });
  },
  // The application is read in the extension's compare page, never in the LinkedIn page.
  openComparePage: async (tabId) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`compare/compare.html#tab=${tabId}`), openerTabId: tabId });
  },
  tellTabs: async (tabIds, push) => {
    await Promise.all(tabIds.map((id) => browser.tabs.sendMessage(id, push).catch(() => undefined)));
  },
  // The full content script, run by the early one once its page has loaded (extension/early.ts).
  loadContent: (target) => runInFrame(target, 'content.js'),
  // The structure-file builder, run only on a page whose layout was not understood (extension/structure.ts).
  loadStructure: (target) => runInFrame(target, 'structure.js'),
  // The photo's print (src/worker/photo-prints.ts): where the top frame shows the photo (one
  // function run there, in the content scripts' world), and the pixels the browser shows (no
  // request: a capture of what is on screen).
  askPhotoBox: async (tabId, photoUrl) => {
    const [done] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: photoBoxOf, args: [photoUrl] });
    return done?.result ?? null;
  },
  captureTab,
});

/**
 * The visible part of a tab as RGBA pixels: only the tab in front in its window (the capture names
 * a window, not a tab), and only with the browser's leave (activeTab, granted by the toolbar click).
 */
async function captureTab(tabId: number): Promise<Pixels | 'not-shown' | 'not-allowed'> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab?.active || tab.windowId === undefined) return 'not-shown';
  let dataUrl: string;
  try {
    dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  } catch {
    return 'not-allowed';
  }
  // The tab may have changed between the two steps: the one captured must still be the one asked for.
  const [front] = await browser.tabs.query({ active: true, windowId: tab.windowId });
  if (front?.id !== tabId) return 'not-shown';
  const bitmap = await createImageBitmap(await (await fetch(dataUrl)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) return 'not-allowed';
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return { width: image.width, height: image.height, data: image.data };
}

/**
 * Runs a packaged script in the sender's frame, in the content scripts' isolated world. In Chrome the
 * sender's very document is named, so a tab that moved on meanwhile gets nothing; Firefox has no
 * document ids, and content.js itself runs only on an https LinkedIn page, once per document.
 */
async function runInFrame({ tabId, frameId, documentId }: ScriptTarget, file: string): Promise<void> {
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({ target: target as Scripting.InjectionTarget, files: [file] });
}

const extensionPages = browser.runtime.getURL('');

/** Content-script messages come from this extension, in a top frame of an https LinkedIn page. */
function fromLinkedInTopFrame(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return false;
  try {
    const url = new URL(sender.url ?? '');
    return url.protocol === 'https:' && isLinkedInHost(url.hostname);
  } catch {
    return false;
  }
}

const fromExtensionPage = (sender: Runtime.MessageSender) =>
  sender.id === browser.runtime.id && (sender.url ?? '').startsWith(extensionPages);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') return undefined;
  if (type.startsWith('page/')) {
    if (!fromLinkedInTopFrame(sender)) return Promise.resolve({ ok: false, error: 'refused: not a LinkedIn top frame' });
    // The tab's address, not the frame's: after an in-app navigation (history.pushState) Chrome's
    // sender.url still names the document's first address, the tab's is where the page is now.
    const documentId = (sender as { documentId?: unknown }).documentId;
    return worker.handlePage(message, {
      tabId: sender.tab?.id ?? null,
      frameId: sender.frameId ?? null,
      url: sender.tab?.url ?? sender.url ?? null,
      documentId: typeof documentId === 'string' ? documentId : null,
    });
  }
  if (type.startsWith('ui/')) {
    if (!fromExtensionPage(sender)) return Promise.resolve({ ok: false, error: 'refused: not an extension page' });
    return worker.handleUi(message);
  }
  return Promise.resolve({ ok: false, error: `unknown message type: ${type.slice(0, 100)}` });
});

browser.tabs.onRemoved.addListener((tabId) => {
  void worker.forgetTab(tabId);
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === QUEUE_ALARM) void worker.onWake();
  if (alarm.name === SWEEP_ALARM) void worker.sweep();
});

// ---- Toolbar badge, per tab ----------------------------------------------------------------------
// The tab states in the session area are the truth (the worker writes them as it scores a snapshot,
// and drops them on Forget, import, a closed tab): the badge follows each change of one.
async function showTabBadge(tabId: number, state: TabState | undefined): Promise<void> {
  const badge = toolbarBadge(state);
  try {
    await browser.action.setBadgeText({ tabId, text: badge?.text ?? '' });
    await browser.action.setTitle({ tabId, title: badge?.title ?? TOOLBAR_TITLE });
    if (badge) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
  } catch {
    // the tab closed meanwhile
  }
}
browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName !== 'session') return;
  for (const [key, change] of Object.entries(changes)) {
    const m = /^tab:(\d+)$/.exec(key);
    if (m) void showTabBadge(Number(m[1]), change.newValue as TabState | undefined);
  }
});

// A tab that leaves the profile its state was made for (a load, an in-app navigation, another site)
// shows that profile no more: its state goes, and the badge, the side panel and the report and
// compare pages follow. Without a host permission for where it went the browser gives no URL.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'loading' && change.url === undefined) return;
  void worker.tabNavigated(tabId, change.url ?? tab.url ?? null);
});

// Quiet mode changed (options, popup, an import): every LinkedIn tab's content script is told, as it
// cannot read storage. A tab without Telltale's script answers nothing; that is no error. Chrome:
// from storage.onChanged; Firefox: from the writes to its store (firefoxLocalArea).
function pushQuietMode(quietMode: boolean): void {
  const push: SettingsPush = { type: 'worker/settings', quietMode };
  void browser.tabs.query({ url: ['https://*.linkedin.com/*'] }).then((tabs) => {
    for (const tab of tabs) if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, push).catch(() => undefined);
  });
}
browser.storage.onChanged.addListener((changes, areaName) => {
  if (isFirefox || areaName !== 'local' || !(SETTINGS_KEY in changes)) return;
  const quietMode = quietIn(changes[SETTINGS_KEY]?.newValue);
  if (quietMode !== quietIn(changes[SETTINGS_KEY]?.oldValue)) pushQuietMode(quietMode);
});

// ---- Side panel ------------------------------------------------------------------------------------
// Chrome: `_execute_action` opens the popup, never the side panel, so the shortcut is a command of
// its own, and sidePanel.open must run within the command's user gesture (no await before it).
// Firefox: the manifest's `_execute_sidebar_action` opens the sidebar without any code here.
const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome?.sidePanel;
browser.commands?.onCommand.addListener((command, tab) => {
  if (command === 'open-side-panel' && sidePanel && tab?.windowId !== undefined) void sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
});

// ---- First run -------------------------------------------------------------------------------------
// The welcome page opens once, when Telltale is installed; never on an update or a browser start.
browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
});

// Alarms may not survive a browser restart: every start re-creates them from storage (the queue).
const start = () => {
  void browser.alarms.create(SWEEP_ALARM, { periodInMinutes: 24 * 60 });
  void worker.sweep();
  void worker.onWake();
};
browser.runtime.onStartup.addListener(start);
browser.runtime.onInstalled.addListener(start);
