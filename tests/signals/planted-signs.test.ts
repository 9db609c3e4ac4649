// Real saved pages of genuine people with one tell-tale sign planted in their markup: the matching
// category must be raised (at warn or above), and the untouched original must not raise it.
// The pages stay in ../shared; the plants are made in memory, through the same DOM the reader sees.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.ts';
import { isSnapshot, readPageWithElements } from '../../src/extract/index.ts';
import type { Category, ProfileSnapshot } from '../../src/model.ts';
import { REAL_PAGES } from '../extract/pages.ts';

const PROFILE_PAGES = [
  'logged-in/scoutr-profile1.html',
  'logged-in/scoutr-profile2.html',
  'logged-in/scoutr-profile4.html',
  'logged-in/scoutr-profile5.html',
  'logged-in/brocc-profile2.html',
  'logged-in-2022/austin.html',
  'guest/scoutr-profile1.html',
  'guest/scoutr-profile2.html',
];

interface Page {
  rel: string;
  html: string;
  url: string;
}

function load(rel: string): Page {
  const html = readFileSync(join(REAL_PAGES, rel), 'utf8');
  const expected = JSON.parse(readFileSync(join(REAL_PAGES, 'expected', rel.replace(/\.html$/, '.json')), 'utf8')) as { profileUrl: string };
  return { rel, html, url: expected.profileUrl };
}

function read(html: string, url: string) {
  const { document } = parseHTML(html);
  const { result, elements } = readPageWithElements(document as unknown as Document, url);
  if (!isSnapshot(result)) throw new Error(`not read as a profile: ${result.reason}`);
  return { document, snapshot: result, elements };
}

const captureDay = (s: ProfileSnapshot) => new Date(`${s.capturedAround ?? '2025-01-01'}T12:00:00Z`);

/** Categories raised at warn or above, with the findings that raised them. */
function raised(snapshot: ProfileSnapshot): Map<Category, string[]> {
  const out = new Map<Category, string[]>();
  for (const f of assess(snapshot, { now: captureDay(snapshot), region: null, memory: null }).findings) {
    if (f.severity === 'info') continue;
    out.set(f.category, [...(out.get(f.category) ?? []), f.id]);
  }
  return out;
}

/** Every text node under `root` whose text matches gets `replace` applied. */
function rewriteText(root: Element, pattern: RegExp, replace: string): number {
  let n = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (pattern.test(text)) {
        node.textContent = text.replace(pattern, replace);
        n++;
      }
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return n;
}

type Plant = (page: Page) => { html: string; url: string } | null;

