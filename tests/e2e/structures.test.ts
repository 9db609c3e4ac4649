// Issue 22: the structures of real 2025–26 pages (../shared/linkedin-structures), filled with
// invented words (tests/extract/structure-fill.ts) and served at a profile's address, in the built
// extension. No pill is green while "About this profile" has not been opened (the account-history
// checks have not run), and the browser reads the same as `telltale scan` (readPage in Node): the
// 2026 full profiles' Education is read, so no education check says its section is missing.
// Chromium on every file, Firefox on the two full 2026 profiles. Without ../shared: skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import { REPO } from '../extract/pages.ts';
import { fillStructure, seedOf } from '../extract/structure-fill.ts';
import { chromiumProbe, firefoxProbe, type RootOf, type UiProbe } from './closed-roots.ts';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness.ts';

declare const rootOf: RootOf;

const DIR = join(REPO, '../shared/linkedin-structures');
const present = existsSync(DIR);
if (!present) console.log(`e2e structures: ${DIR} is absent; skipping`);

interface Page {
  file: string;
  url: string;
  html: string;
  /** What readPage in Node (telltale scan) makes of it. */
  kind: string;
  educationRead: number;
}

const pages: Page[] = present
  ? readdirSync(DIR)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((file) => {
        const filled = fillStructure(JSON.parse(readFileSync(join(DIR, file), 'utf8')), seedOf(file));
        const url = `https://www.linkedin.com/in/${filled.filler.slug}/`;
        const snap = readPage(filled.doc, url);
        return { file, url, html: filled.html, kind: snap.kind, educationRead: 'education' in snap ? snap.education.length : 0 };
      })
  : [];
/**
 * The same page with "About this profile" open (an invented dialog: joined long ago, nothing
 * changed lately, one verification): the account-history checks can run, so the pill may vouch.
 */
const ABOUT_DIALOG = `<div role="dialog" aria-labelledby="atp-title" class="artdeco-modal" tabindex="-1">
  <h2 id="atp-title">About this profile</h2>
  <div><div><h3>Joined</h3><p>March 2009</p></div></div>
  <div><div><h3>Verifications</h3><ul><li><p>Verified with a workplace email</p></li></ul></div></div>
</div>`;
const withAbout = (html: string) => html.replace('</body>', `${ABOUT_DIALOG}</body>`);
const site = new Map(pages.flatMap((p) => [[p.url, p.html], [`${p.url}overlay/about-this-profile/`, withAbout(p.html)]] as [string, string][]));

/** The pill once it is drawn (a button, not the early "reading" status): its words and tone. */
const pill = () => {
  const root = rootOf(document.querySelector('[data-telltale="pill"]'));
  const button = root?.querySelector('button[data-tone]');
  return button ? { text: root?.querySelector('[data-part~="pill"]')?.textContent?.trim() ?? '', tone: button.getAttribute('data-tone') } : null;
};

const panelText = () => {
  const t = rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelector('[role="dialog"]')?.textContent ?? '';
  return t.length > 0 ? t : null;
};

async function check(probe: UiProbe, page: Page): Promise<void> {
  const state = (await probe.waitFor(pill, undefined, 20_000))!;
  console.log(`${page.file}: ${state.tone} · ${state.text}`);
  // About this profile was not opened: nothing may be vouched for.
  expect({ file: page.file, tone: state.tone }).not.toEqual({ file: page.file, tone: 'low' });
  expect(state.text).not.toMatch(/No concerns/);
  if (page.educationRead > 0) {
    await probe.click('pill', 'button');
    const panel = await probe.waitFor(panelText, undefined, 10_000);
    // Education was read in the browser as in Node: no check says it is missing or unreadable.
    expect(panel).not.toMatch(/no Education section|Education section was not on the page|Education is on the page, but/);
  }
}

beforeAll(() => {
  if (!present) return;
  for (const dist of [chromeDist, firefoxDist]) if (!existsSync(`${dist}/manifest.json`)) throw new Error(`${dist} is missing: run npm run build first`);
});

describe.skipIf(!present)('Chromium: the real page structures, filled', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(site);
  });
  afterAll(async () => session?.close());

  for (const page of pages.filter((p) => p.kind === 'profile')) {
    it(`${page.file}: no green pill before "About this profile" is opened; Education read as in Node`, async () => {
      const tab = await session.open(page.url);
      await check(await chromiumProbe(tab), page);
      await tab.close();
    });
  }

  it('the positive control: the full 2026 profile with "About this profile" opened is vouched for (green)', async () => {
    const page = pages.find((p) => p.file === 'sdui-2026-full-b.json');
    expect(page, 'sdui-2026-full-b.json is among the structures').toBeDefined();
    if (!page) return;
    const tab = await session.open(`${page.url}overlay/about-this-profile/`);
    const probe = await chromiumProbe(tab);
    const state = await probe.waitFor(() => {
      const root = rootOf(document.querySelector('[data-telltale="pill"]'));
      const button = root?.querySelector('button[data-tone]');
      return button?.getAttribute('data-tone') === 'low' ? root?.querySelector('[data-part~="pill"]')?.textContent?.trim() : null;
    }, undefined, 20_000);
    expect(state).toMatch(/^Telltale: No concerns in what was checked · 0 findings · \d+ of \d+ checks ran$/);
    await tab.close();
  });

  it('every structure file is read as a profile in Node with its URL (none taken for a details page)', () => {
    expect(pages.map((p) => [p.file, p.kind])).toEqual(pages.map((p) => [p.file, 'profile']));
  });
});

describe.skipIf(!present)('Firefox: the full 2026 profiles, filled', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(site);
  });
  afterAll(async () => session?.close());

  for (const page of pages.filter((p) => /full-[ab]/.test(p.file))) {
    it(`${page.file}: no green pill; Education read`, async () => {
      const tab = await session.open(page.url);
      await check(firefoxProbe(session.browser, tab), page);
      await tab.close();
    });
  }
});
