// "Save the page structure" in the built extension, in Chromium: on a profile route whose layout
// Telltale cannot read, the panel's button downloads telltale-page-structure-<date>.json on the
// user's (trusted) click, made inside Telltale's closed root, with no trace of the member; a click
// the page's own script makes on the host does nothing. Chromium and Firefox (whose downloads go to
// a folder set over WebDriver BiDi).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumProbe, firefoxProbe, type RootOf, type UiProbe } from './closed-roots.ts';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness.ts';

declare const rootOf: RootOf;

const URL_ = 'https://www.linkedin.com/in/quinn-harlow-7c3e/';
/** A page in a layout no reader knows, with nothing to read as a profile. */
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>LinkedIn</title></head><body><main>
  <div><div><span>Quinn Harlow</span><span>Orbital Cartographer</span></div>
  <a href="/in/quinn-harlow-7c3e/overlay/about/">Quinn Harlow</a><img src="https://media.licdn.com/dms/image/v2/X/profile/0/1700000000000" alt="Quinn Harlow"></div>
</main></body></html>`;

const pillText = () => rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('button')?.textContent ?? null;
const saveOffered = () => [...(rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelectorAll('button') ?? [])].some((b) => b.textContent === 'Save the page structure');
const statusText = () => rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelector('[role="status"]')?.textContent ?? '';

function checkFile(text: string): void {
  const file = JSON.parse(text) as { telltalePageStructure: number; route: string; read: { kind: string } };
  expect(file.telltalePageStructure).toBe(1);
  expect(file.route).toBe('//www.linkedin.com/in/:slug/');
  expect(file.read.kind).toBe('not-a-profile');
  expect(text).not.toMatch(/quinn|harlow|7c3e|orbital|cartographer/i);
}

async function openPanel(probe: UiProbe): Promise<void> {
  expect(await probe.waitFor(pillText, undefined, 20_000)).toMatch(/could not check/);
  await probe.click('pill', 'button');
  await probe.waitFor(saveOffered);
}

describe('Chromium: Save the page structure', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    if (!existsSync(`${chromeDist}/manifest.json`)) throw new Error(`${chromeDist} is missing: run npm run build first`);
    session = await launchChromium(new Map([[URL_, PAGE]]));
  });
  afterAll(async () => session?.close());

  it('downloads the structure file on a trusted click, without the member in it', async () => {
    const page = await session.open(URL_);
    const probe = await chromiumProbe(page);
    await openPanel(probe);

    // The page's own script cannot press it: the host is all it can reach, and an untrusted click does nothing.
    let early = false;
    page.once('download', () => (early = true));
    await page.evaluate(() => (document.querySelector('[data-telltale="panel"]') as HTMLElement).click());
    await new Promise((r) => setTimeout(r, 500));
    expect(early).toBe(false);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), probe.click('panel', 'button', 'Save the page structure')]);
    expect(download.suggestedFilename()).toMatch(/^telltale-page-structure-\d{4}-\d{2}-\d{2}\.json$/);
    checkFile(readFileSync((await download.path())!, 'utf8'));
    expect(await probe.run(statusText)).toMatch(/^Saved telltale-page-structure-/);
    expect(session.strayRequests).toEqual([]);
    await page.close();
  });
});

interface BidiConnection {
  send(method: string, params: unknown): Promise<unknown>;
}

describe('Firefox: Save the page structure', () => {
  let session: FirefoxSession;
  const folder = mkdtempSync(join(tmpdir(), 'telltale-downloads-'));
  beforeAll(async () => {
    if (!existsSync(`${firefoxDist}/manifest.json`)) throw new Error(`${firefoxDist} is missing: run npm run build first`);
    session = await launchFirefox(new Map([[URL_, PAGE]]));
    const connection = (session.browser as unknown as { connection: BidiConnection }).connection;
    await connection.send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: folder } });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('downloads the structure file on a trusted click, without the member in it', async () => {
    const page = await session.open(URL_);
    const probe = firefoxProbe(session.browser, page);
    await openPanel(probe);
    await probe.click('panel', 'button', 'Save the page structure');
    const until = Date.now() + 20_000;
    let files: string[] = [];
    while (Date.now() < until) {
      files = readdirSync(folder).filter((f) => f.endsWith('.json'));
      if (files.length > 0 && readFileSync(join(folder, files[0]!), 'utf8').endsWith('}')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^telltale-page-structure-\d{4}-\d{2}-\d{2}\.json$/);
    checkFile(readFileSync(join(folder, files[0]!), 'utf8'));
    expect(await probe.run(statusText)).toMatch(/^Saved telltale-page-structure-/);
    expect(session.strayRequests).toEqual([]);
    await page.close();
  });
});
