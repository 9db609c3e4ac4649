// Keeps one page run per profile view. LinkedIn is a single-page app: a profile's sections load as
// the user scrolls, overlays (contact info, About this profile) are in-app routes that add a
// dialog, and navigation swaps the whole main column without a page load. So:
// - one MutationObserver whose callback only queues added nodes; they are looked at once per
//   animation frame, never per mutation;
// - a run is started only when something a reader cares about arrived: at once while this URL's
//   profile has not been read yet (at most once a frame), or when the watcher has been idle (the top
//   card of a newly shown profile gets its pill without waiting); otherwise once the page has been
//   quiet for settleMs, and never later than maxWaitMs after the first change (a page that never
//   stops mutating still gets its runs);
// - a URL change aborts the current run (its AbortSignal) before the next one starts.

/** Elements whose arrival can change what the readers see. Our own hosts are never relevant. */
const RELEVANT = 'main, section, h1, h2, dialog, [role="dialog"], [componentkey], [data-view-name], script[type="application/ld+json"]';
const OWN_HOST = 'data-telltale';

export interface PageRun {
  url: string;
  signal: AbortSignal;
  /** Says the run found this URL's profile, so further changes wait for the page to settle. */
  markRead(): void;
}

export interface WatchOptions {
  /** Called for each run; must not throw (errors are caught and logged). */
  run(page: PageRun): void | Promise<void>;
  /** Called when the URL changes, before the next run, so the UI can be removed. */
  leave(previousUrl: string, nextUrl: string): void;
  /** How long the page must be quiet before a re-run, in ms. */
  settleMs?: number;
  /** The longest a run waits for the page to settle once something relevant arrived, in ms. */
  maxWaitMs?: number;
  /** A change after this long without a run starts one at once, in ms. */
  idleMs?: number;
  /**
   * Whether a URL can show what the readers read. On other routes (the feed, messaging, jobs) the
   * watcher only follows the URL: no relevance checks, no runs, however busy the page is.
   */
  applies?: (url: string) => boolean;
  root?: Document;
  /**
   * The caller was started once the page had loaded or been parsed for a while (content.js, run on
   * the early script's request): a parsed page is read at once, not after another wait.
   */
  readNow?: boolean;
}

export interface Watcher {
  stop(): void;
  /** Starts a run of the current page now (a setting changed). */
  rerun(): void;
}

export function watchPage(options: WatchOptions): Watcher {
  const doc = options.root ?? document;
  const win = doc.defaultView ?? window;
  const settleMs = options.settleMs ?? 40;
  const maxWaitMs = options.maxWaitMs ?? 250;
  const idleMs = options.idleMs ?? 300;
  const applies = options.applies ?? (() => true);
  let url = doc.location.href;
  let controller = new AbortController();
  let queued: Node[] = [];
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;
  /** When the pending run was first asked for; 0: none pending. */
  let pendingSince = 0;
  let lastRun = -Infinity;
  /** The URL whose profile a run has read; until then changes are read at once. */
  let readUrl: string | null = null;
  let stopped = false;
  // A page that is still loading gets its first read once it is parsed and idle, or at its load
  // event (below), so the read and the drawing stay out of the page's own loading (a fresh load;
  // in-app navigation is unaffected).
  let loaded = doc.readyState !== 'loading' && (doc.readyState !== 'interactive' || options.readNow === true);
  const start = () => {
    if (stopped || !loaded || !applies(url)) return;
    clearTimeout(settle);
    pendingSince = 0;
    lastRun = performance.now();
    const runUrl = url;
    const page: PageRun = {
      url,
      signal: controller.signal,
      markRead: () => {
        if (runUrl === url) readUrl = url;
      },
    };
    try {
      const pending = options.run(page);
      if (pending) pending.catch((error: unknown) => console.debug('[telltale] run failed', error));
    } catch (error) {
      console.debug('[telltale] run failed', error);
    }
  };

  const scheduleRun = (urlChanged = false) => {
    const now = performance.now();
    const eager = readUrl !== url ? now - lastRun >= 16 : now - lastRun >= idleMs;
    if (!urlChanged && pendingSince === 0 && eager) {
      start();
      return;
    }
    if (pendingSince === 0) pendingSince = now;
    clearTimeout(settle);
    settle = setTimeout(start, Math.max(0, Math.min(settleMs, pendingSince + maxWaitMs - now)));
  };

  const checkUrl = (): boolean => {
    const now = doc.location.href;
    if (now === url) return false;
    const previous = url;
    url = now;
    controller.abort();
    controller = new AbortController();
    options.leave(previous, now);
    // The new view's DOM may still be on its way: let it settle before reading.
    scheduleRun(true);
    return true;
  };

  const isRelevant = (node: Node): boolean => {
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    if (el.hasAttribute(OWN_HOST) || el.closest(`[${OWN_HOST}]`)) return false;
    return el.matches(RELEVANT) || el.querySelector(RELEVANT) !== null;
  };

  const processFrame = () => {
    frame = 0;
    const nodes = queued;
    queued = [];
    if (checkUrl() || !applies(url)) return;
    if (nodes.some(isRelevant)) scheduleRun();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) queued.push(node);
    if (!frame && queued.length) frame = win.requestAnimationFrame(processFrame);
  });
  // Watched from the first read on (after the load): that read sees everything before it, and an
  // observer attached while the page loads would have the browser record every node the page's
  // own scripts insert meanwhile, for nothing. The document itself is observed: at document_start
  // there may be no <html> element yet.
  let observing = false;
  const observe = () => {
    if (observing || stopped) return;
    observing = true;
    observer.observe(doc, { childList: true, subtree: true });
  };

  // The Navigation API (Chromium) reports in-app navigation directly; elsewhere the URL is
  // compared on every mutation frame and on history traversal.
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  const onNavigate = () => checkUrl();
  nav?.addEventListener('navigatesuccess', onNavigate);
  win.addEventListener('popstate', onNavigate);

  // The full read of a loading page waits until the document is parsed, and then for an idle
  // period or the load event, whichever comes first: the browser is waiting on the network then,
  // not on us. (Idle periods between parser chunks do not count: the page is not all there.)
  let idleHandle = 0;
  const onLoad = () => {
    if (loaded) return;
    loaded = true;
    if (idleHandle && win.cancelIdleCallback) win.cancelIdleCallback(idleHandle);
    observe();
    setTimeout(start, 0);
  };
  const whenParsed = () => {
    if (!loaded && win.requestIdleCallback) idleHandle = win.requestIdleCallback(onLoad, { timeout: 2_000 });
  };
  if (loaded) {
    observe();
    start();
  } else {
    win.addEventListener('load', onLoad, { once: true });
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', whenParsed, { once: true });
    else whenParsed();
  }

  return {
    // (A rerun asked for while the page loads waits for the load like any other run.)
    rerun: () => start(),
    stop() {
      stopped = true;
      observer.disconnect();
      nav?.removeEventListener('navigatesuccess', onNavigate);
      win.removeEventListener('popstate', onNavigate);
      win.removeEventListener('load', onLoad);
      doc.removeEventListener('DOMContentLoaded', whenParsed);
      if (idleHandle && win.cancelIdleCallback) win.cancelIdleCallback(idleHandle);
      if (frame) win.cancelAnimationFrame(frame);
      clearTimeout(settle);
      controller.abort();
    },
  };
}
