// Worker start cost, printed (no timed assertions): in headless Chromium with the built extension,
// the round trip of one snapshot message from a LinkedIn page's content script to the worker and
// back, when the worker was stopped first (cold: Chrome starts it, it loads background.js, then
// answers) and when it is running (warm). Chrome stops an idle worker after 30 s, so most profile
// visits meet a cold worker. Each with a snapshot that has no email (the contact overlay not opened,
// the common case) and one with an email (which needs the disposable-domain list).
// The message is sent from the content script's own isolated world (found over CDP), so it passes
// the worker's sender check exactly as a real snapshot does.
// Usage: npm run build && tsx scripts/bench-worker.ts [runs, default 7] [extension folder, default dist/chrome]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { CDPSession } from 'playwright-core';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../demo/render.ts';
import { isSnapshot, readPage } from '../src/extract/index.ts';
import type { ProfileSnapshot } from '../src/model.ts';
import { chromeDist, launchChromium } from '../tests/e2e/harness.ts';

const RUNS = Number(process.argv[2] ?? 7);
const dist = process.argv[3] ? resolve(process.argv[3]) : chromeDist;
if (!existsSync(resolve(dist, 'manifest.json'))) throw new Error(`${dist} has no built extension: run npm run build first`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

// The demo profile as the content script reads it, sent as two members (so the session's merged
// view of one never lends the other its email): as read, and with its contact overlay opened.
const demo = demoProfileHtml();
const read = readPage(parseHTML(demo).document as unknown as Document, DEMO_PROFILE_URL);
if (!isSnapshot(read)) throw new Error(`the demo profile did not read as a profile: ${read.reason}`);
const contact = { phones: [], emails: [{ ref: 'contact:email:0', address: 'bench.person@example.com' }], websites: [], birthday: null, connectedSince: null };
const CASES: { name: string; snapshot: ProfileSnapshot }[] = [
  { name: 'no email', snapshot: { ...read, contact: null, memberId: 'urn:li:fsd_profile:BENCHNOEMAIL', slug: 'bench-no-email' } },
  {
    name: 'with an email',
    snapshot: {
      ...read,
      contact,
      coverage: { ...read.coverage, contact: { seen: true, shown: 1, total: null } },
      memberId: 'urn:li:fsd_profile:BENCHEMAIL',
      slug: 'bench-email',
    },
  },
];

const session = await launchChromium(new Map([[DEMO_PROFILE_URL, demo]]), { dist });
try {
  const workerUrl = `chrome-extension://${session.extensionId}/`;

  // The worker's status as DevTools sees it, from a scriptless extension document (an extension
  // page such as the popup would message the worker and wake it).
  const control = await session.context.newPage();
  await control.goto(`${workerUrl}manifest.json`);
  const sw = await session.context.newCDPSession(control);
  let status = 'unknown';
  let stops = 0;
  sw.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(workerUrl)) continue;
      if (v.runningStatus === 'stopped' && status !== 'stopped') stops++;
      status = v.runningStatus;
    }
  });
  await sw.send('ServiceWorker.enable');

  // The content script's isolated world on the profile page.
  const page = await session.context.newPage();
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const worlds: { id: number; origin: string; isDefault: boolean }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    worlds.push({ id: context.id, origin: context.origin, isDefault: (context.auxData as { isDefault?: boolean } | undefined)?.isDefault ?? true });
  });
  await cdp.send('Runtime.enable');
  await page.goto(DEMO_PROFILE_URL);
  await page.waitForFunction(() => document.querySelector('[data-telltale="pill"]')?.shadowRoot?.querySelector('button') !== null);
  const world = worlds.find((w) => !w.isDefault && w.origin.startsWith(workerUrl.slice(0, -1)));
  if (!world) throw new Error('the content script world was not found');

  /** One snapshot message's round trip, timed inside the content script's world. */
  const roundTrip = async (s: ProfileSnapshot): Promise<number> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const t = performance.now();
        const answer = await chrome.runtime.sendMessage({ type: 'page/snapshot', snapshot: ${JSON.stringify(s)} });
        if (!answer || !answer.ok) throw new Error('the worker answered ' + JSON.stringify(answer));
        if (answer.assessment.notChecked.some((n) => /could not be loaded/.test(n.reason))) throw new Error('the worker could not load the domain list');
        return performance.now() - t;
      })()`,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as number;
  };
  /**
   * Stopped, and staying stopped: Chrome sometimes starts it again at once (an event arriving as it
   * stops), and a message to a worker that is already starting must not be timed as cold.
   */
  const stopWorker = async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const before = stops;
      await sw.send('ServiceWorker.stopAllWorkers');
      for (let waited = 0; stops === before; waited += 10) {
        if (waited > 10_000) throw new Error(`the worker did not stop (it is "${status}")`);
        await new Promise((r) => setTimeout(r, 10));
      }
      await new Promise((r) => setTimeout(r, 300));
      if (status === 'stopped') return;
    }
    throw new Error('the worker keeps starting again');
  };

  const times = new Map(CASES.map((c) => [c.name, { cold: [] as number[], warm: [] as number[] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const c of CASES) {
      await stopWorker();
      times.get(c.name)!.cold.push(await roundTrip(c.snapshot));
      times.get(c.name)!.warm.push(await roundTrip(c.snapshot));
    }
  }

  console.log(`snapshot round trip, content script → worker → content script; ${RUNS} runs, median (min–max); ${dist}`);
  for (const [name, t] of times) {
    for (const kind of ['cold', 'warm'] as const) {
      const xs = t[kind];
      console.log(`  ${kind} worker, ${name.padEnd(14)} ${ms(median(xs)).padStart(9)}  (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`);
    }
  }
} finally {
  await session.close();
}
