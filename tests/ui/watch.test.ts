// The page watcher on a linkedom document: when runs start, that Telltale's own hosts never start
// one, and that a URL change aborts the old run and tells the UI to leave.
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { watchPage, type PageRun } from '../../src/page/watch.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function page(url: string) {
  const w = parseHTML('<html><body><main></main></body></html>');
  const doc = w.document as unknown as Document;
  const location = { href: url };
  Object.defineProperty(doc, 'location', { value: location });
  const win = w.window as unknown as Window & Record<string, unknown>;
  win.requestAnimationFrame = (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 1) as unknown as number;
  win.cancelAnimationFrame = (id: number) => clearTimeout(id);
  Object.defineProperty(doc, 'defaultView', { value: win });
  (globalThis as Record<string, unknown>).MutationObserver = w.MutationObserver;
  const runs: PageRun[] = [];
  const left: [string, string][] = [];
  const add = (tag: string, attrs: Record<string, string> = {}) => {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    doc.querySelector('main')!.append(el);
    return el;
  };
  return { doc, location, runs, left, add };
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('page watcher', () => {
  it('runs at start, reads new sections at once until the profile is read, then waits for the page to settle', async () => {
    const p = page('https://www.linkedin.com/in/someone/');
    // Generous timings: this runs on busy machines.
    const w = watchPage({ root: p.doc, run: (r) => void p.runs.push(r), leave: () => undefined, settleMs: 150, maxWaitMs: 2_000, idleMs: 5_000 });
    stop = w.stop;
    expect(p.runs).toHaveLength(1);
    await sleep(30);
    p.add('section');
    await sleep(10);
    expect(p.runs).toHaveLength(2); // not read yet: at once
    p.runs[1]!.markRead();
    for (let i = 0; i < 5; i++) {
      p.add('section');
      await sleep(5);
    }
    expect(p.runs).toHaveLength(2); // read: the burst waits for quiet
    await sleep(400);
    expect(p.runs).toHaveLength(3); // one run for the whole burst
  });

  it('never runs for Telltale\'s own hosts or for nodes no reader looks at', async () => {
    const p = page('https://www.linkedin.com/in/someone/');
    const w = watchPage({ root: p.doc, run: (r) => void p.runs.push(r), leave: () => undefined });
    stop = w.stop;
    await sleep(350);
    p.add('telltale-badge', { 'data-telltale': 'badge' }).append(p.doc.createElement('section'));
    p.add('span');
    await sleep(120);
    expect(p.runs).toHaveLength(1);
  });

  it('on a URL change aborts the old run, tells the UI to leave, and runs again once the page settles', async () => {
    const p = page('https://www.linkedin.com/in/first/');
    const w = watchPage({ root: p.doc, run: (r) => void p.runs.push(r), leave: (a, b) => void p.left.push([a, b]), settleMs: 40, idleMs: 5_000 });
    stop = w.stop;
    p.location.href = 'https://www.linkedin.com/in/second/';
    p.add('section');
    await sleep(20);
    expect(p.runs[0]!.signal.aborted).toBe(true);
    expect(p.left).toEqual([['https://www.linkedin.com/in/first/', 'https://www.linkedin.com/in/second/']]);
    await sleep(200);
    expect(p.runs.at(-1)!.url).toBe('https://www.linkedin.com/in/second/');
    expect(p.runs.at(-1)!.signal.aborted).toBe(false);
  });

  it('starts a run on request (a setting changed) and stops for good', async () => {
    const p = page('https://www.linkedin.com/in/someone/');
    const w = watchPage({ root: p.doc, run: (r) => void p.runs.push(r), leave: () => undefined });
    w.rerun();
    expect(p.runs).toHaveLength(2);
    w.stop();
    p.add('section');
    await sleep(100);
    expect(p.runs).toHaveLength(2);
  });

  it('on routes that are not profiles follows the URL only: no runs, however busy the page', async () => {
    const p = page('https://www.linkedin.com/feed/');
    const applies = (url: string) => new URL(url).pathname.startsWith('/in/');
    const w = watchPage({ root: p.doc, applies, run: (r) => void p.runs.push(r), leave: (a, b) => void p.left.push([a, b]), settleMs: 40, idleMs: 5_000 });
    stop = w.stop;
    for (let i = 0; i < 5; i++) {
      p.add('section');
      await sleep(10);
    }
    await sleep(100);
    expect(p.runs).toHaveLength(0);
    p.location.href = 'https://www.linkedin.com/in/someone/';
    p.add('section');
    await sleep(200);
    expect(p.left).toEqual([['https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/someone/']]);
    expect(p.runs.map((r) => r.url)).toContain('https://www.linkedin.com/in/someone/');
  });

  it('on a page still loading waits for its load event (or an idle period) before the first read', async () => {
    const p = page('https://www.linkedin.com/in/someone/');
    let state = 'loading';
    Object.defineProperty(p.doc, 'readyState', { get: () => state });
    const w = watchPage({ root: p.doc, run: (r) => void p.runs.push(r), leave: () => undefined, settleMs: 40 });
    stop = w.stop;
    p.add('section');
    await sleep(100);
    expect(p.runs).toHaveLength(0);
    state = 'complete';
    const win = p.doc.defaultView!;
    win.dispatchEvent(new win.Event('load'));
    await sleep(20);
    expect(p.runs).toHaveLength(1);
  });

  it('on a page still loading reads in the first idle period, without waiting for the load event', async () => {
    const p = page('https://www.linkedin.com/in/someone/');
    Object.defineProperty(p.doc, 'readyState', { get: () => 'interactive' });
    const win = p.doc.defaultView! as unknown as Record<string, unknown>;
    let idle: (() => void) | null = null;
    win.requestIdleCallback = (cb: () => void) => {
      idle = cb;
      return 1;
    };
    win.cancelIdleCallback = () => undefined;
    const w = watchPage({ root: p.doc, run: (r) => void p.runs.push(r), leave: () => undefined, settleMs: 40 });
    stop = w.stop;
    await sleep(50);
    expect(p.runs).toHaveLength(0);
    idle!();
    await sleep(20);
    expect(p.runs).toHaveLength(1);
  });

  it('started on request once the page was parsed for a while (readNow), reads a parsed page at once', () => {
    const p = page('https://www.linkedin.com/in/someone/');
    Object.defineProperty(p.doc, 'readyState', { get: () => 'interactive' });
    const w = watchPage({ root: p.doc, run: (r) => void p.runs.push(r), leave: () => undefined, readNow: true });
    stop = w.stop;
    expect(p.runs).toHaveLength(1);
  });
});
