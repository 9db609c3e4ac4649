// How the end-to-end tests reach into Telltale's closed shadow roots. The page's own scripts cannot
// (that is the point); the tests use what only the browser's automation protocol can do:
// - Chromium: CDP `DOM.describeNode` with `pierce` names a host's shadow root even when it is
//   closed, and `DOM.resolveNode` turns it into an object the test can pass to a function;
// - Firefox: WebDriver BiDi serialises a node with `includeShadowTree: "all"`, closed roots too,
//   and the root's shared id can then be passed back as an argument.
// Nothing is changed in the build: the tested extension is the shipped one.
//
// `run(fn, arg)` calls `fn(arg)` in the page's main world, with a free `rootOf(host)` that answers
// the root of a Telltale host in the page (or of one a test kept in `window.__telltaleTestHosts`,
// such as the early pill's host after it was replaced) (declare it in the test file; see RootOf below). `fn` is sent as its
// source text, so it must be self-contained, as for page.evaluate. Clicks and keys go through the
// protocol's input (trusted events), at the element's place on screen.
import type { Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';

export type RootOf = (host: Element | null | undefined) => ShadowRoot | null;

export interface UiProbe {
  run<A, T>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until `fn(arg)` (run as above) is truthy; answers its value. */
  waitFor<A, T>(fn: (arg: A) => T | Promise<T>, arg?: A, timeoutMs?: number): Promise<T>;
  /** A trusted mouse click on the first element matching `selector` (and containing `text`) in a host of `role`. */
  click(role: string, selector: string, text?: string): Promise<void>;
}

/** The hosts whose roots a call may use: those in the page, and those a test kept aside. */
const HOSTS = `(() => [...new Set([...document.querySelectorAll('[data-telltale]'), ...(window.__telltaleTestHosts || [])])])()`;

/** The page-side wrapper: roots by host, then the test's function with `rootOf` in scope. */
function wrapper(fn: string): string {
  return `async function (...args) {
    const argJson = args.pop();
    const roots = new Map();
    for (let i = 0; i < args.length; i += 2) roots.set(args[i], args[i + 1]);
    const rootOf = (h) => (h && roots.get(h)) || null;
    const arg = argJson === undefined ? undefined : JSON.parse(argJson);
    const result = await (${fn})(arg);
    return result === undefined ? '__undefined__' : JSON.stringify(result);
  }`;
}

const parse = <T>(s: string): T => (s === '__undefined__' ? (undefined as T) : (JSON.parse(s) as T));

/** Finds the element to click, brings it into view and answers its centre (run through `run`). */
const POINT_OF = `(arg) => {
  const hosts = [...document.querySelectorAll('[data-telltale="' + arg.role + '"]')];
  for (const host of hosts) {
    const root = rootOf(host);
    if (!root) continue;
    const el = [...root.querySelectorAll(arg.selector)].find((e) => arg.text === null || (e.textContent || '').includes(arg.text));
    if (!el) continue;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}`;

function probeWith(
  call: (fnSource: string, argJson: string | undefined) => Promise<string>,
  mouseClick: (x: number, y: number) => Promise<void>,
): UiProbe {
  const run = async <A, T>(fn: ((arg: A) => T | Promise<T>) | string, arg?: A): Promise<T> =>
    parse<T>(await call(typeof fn === 'string' ? fn : fn.toString(), arg === undefined ? undefined : JSON.stringify(arg)));
  const waitFor = async <A, T>(fn: ((arg: A) => T | Promise<T>) | string, arg?: A, timeoutMs = 10_000): Promise<T> => {
    const until = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      try {
        const value = await run<A, T>(fn, arg);
        if (value) return value;
      } catch (error) {
        // A navigation can destroy the context mid-call: try again.
        last = error;
      }
      if (Date.now() > until) throw new Error(`timed out waiting for ${String(fn).slice(0, 200)}${last ? ` (last error: ${String(last)})` : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return {
    run: (fn, arg) => run(fn, arg),
    waitFor: (fn, arg, timeoutMs) => waitFor(fn, arg, timeoutMs),
    async click(role, selector, text) {
      const at = await waitFor<{ role: string; selector: string; text: string | null }, { x: number; y: number } | null>(POINT_OF, {
        role,
        selector,
        text: text ?? null,
      });
      if (!at) throw new Error(`nothing to click: ${role} ${selector} ${text ?? ''}`);
      await mouseClick(at.x, at.y);
    },
  };
}

/** Chromium (playwright-core): through a CDP session of the page. */
export async function chromiumProbe(page: Page): Promise<UiProbe> {
  const cdp = await page.context().newCDPSession(page);
  const call = async (fnSource: string, argJson: string | undefined): Promise<string> => {
    const group = `telltale-test-${Math.random().toString(36).slice(2)}`;
    try {
      const { result: list } = await cdp.send('Runtime.evaluate', { expression: HOSTS, objectGroup: group });
      const { result: items } = await cdp.send('Runtime.getProperties', { objectId: list.objectId!, ownProperties: true });
      const args: { objectId?: string; value?: unknown }[] = [];
      for (const item of items) {
        const objectId = item.value?.subtype === 'node' ? item.value.objectId : undefined;
        if (!objectId) continue;
        const { node } = await cdp.send('DOM.describeNode', { objectId, depth: 1, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (!shadow) continue;
        const sr = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: group });
        if (sr.object.objectId) args.push({ objectId }, { objectId: sr.object.objectId });
      }
      args.push(argJson === undefined ? {} : { value: argJson });
      const { result: doc } = await cdp.send('Runtime.evaluate', { expression: 'document', objectGroup: group });
      const answer = await cdp.send('Runtime.callFunctionOn', {
        functionDeclaration: wrapper(fnSource),
        objectId: doc.objectId!,
        arguments: args,
        awaitPromise: true,
        returnByValue: true,
        objectGroup: group,
      });
      if (answer.exceptionDetails) throw new Error(answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text);
      return answer.result.value as string;
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
    }
  };
  return probeWith(call, (x, y) => page.mouse.click(x, y));
}

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: Record<string, unknown> }>;
}
interface BidiRemote {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: BidiRemote | null } | string;
}

/** Firefox (puppeteer-core over WebDriver BiDi): through the browser's BiDi connection. */
export function firefoxProbe(browser: PuppeteerBrowser, page: PuppeteerPage): UiProbe {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const call = async (fnSource: string, argJson: string | undefined): Promise<string> => {
    const found = await connection.send('script.callFunction', {
      functionDeclaration: `() => ${HOSTS}`,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const hosts = ((found.result.result as { value?: BidiRemote[] }).value ?? []) as BidiRemote[];
    const args: unknown[] = [];
    for (const host of hosts) {
      const shadow = typeof host.value === 'object' ? host.value.shadowRoot : null;
      if (host.sharedId && shadow?.sharedId) args.push({ sharedId: host.sharedId }, { sharedId: shadow.sharedId });
    }
    args.push(argJson === undefined ? { type: 'undefined' } : { type: 'string', value: argJson });
    const answer = await connection.send('script.callFunction', {
      functionDeclaration: wrapper(fnSource),
      target: { context },
      arguments: args,
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = answer.result as { type: string; result?: BidiRemote; exceptionDetails?: { text: string } };
    if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'exception in the page');
    return (r.result?.value as string) ?? '__undefined__';
  };
  return probeWith(call, (x, y) => page.mouse.click(x, y));
}
