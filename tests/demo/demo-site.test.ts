// Issue 25, item 6: every view the demo's panel recommends opens on the demo (`npm start` serves
// demoSite()), and reading it gives what the recommendation promised: the invented person's contact
// details and "About this profile" facts, never a missing page.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEMO_ABOUT_URL, DEMO_CONTACT_URL, DEMO_PHONE, DEMO_PROFILE_URL, demoSite } from '../../demo/render.ts';
import { assess } from '../../src/assess.ts';
import { isSnapshot, readPage } from '../../src/extract/index.ts';
import type { ProfileSnapshot } from '../../src/model.ts';
import { viewFor, viewUrl } from '../../src/ui/missing-views.ts';

const now = new Date('2026-12-07T12:00:00Z');
const site = demoSite(now);

function read(url: string): ProfileSnapshot {
  const result = readPage(parseHTML(site.get(url)!).document, url, { now });
  if (!isSnapshot(result)) throw new Error(`${url} was not read as a profile: ${result.reason}`);
  return result;
}

describe('the demo site', () => {
  it('serves every view its assessment sends the user to', () => {
    const assessment = assess(read(DEMO_PROFILE_URL), { now, region: null, memory: null });
    const views = assessment.notChecked.map(viewFor).filter((v) => v !== null);
    expect(views).toEqual(expect.arrayContaining(['contact', 'aboutThisProfile']));
    for (const view of views) expect([...site.keys()]).toContain(viewUrl(view, DEMO_PROFILE_URL));
  });

  it('Contact info shows the invented phone and e-mail; About this profile an old account changed lately', () => {
    const contact = read(DEMO_CONTACT_URL).contact;
    expect(contact?.phones.map((p) => p.raw)).toContain(DEMO_PHONE);
    expect(contact?.emails.map((e) => e.address)).toEqual(['jordan.ellis@example.com']);
    const about = read(DEMO_ABOUT_URL).aboutThisProfile;
    expect(about?.joined?.raw).toMatch(/March 2012/);
    expect(about?.contactChanged?.date).toMatch(/^20\d\d-\d\d/);
    // Opened, its checks run: nothing is "not checked" for want of "About this profile" any more.
    expect(assess(read(DEMO_ABOUT_URL), { now, region: null, memory: null }).notChecked.map(viewFor)).not.toContain('aboutThisProfile');
  });
});
