// Issue 22, item 3: coverage that cannot lie. Property: in any committed fixture, empty any one
// list entry's markup (its container kept, its content gone) or blank its text (its elements kept,
// every text gone), and the snapshot never claims that section read in full: the part is "could
// not be read" (seen false, unreadable true), whichever reader read it. Also: every fixture with
// its layout hooks (classes, ids, data-*, componentkey) removed is still read as the same kind.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LIST_PARTS, settleCoverage } from '../../src/extract/coverage-rule.ts';
import { readPageWithElements } from '../../src/extract/index.ts';
import { emptySnapshot } from '../../src/extract/snapshot.ts';
import type { ProfileSnapshot } from '../../src/model.ts';
import { formatHookFreeReport, kindChanges, measurePage, pagesUnder } from './hook-free-measure.ts';
import { FIXTURES, htmlFiles } from './pages.ts';

const REF_PREFIX = { experience: 'experience', education: 'education', certifications: 'certification' } as const;
type Listed = keyof typeof REF_PREFIX;

/** The child-index path from <html> to `el`, to find the same element in a fresh parse. */
function pathOf(el: Element): number[] {
  const path: number[] = [];
  for (let e: Element | null = el; e && e.parentElement; e = e.parentElement) path.unshift([...e.parentElement.children].indexOf(e));
  return path;
}

function follow(doc: Document, path: number[]): Element {
  let e: Element = doc.documentElement;
  for (const i of path) e = e.children[i]!;
  return e;
}

const MUTATIONS = {
  emptied: (el: Element): void => el.replaceChildren(),
  blanked: (el: Element): void => {
    const walker = el.ownerDocument.createTreeWalker(el, 4);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    for (const t of texts) t.data = '';
  },
} as const;

const pages = htmlFiles(FIXTURES).filter((f) => !f.includes('/overlays/'));

describe('coverage that cannot lie (issue 22, item 3)', () => {
  it('settleCoverage: a part on the page with no entry read, or with entries not read, is "could not be read"', () => {
    const snap = emptySnapshot(null, 'profile', 'sdui-2026');
    snap.coverage.education = { seen: true, shown: 0, total: 0 };
    snap.coverage.experience = { seen: true, shown: 1, total: 1, unread: 1 };
    snap.coverage.certifications = { seen: false, shown: 0, total: null };
    settleCoverage(snap, ['certifications']);
    expect(snap.coverage.education).toMatchObject({ seen: false, unreadable: true });
    expect(snap.coverage.experience).toMatchObject({ seen: false, unreadable: true });
    // The page names a certification (a contradiction) and none was read.
    expect(snap.coverage.certifications).toMatchObject({ seen: false, unreadable: true });
    // A part not on the page stays simply unseen.
    expect(snap.coverage.skills).toEqual({ seen: false, shown: 0, total: null });
  });

  it('a later reader that read fewer entries than an earlier one found does not make the part read', () => {
    const snap = emptySnapshot(null, 'profile', 'unknown');
    snap.coverage.education = { seen: true, shown: 1, total: 1, unread: 1 };
    snap.education.push({ ref: 'education:0', school: 'Example College', schoolUrl: null, degree: null, field: null, dates: null, start: null, end: null });
    const found = settleCoverage(snap);
    expect(found.education).toBe(2);
    snap.coverage.education = { seen: true, shown: 1, total: 1 };
    settleCoverage(snap, [], found);
    expect(snap.coverage.education).toMatchObject({ seen: false, unreadable: true });
  });

  for (const file of pages) {
    const rel = relative(FIXTURES, file);
    it(`${rel}: emptying or blanking any one entry never leaves its section claimed as read`, () => {
      const html = readFileSync(file, 'utf8');
      const base = readPageWithElements(parseHTML(html).document as unknown as Document, null);
      const snap = base.result as ProfileSnapshot;
      if (!('coverage' in snap)) return;
      let tried = 0;
      for (const part of Object.keys(REF_PREFIX) as Listed[]) {
        const els = snap[part].map((_, i) => base.elements.get(`${REF_PREFIX[part]}:${i}`)).filter((e): e is Element => e !== undefined);
        // Top-level entries only (a role inside a company group is part of its group's entry).
        const top = els.filter((e) => !els.some((o) => o !== e && o.contains(e)));
        for (const el of top.slice(0, 4)) {
          const path = pathOf(el);
          for (const [name, mutate] of Object.entries(MUTATIONS)) {
            const doc = parseHTML(html).document as unknown as Document;
            mutate(follow(doc, path));
            const out = readPageWithElements(doc, null).result;
            tried++;
            if (!('coverage' in out)) continue; // no longer read as a profile at all: nothing is claimed
            expect({ rel, part, name, coverage: out.coverage[part] }).toMatchObject({ coverage: { seen: false, unreadable: true } });
          }
        }
      }
      if (snap.experience.length + snap.education.length + snap.certifications.length > 0) expect(tried).toBeGreaterThan(0);
    });
  }
});

describe('every fixture without its layout hooks (issue 22, item 2)', () => {
  const measured = pagesUnder(FIXTURES)
    .filter((p) => !p.rel.startsWith('overlays/') && !p.rel.startsWith('applications/'))
    .map((p) => measurePage(p));

  it('reads no fixture as another kind, and never claims a list part read while reading none of it', () => {
    console.log(formatHookFreeReport(measured, 'hook-free fixtures'));
    expect(kindChanges(measured)).toEqual([]);
    for (const m of measured) {
      if (!('coverage' in m.result)) continue;
      for (const part of LIST_PARTS) {
        const c = m.result.coverage[part];
        expect({ rel: m.rel, part, claimed: c.seen && c.shown === 0 }).toEqual({ rel: m.rel, part, claimed: false });
      }
    }
  });
});
