// `npm start`: opens Chromium with the built extension on the bundled demo profile (an invented
// person, demo/profile.html). With a display it opens a window and waits until you close it;
// without one it runs headless, saves a screenshot of the annotated page to out/demo.png and
// prints what Telltale found.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PROFILE_URL, demoSite } from '../demo/render.ts';
import { launchChromium, root } from '../tests/e2e/harness.ts';
import type { TabState } from '../src/messages.ts';

const headed = Boolean(process.env.DISPLAY) && process.env.TELLTALE_HEADLESS !== '1';
// The profile and the views its panel recommends (Contact info, About this profile): each opens on the demo.
const session = await launchChromium(demoSite(), { headless: !headed });
try {
  const page = await session.open(DEMO_PROFILE_URL);
  // The real pill, not the early "reading the page" status drawn while the page loads: the full
  // script replaces the early host with its own (the roots are closed, so the host is what shows).
  await page.waitForSelector('[data-telltale="pill"]:not([data-telltale-early])', { state: 'attached', timeout: 20_000 });
  await page.waitForTimeout(300);

  const stored = (await session.worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, TabState>;
  const state = Object.entries(stored).find(([key]) => key.startsWith('tab:'))?.[1];
  if (state?.status !== 'profile') throw new Error('Telltale did not score the demo profile');
  const { assessment, snapshot } = state;
  console.log(`\n${snapshot.name} (${snapshot.profileUrl ?? DEMO_PROFILE_URL})`);
  console.log(`level ${assessment.level}, score ${assessment.score}/100, ${assessment.checksRun} of ${assessment.checksTotal} checks ran\n`);
  for (const f of assessment.findings) console.log(`  [${f.severity}] ${f.category}: ${f.title}\n         ${f.evidence}`);
  if (assessment.notChecked.length) {
    console.log('\nnot checked:');
    for (const n of assessment.notChecked) console.log(`  ${n.signal}: ${n.reason} (${n.howToSee})`);
  }

  if (headed) {
    console.log('\nChromium is open on the demo profile; close the window to finish.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
  } else {
    const out = join(root, 'out');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, 'demo.png'), fullPage: true });
    console.log(`\nscreenshot of the annotated page: out/demo.png`);
  }
} finally {
  await session.close().catch(() => undefined);
}
