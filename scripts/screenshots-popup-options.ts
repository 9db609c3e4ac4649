// Screenshots of the toolbar popup (on the demo profile, with a kept comparison and a report made),
// the options page, and the welcome, side panel, report and compare pages, light and dark, for docs/ui.md. Runs the built extension in headless Chromium.
// Usage: npm run build && tsx scripts/screenshots-popup-options.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../demo/render.ts';
import { launchChromium, root } from '../tests/e2e/harness.ts';

const out = join(root, 'docs/screenshots');

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const session = await launchChromium(new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]));
  try {
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
    const profile = await session.open(DEMO_PROFILE_URL);
    const tabId = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, DEMO_PROFILE_URL);
    const windowId = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.windowId, DEMO_PROFILE_URL);
    // The tab's state, then the profile remembered (a comparison can be kept only with a known profile).
    let profileKey: string | null = null;
    for (let i = 0; i < 200 && !profileKey; i++) {
      profileKey = await ext.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { profileKey?: string } | undefined)?.profileKey ?? null, tabId);
      if (!profileKey) await new Promise((r) => setTimeout(r, 100));
    }
    if (!profileKey) throw new Error('the demo profile was not assessed');
    await new Promise((r) => setTimeout(r, 1_000));
    // A kept comparison and one report, so the popup shows its lines as a recruiter would see them.
    await ext.evaluate(async (key) => {
      await chrome.runtime.sendMessage({
        type: 'ui/keep-comparison', profileKey: key, phones: [], emails: [],
        comparison: { source: 'pdf', fileName: 'cv.pdf', text: null, notChecked: [], findings: [
          { id: 'application-linkedin-url', signal: 'application-linkedin-url', severity: 'alert', title: 'The application links another LinkedIn profile', evidence: 'linkedin.com/in/jordan-ellis-dev' },
          { id: 'application-employment', signal: 'application-employment', severity: 'warn', title: 'An employer’s dates differ', evidence: 'Fabrikam: 2019–2023 on the application, 2021–2023 on the profile' },
        ] },
      });
      await chrome.runtime.sendMessage({ type: 'ui/report', profileKey: key, destinations: [], note: 'Screenshot', screenshot: null });
    }, profileKey);
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await session.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('[data-popup="comparison"]');
      await popup.waitForSelector('#tt-reports');
      await popup.screenshot({ path: join(out, `popup-${scheme}.png`), fullPage: true });
      await popup.close();
      const options = await session.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.setViewportSize({ width: 900, height: 900 });
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.waitForSelector('button[name="export"]');
      await options.screenshot({ path: join(out, `options-${scheme}.png`), fullPage: true });
      await options.close();
      console.log(`docs/screenshots/popup-${scheme}.png, docs/screenshots/options-${scheme}.png`);
      // The extension's other pages, for this tab where they take one.
      const pages: [string, string, string, number][] = [
        ['welcome', 'welcome.html', 'main h1', 900],
        ['sidepanel', `sidepanel.html?window=${windowId}`, '.body', 400],
        ['report', `report.html#tab=${tabId}`, 'form', 700],
        ['compare', `compare/compare.html#tab=${tabId}`, 'main h1', 900],
      ];
      for (const [name, path, ready, width] of pages) {
        // The side panel follows the active tab of the profile's window: it opens in a window of its own.
        const page =
          name === 'sidepanel'
            ? await (async () => {
                await profile.bringToFront();
                const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
                await ext.evaluate((url) => chrome.windows.create({ url, focused: false }), `chrome-extension://${session.extensionId}/${path}`);
                return opened;
              })()
            : await session.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 800 });
        if (name !== 'sidepanel') await page.goto(`chrome-extension://${session.extensionId}/${path}`);
        await page.waitForSelector(ready, { timeout: 10_000 }).catch(() => console.log(`${name}: ${ready} not seen; shot as it is`));
        await page.waitForTimeout(500);
        await page.screenshot({ path: join(out, `${name}-${scheme}.png`), fullPage: true });
        await page.close();
        console.log(`docs/screenshots/${name}-${scheme}.png`);
      }
    }
    await profile.close();
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
