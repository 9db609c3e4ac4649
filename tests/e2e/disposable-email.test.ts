// The disposable-domain list is a packaged file the worker reads when a snapshot has an email
// (Chrome's service worker and Firefox's background script each fetch it from the extension). Two
// invented members open their contact overlays, one with a throwaway address and one with a lasting
// one: the throwaway one has one finding more, with the same number of checks run, which it would
// not if the list could not be loaded (the email would be "not checked" in both).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, root } from './harness.ts';
import { chromiumProbe, firefoxProbe, type RootOf } from './closed-roots.ts';

declare const rootOf: RootOf;

const overlay = readFileSync(join(root, 'fixtures/overlays/contact-info.html'), 'utf8');
/**
 * The fixture's person as another member with another address: nothing shared between the two (slug,
 * member id, photo, phone numbers), so neither gets a "shared across profiles" finding.
 */
const member = (slug: string, id: string, lastDigit: string, email: string) =>
  overlay
    .replaceAll('tomasz-weber-example', slug)
    .replaceAll('900000002', id)
    .replaceAll('D4E03AQExample2', `D4E03AQExample${id}`)
    .replaceAll('+48 601 234 567', `+48 601 234 56${lastDigit}`)
    .replaceAll('0044 20 7946 0018', `0044 20 7946 001${lastDigit}`)
    .replaceAll('tomasz.weber@example.com', email);
const THROWAWAY_URL = 'https://www.linkedin.com/in/tomasz-weber-throwaway/overlay/contact-info/';
const LASTING_URL = 'https://www.linkedin.com/in/tomasz-weber-lasting/overlay/contact-info/';
const site = new Map([
  [THROWAWAY_URL, member('tomasz-weber-throwaway', '900000031', '1', 'tomasz.weber@mailinator.com')],
  [LASTING_URL, member('tomasz-weber-lasting', '900000032', '2', 'tomasz.weber@example.com')],
]);

const pillText = () => {
  // The real pill is a button; the early script's "reading the page" status is not the answer.
  const root = rootOf(document.querySelector('[data-telltale="pill"]'));
  return root?.querySelector('button') ? (root.querySelector('[data-part~="pill"]')?.textContent?.trim() ?? null) : null;
};

/** Findings and checks run, from the pill's text. */
function counts(text: string | null): { findings: number; checks: number } {
  // "Partly checked: 6 of 25 checks ran" names no count: no finding that counts.
  const m = /(?:(\d+) findings? · )?(\d+) of \d+ checks ran/.exec(text ?? '');
  if (!m) throw new Error(`no counts in the pill: ${text}`);
  return { findings: Number(m[1] ?? 0), checks: Number(m[2]) };
}

beforeAll(() => {
  for (const dist of [chromeDist, firefoxDist]) {
    if (!existsSync(`${dist}/manifest.json`)) throw new Error(`${dist} is missing: run npm run build first`);
  }
});

describe('Chromium', () => {
  let session: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    session = await launchChromium(site);
  });
  afterAll(async () => session?.close());

  it('flags the throwaway address with the list its worker fetched', async () => {
    const pills: Record<string, string | null> = {};
    for (const url of [THROWAWAY_URL, LASTING_URL]) {
      const page = await session.open(url);
      pills[url] = await (await chromiumProbe(page)).waitFor(pillText, undefined, 20_000);
      await page.close();
    }
    const throwaway = counts(pills[THROWAWAY_URL]!);
    const lasting = counts(pills[LASTING_URL]!);
    expect(throwaway).toEqual({ findings: lasting.findings + 1, checks: lasting.checks });

    const stored = (await session.worker.evaluate(() => chrome.storage.session.get(null))) as Record<
      string,
      { findings?: { signal: string; evidence: string }[]; notChecked?: { signal: string }[] }
    >;
    const assessed = Object.entries(stored).filter(([key]) => key.startsWith('assessed:')).map(([, a]) => a);
    expect(assessed.flatMap((a) => a.findings ?? []).filter((f) => f.signal === 'disposable-email').map((f) => f.evidence)).toEqual([
      'tomasz.weber@mailinator.com uses mailinator.com, a disposable-mail domain.',
    ]);
    expect(assessed.flatMap((a) => a.notChecked ?? []).map((n) => n.signal)).not.toContain('disposable-email');
  });
});

describe('Firefox', () => {
  let session: Awaited<ReturnType<typeof launchFirefox>>;
  beforeAll(async () => {
    session = await launchFirefox(site);
  });
  afterAll(async () => session?.close());

  it('flags the throwaway address with the list its background script fetched', async () => {
    const pills: Record<string, string | null> = {};
    for (const url of [THROWAWAY_URL, LASTING_URL]) {
      const page = await session.open(url);
      pills[url] = await firefoxProbe(session.browser, page).waitFor(pillText, undefined, 20_000);
      await page.close();
    }
    expect(counts(pills[THROWAWAY_URL]!)).toEqual({ findings: counts(pills[LASTING_URL]!).findings + 1, checks: counts(pills[LASTING_URL]!).checks });
  });
});
