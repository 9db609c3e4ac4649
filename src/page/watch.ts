// Keeps one page run per profile view. LinkedIn is a single-page app: a profile's sections load as
// the user scrolls, overlays (contact info, About this profile) are in-app routes that add a
// dialog, and navigation swaps the whole main column without a page load. So:
// - one MutationObserver whose callback only queues added nodes; they are looked at once per
//   animation frame, never per mutation;
// - a run is started only when something a reader cares about arrived, after the page settles;
// - a URL change aborts the current run (its AbortSignal) before the next one starts.

/** Elements whose arrival can change what the readers see. Our own hosts are never relevant. */
const RELEVANT = 'main, section, h1, [role="dialog"], [componentkey], [data-view-name], script[type="application/ld+json"]';
const OWN_HOST = 'data-telltale';

export interface PageRun {
  url: string;
  signal: AbortSignal;
}

export interface WatchOptions {
  /** Called for each run; must not throw (errors are caught and logged). */
  run(page: PageRun): void | Promise<void>;
  /** Called when the URL changes, before the next run, so the UI can be removed. */
  leave(previousUrl: string): void;
  /** How long the page must be quiet before a re-run, in ms. */
  settleMs?: number;
  root?: Document;
}

export function watchPage(options: WatchOptions): { stop(): void } {
  const doc = options.root ?? document;
  const win = doc.defaultView ?? window;
  const settleMs = options.settleMs ?? 150;
  let url = doc.location.href;
  let controller = new AbortController();
  let queued: Node[] = [];
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const start = () => {
    if (stopped) return;
    const page = { url, signal: controller.signal };
    try {
      const pending = options.run(page);
      if (pending) pending.catch((error: unknown) => console.debug('[telltale] run failed', error));
    } catch (error) {
      console.debug('[telltale] run failed', error);
    }
  };

  const scheduleRun = () => {
    clearTimeout(settle);
    settle = setTimeout(start, settleMs);
  };

  const checkUrl = (): boolean => {
    const now = doc.location.href;
    if (now === url) return false;
    const previous = url;
    url = now;
    controller.abort();
    controller = new AbortController();
    options.leave(previous);
    scheduleRun();
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
    if (checkUrl()) return;
    if (nodes.some(isRelevant)) scheduleRun();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) queued.push(node);
    if (!frame && queued.length) frame = win.requestAnimationFrame(processFrame);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });

  // The Navigation API (Chromium) reports in-app navigation directly; elsewhere the URL is
  // compared on every mutation frame and on history traversal.
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  const onNavigate = () => checkUrl();
  nav?.addEventListener('navigatesuccess', onNavigate);
  win.addEventListener('popstate', onNavigate);

  start();

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      nav?.removeEventListener('navigatesuccess', onNavigate);
      win.removeEventListener('popstate', onNavigate);
      if (frame) win.cancelAnimationFrame(frame);
      clearTimeout(settle);
      controller.abort();
    },
  };
}