const ym = (d: Date, monthsBack: number) => {
  const x = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsBack, 1));
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][x.getUTCMonth()]} ${x.getUTCFullYear()}`;
};

const plants: Record<string, { category: Category; plant: Plant }> = {
  'a slug that names someone else': {
    category: 'identity',
    plant(page) {
      const slug = page.url.match(/\/in\/([^/]+)\//)?.[1];
      if (!slug) return null;
      const other = 'rebecca-holloway-8c3d21';
      return { html: page.html.split(slug).join(other), url: page.url.replace(slug, other) };
    },
  },
  'overlapping full-time jobs': {
    category: 'timeline',
    plant(page) {
      const { document, snapshot, elements } = read(page.html, page.url);
      const now = captureDay(snapshot);
      // Two ordinary employee roles (a founder's or adviser's role beside a job is benign by the
      // catalogue) at different employers, whose own entry shows their dates and company line.
      const usable = snapshot.experience.filter((p) => {
        const el = elements.get(p.ref);
        const sideRole = /found|owner|board|advis|volunteer|intern|freelanc/i.test(p.title);
        return el && p.dates && !sideRole && el.textContent?.includes(p.dates) && el.textContent.includes(p.company);
      });
      const a = usable[0];
      const b = usable.find((p) => p.company !== a?.company);
      if (!a || !b) return null;
      const rangeA = `${ym(now, 20)} - Present`;
      const rangeB = `${ym(now, 16)} - Present`;
      for (const [p, range] of [[a, rangeA], [b, rangeB]] as const) {
        const el = elements.get(p.ref)!;
        const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const rewritten = rewriteText(el, new RegExp(`${escaped(p.dates!)}|${escaped(p.dates!.replace(' - ', ' to '))}`), range);
        // Public pages split the range over <time> elements: rebuild it the same way.
        const dateRange = el.querySelector('.date-range');
        if (!rewritten && dateRange) {
          const time = document.createElement('time');
          time.textContent = range.replace(' - Present', '');
          dateRange.replaceChildren(time, document.createTextNode(' - Present '));
        }
        // The company line reads "Company · Type" (or just "Company"): make it say Full-time.
        const type = p.employmentType ? new RegExp(`${escaped(p.company)} · ${escaped(p.employmentType)}`) : new RegExp(`^\\s*${escaped(p.company)}\\s*$`);
        if (!rewriteText(el, type, `${p.company} · Full-time`) && p.employmentType) rewriteText(el, new RegExp(`^\\s*${escaped(p.employmentType)}\\s*$`), 'Full-time');
      }
      return { html: document.toString(), url: page.url };
    },
  },
  'a burst of posts after years of silence': {
    category: 'reactivation',
    plant(page) {
      const { document, snapshot, elements } = read(page.html, page.url);
      const items = snapshot.activity.filter((a) => a.relative && elements.get(a.ref));
      if (items.length < 2) return null;
      // The newest items become days old, the last one (at least) years old.
      const labels = items.length >= 3 ? ['2d', '5d'] : ['2d'];
      items.forEach((item, i) => {
        const el = elements.get(item.ref)!;
        const label = labels[i] ?? '3yr';
        const pattern = new RegExp(`(^|\\s|•\\s?)${item.relative!}(\\s|$)`);
        rewriteText(el, pattern, `$1${label}$2`);
        for (const node of [el, ...Array.from(el.querySelectorAll('[aria-label]'))]) {
          const aria = node.getAttribute('aria-label');
          if (aria) node.setAttribute('aria-label', aria.replace(pattern, `$1${label}$2`));
        }
      });
      return { html: document.toString(), url: page.url };
    },
  },
  'an invalid phone number in the contact overlay': {
    category: 'contact',
    plant(page) {
      if (!page.rel.startsWith('logged-in')) return null; // the overlay is a logged-in view
      const overlay = `<div id="artdeco-modal-outlet"><div class="artdeco-modal-overlay"><div role="dialog" aria-labelledby="pv-contact-info" class="artdeco-modal" tabindex="-1">
        <div class="artdeco-modal__header"><h2 id="pv-contact-info">Contact info</h2></div>
        <div class="artdeco-modal__content">
          <section class="pv-contact-info__contact-type"><h3>Phone</h3><ul><li><span>+1 555 0100 22</span> <span>(Mobile)</span></li></ul></section>
          <section class="pv-contact-info__contact-type"><h3>Email</h3><div><a href="mailto:someone@example.com">someone@example.com</a></div></section>
        </div></div></div></div>`;
      return { html: page.html.replace(/<\/body>/i, `${overlay}</body>`), url: `${page.url}overlay/contact-info/` };
    },
  },
};

const available = existsSync(REAL_PAGES);
if (!available) console.log(`planted-sign test skipped: ${REAL_PAGES} is absent`);

describe.skipIf(!available)('real pages with a planted sign', () => {
  const pages = available ? PROFILE_PAGES.filter((rel) => existsSync(join(REAL_PAGES, rel))).map(load) : [];
  const rows: string[] = [];

  for (const [name, { category, plant }] of Object.entries(plants)) {
    it(`${name}: raises ${category}; the original does not`, () => {
      let planted = 0;
      for (const page of pages) {
        const changed = plant(page);
        const before = raised(read(page.html, page.url).snapshot);
        expect(before.get(category), `${page.rel} untouched already raises ${category}`).toBeUndefined();
        if (!changed) {
          rows.push(`${name.padEnd(46)} ${page.rel.padEnd(34)} not applicable to this page`);
          continue;
        }
        const after = raised(read(changed.html, changed.url).snapshot);
        rows.push(`${name.padEnd(46)} ${page.rel.padEnd(34)} ${after.has(category) ? 'raised' : 'MISSED'} ${(after.get(category) ?? []).join(', ')}`);
        expect(after.get(category), `${page.rel} with ${name}`).toBeDefined();
        planted++;
      }
      expect(planted).toBeGreaterThan(0);
    });
  }

  it('prints the table', () => {
    console.log(rows.join('\n'));
  });
});
