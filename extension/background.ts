// Background worker: thin wiring from browser events to the handlers in src/worker/.
// Every listener is registered synchronously at start-up (an MV3 worker is woken by the event
// itself); one onMessage router answers only the types it knows.
import browser, { type Runtime } from 'webextension-polyfill';
import { createWorker, type StorageArea } from '../src/worker/handlers.ts';

const area = (a: browser.Storage.StorageArea): StorageArea => ({
  get: (keys) => a.get(keys),
  set: (items) => a.set(items),
  remove: (keys) => a.remove(keys),
});

const worker = createWorker({
  session: area(browser.storage.session),
  local: area(browser.storage.local),
  now: () => new Date(),
});

const extensionPages = browser.runtime.getURL('');

/** Content-script messages come from this extension, in a top frame of an https LinkedIn page. */
function fromLinkedInTopFrame(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return false;
  try {
    const url = new URL(sender.url ?? '');
    return url.protocol === 'https:' && (url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com'));
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
    return worker.handlePage(message, { tabId: sender.tab?.id ?? null, frameId: sender.frameId ?? null, url: sender.url ?? null });
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
