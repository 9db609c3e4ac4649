// The early content script (document_start, a few KB), the only one the manifest declares. On a
// fresh load of a profile it puts a "reading the page" pill beside the name as soon as the top card
// has been parsed, so the recruiter sees at once that Telltale is at work on this profile. It reads
// nothing. On every LinkedIn page, at the load event or 0.6 s after the page was parsed (whichever
// comes first), it asks the worker to run the full content script (content.ts) in this frame
// (page/load-content), which reads the page and draws the real pill over this one: none of the full
// script is compiled or run while the page is being parsed.
// Nothing is drawn in quiet mode.
import { extensionApi, isProfileRoute, TOP_CARD } from '../src/page/ext.ts';
import { EARLY_ATTR, HOST_ATTR, KEY_ATTR } from '../src/ui/host-names.ts';
import { PILL_CSS, pageTheme } from '../src/ui/styles.ts';
import { earlyWords } from '../src/page/early-words.ts';


/**
 * The full script draws over the placeholder within a few seconds of the page being parsed (it is
 * run at the load event, at the latest 0.6 s after parsing; the worker's first answer after a browser
 * start can take 2 s more). A placeholder still there long after that says so instead of reading forever.
 * (The end-to-end test's own build, vite mode "e2e-fast-timers", waits 1 s; in the store build the
 * condition is the constant `false`.)
 */
const GIVE_UP_MS = import.meta.env.MODE === 'e2e-fast-timers' ? 1_000 : 15_000;

function drawPlaceholder(name: Element): void {
  // The full script got there first (or an earlier run of this one): nothing to do.
  if (document.querySelector(`[${HOST_ATTR}="pill"]`)) return;
  const host = document.createElement('telltale-pill');
  host.setAttribute(HOST_ATTR, 'pill');
  host.setAttribute(KEY_ATTR, 'pill');
  host.setAttribute(EARLY_ATTR, '');
  host.setAttribute('data-placement', 'after');
  host.setAttribute('data-theme', pageTheme(document));
  // Closed, like the full script's: the page sees that Telltale is there, nothing of what it says.
  // The full script cannot reach this root either; it replaces the whole host (src/ui/hosts.ts).
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = PILL_CSS;
  // A status, not a button: there is nothing to open until the page has been read.
  const chip = document.createElement('span');
  chip.classList.add('chip', 'pending');
  chip.setAttribute('role', 'status');
  const mark = document.createElement('span');
  mark.className = 'mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = '…';
  const label = document.createElement('span');
  label.className = 'label';
  label.setAttribute('data-part', 'pill');
  const words = earlyWords();
  label.textContent = words.reading;
  chip.append(mark, label);
  root.append(style, chip);
  name.after(host);
  setTimeout(() => {
    if (host.isConnected && host.hasAttribute(EARLY_ATTR)) label.textContent = words.gaveUp;
  }, GIVE_UP_MS);
}

/**
 * A page whose load event waits on a slow resource still gets its full script this long after it
 * was parsed (LinkedIn keeps loading images long after its content is there, and a recruiter should
 * not wait on them). Most pages whose resources come fast reach their load event sooner, so the
 * script is not compiled while they load. (It was 2 s, which put the pill on a live page ~1.4 s later.)
 */
const FULL_SCRIPT_AFTER_PARSED_MS = 600;

/** A request the worker did not carry out (an error, a worker restarting) is made once more, this much later. */
const RETRY_MS = 1_000;

/** Asks the worker for the full content script, once (and once more if that failed): at the load event, or soon after parsing. */
function runFullScriptOnceLoaded(): void {
  let asked = false;
  const request = async (): Promise<boolean> => {
    try {
      const answer = (await extensionApi().runtime.sendMessage({ type: 'page/load-content' })) as { ok?: boolean } | undefined;
      return answer?.ok === true;
    } catch {
      // An extension updated or removed under this page throws (even synchronously): nothing to run then.
      return false;
    }
  };
  const ask = () => {
    if (asked) return;
    asked = true;
    void request().then((ok) => {
      if (!ok) setTimeout(() => void request(), RETRY_MS);
    });
  };
  if (document.readyState === 'complete') {
    ask();
    return;
  }
  window.addEventListener('load', ask, { once: true });
  const parsed = () => setTimeout(ask, FULL_SCRIPT_AFTER_PARSED_MS);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed, { once: true });
  else parsed();
}

runFullScriptOnceLoaded();

if (isProfileRoute(location.href) && document.readyState === 'loading') {
  let quiet: boolean | null = null;
  let card: Element | null = null;
  let frame = 0;
  const maybeDraw = () => {
    if (quiet === false && card?.isConnected) drawPlaceholder(card);
  };
  // One look a frame while the parser streams the page in, until the top card is there. (No
  // MutationObserver: it would have the browser record every node the parser inserts.)
  const look = () => {
    frame = 0;
    card ??= document.querySelector(TOP_CARD);
    maybeDraw();
    if (!card && document.readyState === 'loading') frame = requestAnimationFrame(look);
  };
  frame = requestAnimationFrame(look);
  // A small page is parsed before any frame (and a hidden tab draws none): one last look once it
  // is all there. Parsed without a top card (a details page, a sign-in wall), it is the full
  // script's to handle.
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      look();
    },
    { once: true },
  );
  // Asked of the worker: storage is closed to content scripts (their world may be compromised).
  extensionApi()
    .runtime.sendMessage({ type: 'page/settings' })
    .then(
      (answer: unknown) => {
        const got = answer as { ok?: boolean; quietMode?: unknown } | null;
        if (got?.ok !== true) return;
        quiet = got.quietMode === true;
        maybeDraw();
      },
      () => undefined,
    );
}
