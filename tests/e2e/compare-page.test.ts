// The compare page in the built extension, in Chromium: with a profile open in a tab, PDF, DOCX and
// JSON Resume files picked on the page, and pasted text, are read in the page (pdf.js with its
// packaged worker, mammoth's browser build, no eval under the page's CSP) and the comparison appears,
// both values side by side; a bad file gives its message and changes nothing. Prints how long a PDF
// took from being picked to the comparison on screen.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../../demo/render.ts';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, root, type ChromiumSession, type FirefoxSession } from './harness.ts';

const site = new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]);
const CORPUS = join(root, 'fixtures/applications');

beforeAll(() => {
  if (!existsSync(`${chromeDist}/compare/compare.html`)) throw new Error(`${chromeDist} has no compare page: run npm run build first`);
});

describe('compare page, Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(site);
  });
  afterAll(async () => session?.close());

  it('reads a dropped PDF in the page and shows the comparison with the open profile', async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    // The worker has the tab's state once the pill shows the level.
    await expect
      .poll(async () => {
        const stored = (await session.worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, { status?: string }>;
        return Object.entries(stored).some(([key, v]) => key.startsWith('tab:') && v.status === 'profile');
      }, { timeout: 30_000 })
      .toBe(true);
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`chrome-extension://${session.extensionId}/compare/compare.html`);
    await expect.poll(() => page.locator('select option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('select option').first().textContent()).toContain('Jordan Ellis');

    const timings: number[] = [];
    for (let round = 0; round < 4; round++) {
      const t0 = Date.now();
      await page.locator('input[type=file]').setInputFiles(join(CORPUS, round % 2 === 0 ? 'henrik-dahl.en.pdf' : 'anna-lindqvist.en.pdf'));
      await page.getByText(round % 2 === 0 ? 'Engineering Manager · Fjellheim Logistics' : 'Senior Software Engineer · Norrsken Systems').waitFor({ timeout: 30_000 });
      timings.push(Date.now() - t0);
    }
    console.log(`compare page, Chromium: three-page PDF picked → comparison shown: first ${timings[0]} ms, warm ${timings[2]} ms; one-page PDF warm ${timings[3]} ms`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('The application and the profile name different people');
    // Kept with the profile: the findings, and the phones and emails only as index hashes.
    expect(text).toContain('Kept with this profile');
    const local = JSON.stringify(await session.worker.evaluate(() => chrome.storage.local.get(null)));
    expect(local).toContain('application-name-vs-profile');
    expect(local).not.toContain('anna.lindqvist@gmail.com');
    expect(text).toContain('Application: "Anna Lindqvist" · Profile: "Jordan Ellis"');
    expect(errors).toEqual([]);

    // DOCX through mammoth's browser build, and JSON Resume, in the page too.
    await page.locator('input[type=file]').setInputFiles(join(CORPUS, 'katrin-vogel.de.docx'));
    await page.getByText('Leiterin Einkauf · Isar Antriebe GmbH').waitFor({ timeout: 30_000 });
    await page.locator('input[type=file]').setInputFiles(join(CORPUS, 'anna-lindqvist.en.json'));
    await page.getByText('anna-lindqvist.en.json (json-resume)').waitFor({ timeout: 30_000 });
    // Pasted text, as copied from an ATS.
    await page.locator('textarea').fill('Name: Jordan Ellis\nEmail: jordan.ellis@mailinator.com\n\nExperience\nEngineer at Northwind Systems (Jan 2020 – Present)\n');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByText("The application's email is a throwaway address").waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);

    await page.locator('input[type=file]').setInputFiles(join(CORPUS, 'bad/password-protected.pdf'));
    await expect.poll(() => page.locator('[role=alert]').textContent(), { timeout: 20_000 }).toContain('protected by a password');
    // A bad file changes nothing: the last comparison is still shown.
    expect(await page.locator('main').innerText()).toContain("The application's email is a throwaway address");
    await page.locator('input[type=file]').setInputFiles(join(CORPUS, 'bad/photo-named-as.pdf'));
    await expect.poll(() => page.locator('[role=alert]').textContent(), { timeout: 20_000 }).toContain('PNG image');
    expect(session.strayRequests).toEqual([]);
    await page.close();
    await profile.close();
  });
});

describe('compare page, Firefox', () => {
  const UUID = '5f3c0d2e-6b1a-4c8e-9d7f-2a4b6c8e0f13';
  let session: FirefoxSession;
  beforeAll(async () => {
    if (!existsSync(`${firefoxDist}/compare/compare.html`)) throw new Error(`${firefoxDist} has no compare page: run npm run build first`);
    session = await launchFirefox(site, { extensionUuid: UUID });
  });
  afterAll(async () => session?.close());

  it('reads a picked PDF in the page and shows the comparison', async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The tab's state exists once the worker has scored the profile: reload until the page lists it.
    let listed = false;
    for (let i = 0; i < 20 && !listed; i++) {
      await page.goto(`moz-extension://${UUID}/compare/compare.html`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
      listed = await page
        .waitForFunction(() => (document.querySelector('select option')?.textContent ?? '').includes('Jordan Ellis'), { timeout: 1_500 })
        .then(() => true, () => false);
    }
    expect(listed).toBe(true);
    const input = await page.waitForSelector('input[type=file]');
    const t0 = Date.now();
    await input!.uploadFile(join(CORPUS, 'henrik-dahl.en.pdf'));
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Engineering Manager · Fjellheim Logistics'), { timeout: 30_000 });
    console.log(`compare page, Firefox: three-page PDF picked → comparison shown: ${Date.now() - t0} ms (first, loading pdf.js)`);
    const text = await page.evaluate(() => document.querySelector('main')?.textContent ?? '');
    expect(text).toContain('Application: "Henrik Dahl" · Profile: "Jordan Ellis"');
    // The input is disabled while the comparison is being kept with the profile.
    await page.waitForSelector('input[type=file]:not([disabled])', { timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Kept with this profile'), { timeout: 20_000 });
    await input!.uploadFile(join(CORPUS, 'bad/password-protected.pdf'));
    await page.waitForFunction(() => document.querySelector('[role=alert]')?.textContent?.includes('protected by a password'), { timeout: 20_000 });
    expect(errors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
    await page.close();
    await profile.close();
  });
});
