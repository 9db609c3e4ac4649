// The page-structure file (issue 10, item 6) keeps how a page is built and nothing of anyone's
// data: on every shared real page and every committed fixture, no word of four or more letters
// of the page's texts (and alt, aria-label, title and href values) survives in it, apart from
// LinkedIn's interface words, and the member's slug, name and member ids appear nowhere in it.
// The real pages are read from ../shared/linkedin-pages (never copied); without them those skip.
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSnapshot, readPage } from '../../src/extract/index.ts';
import { INTERFACE_WORDS } from '../../src/extract/interface-words.ts';
import { MAX_DEPTH, MAX_NODES, MAX_TEXT, pageStructure, type PageStructure, type StructureNode, structureFileName, textShape } from '../../src/extract/structure.ts';
import { FIXTURES, htmlFiles, REAL_PAGES, realPages } from './pages.ts';

const present = existsSync(REAL_PAGES);
if (!present) console.log(`structure: ${REAL_PAGES} is absent; skipping the real-page privacy checks`);

const lower = (s: string) => s.normalize('NFC').toLowerCase();
const words = (s: string | null | undefined): string[] => (s ?? '').match(/\p{L}{4,}/gu)?.map(lower) ?? [];
const doc = (html: string) => parseHTML(html).document as unknown as Document;

/** Words of four or more letters a person could read on the page or in its links. */
function pageWords(d: Document): Set<string> {
  const out = new Set<string>();
  const visit = (el: Element): void => {
    if (/^(?:script|style|template)$/.test(el.localName)) return;
    for (const a of ['alt', 'aria-label', 'title', 'href']) for (const w of words(el.getAttribute(a))) out.add(w);
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) for (const w of words(c.nodeValue)) out.add(w);
      else if (c.nodeType === 1) visit(c as Element);
    }
  };
  visit(d.documentElement);
  return out;
}

/** Every text and attribute value in the file (tag and attribute names are HTML's, not the page's). */
function values(s: PageStructure): string[] {
  const out = [s.route];
  const visit = (n: StructureNode): void => {
    if (typeof n === 'string') out.push(n);
    else if (Array.isArray(n)) n.slice(1).forEach(visit);
    else for (const v of Object.values(n)) out.push(String(v));
  };
  visit(s.tree);
  return out;
}

const PLACEHOLDER = /:(?:memberId|member|slug|name|id|external)(?!\p{L})/gu;

/** Its words: letter runs, and the pieces of camelCase runs. */
function fileWords(s: PageStructure): Set<string> {
  const out = new Set<string>();
  for (const v of values(s)) {
    // The file's own placeholders (":slug", ":memberId", ":external", …) are not the page's words.
    for (const run of v.replace(PLACEHOLDER, ' ').match(/\p{L}+/gu) ?? []) {
      // An interface word is kept whole ("LinkedIn"): its pieces ("linked") are not words of the file.
      if (INTERFACE_WORDS.has(lower(run))) continue;
      out.add(lower(run));
      for (const piece of run.split(/(?<=\p{Ll})(?=\p{Lu})/u)) out.add(lower(piece));
    }
  }
  return out;
}

interface Case {
  rel: string;
  html: string;
  url: string | null;
  slug: string | null;
  name: string | null;
}

function cases(): Case[] {
  const real = present
    ? realPages().map((p) => ({ rel: `shared/${p.rel}`, file: p.file, url: (p.expected.profileUrl as string | null) ?? null, slug: (p.expected.slug as string | null) ?? null, name: (p.expected.name as string | null) ?? null }))
    : [];
  const fixtures = htmlFiles(FIXTURES).map((file) => {
    const expectedFile = file.replace(/\.html$/, '.expected.json');
    const e = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, unknown>) : {};
    return { rel: `fixtures/${relative(FIXTURES, file)}`, file, url: (e.profileUrl as string | null) ?? null, slug: (e.slug as string | null) ?? null, name: (e.name as string | null) ?? null };
  });
  return [...real, ...fixtures].map((c) => ({ ...c, html: readFileSync(c.file, 'utf8') }));
}

describe('pageStructure on every real page and fixture', () => {
  const all = cases();
  const sizes: string[] = [];

  for (const c of all) {
    it(`${c.rel}: keeps no word of the page's and no trace of the member`, () => {
      const d = doc(c.html);
      const read = readPage(d, c.url);
      const structure = pageStructure(d, c.url, read);
      const json = JSON.stringify(structure);
      sizes.push(`${c.rel.padEnd(52)} ${String(Math.round(json.length / 1024)).padStart(5)} KB, cut ${JSON.stringify(structure.cut)}`);

      const kept = fileWords(structure);
      const survivors = [...pageWords(d)].filter((w) => kept.has(w) && !INTERFACE_WORDS.has(w));
      expect(survivors, `${c.rel}: page words in the structure file: ${survivors.join(' ')}`).toEqual([]);

      const text = lower(json);
      const slug = c.slug ?? (isSnapshot(read) ? read.slug : read.slug) ?? null;
      if (slug) expect(text.includes(lower(slug)), `${c.rel}: slug in the file`).toBe(false);
      if (c.name) {
        expect(text.includes(lower(c.name)), `${c.rel}: name in the file`).toBe(false);
        const tokens = new Set(text.match(/\p{L}+/gu) ?? []);
        for (const part of c.name.match(/\p{L}{3,}/gu) ?? []) expect(tokens.has(lower(part)), `${c.rel}: name part "${part}" in the file`).toBe(false);
      }
      for (const id of new Set(c.html.match(/ACo[A-Za-z0-9_-]{36}|ACoAA[A-Za-z0-9]{10,}/g) ?? [])) {
        expect(text.includes(lower(id)), `${c.rel}: a member id in the file`).toBe(false);
      }
    });
  }

  it('prints the file sizes', () => {
    expect(sizes.length).toBe(all.length);
    console.log(`page-structure files\n${sizes.join('\n')}`);
  });
});

describe('pageStructure', () => {
  const page = `<html lang="en"><head><title>Jane Q. Doe | LinkedIn</title></head><body><main>
    <section componentkey="profileCardsExperienceOnlyjane-doe-4a1b" data-testid="ProfileVerificationTriggerRef-jane-doe-4a1b">
      <h1>Jane Q. Doe</h1><p>Staff Engineer at Acme 2021 – Present · 3 yrs</p>
      <a href="https://www.linkedin.com/in/jane-doe-4a1b/details/experience/?trk=abc" aria-label="Show all 12 experiences of Jane">Show all</a>
      <a href="/company/acme-rockets/">Acme</a><a href="https://janedoe.example/blog">site</a>
      <img src="https://media.licdn.com/dms/image/v2/D4E03AQ/profile-displayphoto-shrink_200_200/0/1700000000000?e=1" alt="Jane Q. Doe">
      <div data-urn="urn:li:fsd_profile:ACoAAB1234567890abcdefghijKLMNOP"></div>
    </section></main></body></html>`;
  const url = 'https://www.linkedin.com/in/jane-doe-4a1b/';

  it('is deterministic', () => {
    expect(JSON.stringify(pageStructure(doc(page), url, null))).toBe(JSON.stringify(pageStructure(doc(page), url, null)));
    expect(JSON.stringify(pageStructure(doc(page), url, readPage(doc(page), url)))).toBe(JSON.stringify(pageStructure(doc(page), url, readPage(doc(page), url))));
  });

  it('keeps the length of every text: letters x, digits 9, other characters kept', () => {
    expect(textShape('Jane Doe, 2021 – 2024 · 3 yrs')).toBe('xxxx xxx, 9999 – 9999 · 9 xxx');
    expect(textShape('Zoë Ørsted 🚀 +49 (0) 30')).toBe('xxx xxxxxx 🚀 +99 (9) 99');
    for (const t of ['Straße 12', 'München, Bayern', '日本語 テキスト', 'a·b—c']) expect([...textShape(t)].length).toBe([...t].length);
    const s = JSON.stringify(pageStructure(doc(page), url, null));
    expect(s).toContain('"xxxxx xxxxxxxx at xxxx 9999 – Present · 9 yrs"');
  });

  it('reduces URLs to path patterns and replaces the member in hook values', () => {
    const s = JSON.stringify(pageStructure(doc(page), url, null));
    expect(s).toContain('"route":"//www.linkedin.com/in/:slug/"');
    expect(s).toContain('"href":"//www.linkedin.com/in/:slug/details/experience/?…"');
    expect(s).toContain('"href":"/company/:id/"');
    expect(s).toContain('"href":":external"');
    expect(s).toContain('"src":"//media.licdn.com/dms/image/:id"');
    expect(s).toContain('"componentkey":"profileCardsExperienceOnly:slug"');
    expect(s).toContain('"data-testid":"ProfileVerificationTriggerRef-:slug"');
    expect(s).toContain('"data-urn":"urn:li:fsd_profile::memberId"');
    expect(s).toContain('"aria-label":"Show all 99 experiences of xxxx"');
    expect(s).toContain('"alt":"xxxx x. xxx"');
    expect(s).not.toMatch(/jane|acme|doe|4a1b|ACoAA/i);
  });

  it('is bounded: nodes, depth and text length, and says what it cut', () => {
    const wide = `<html><body>${'<p>Jane</p>'.repeat(MAX_NODES)}</body></html>`;
    const w = pageStructure(doc(wide), null, null);
    expect(w.cut.nodesLeftOut).toBeGreaterThan(0);
    expect(JSON.stringify(w).length).toBeLessThan(MAX_NODES * 20);
    const deep = `<html><body>${'<div>'.repeat(MAX_DEPTH + 20)}x${'</div>'.repeat(MAX_DEPTH + 20)}</body></html>`;
    expect(pageStructure(doc(deep), null, null).cut.deeperThanLimit).toBeGreaterThan(0);
    const long = pageStructure(doc(`<html><body><p>${'word '.repeat(100)}</p></body></html>`), null, null);
    expect(long.cut.textsCut).toBe(1);
    expect(JSON.stringify(long)).toContain(`…+${500 - 1 - MAX_TEXT}`);
  });

  it('names its download by the date', () => {
    expect(structureFileName(new Date('2026-12-02T13:00:00Z'))).toBe('telltale-page-structure-2026-12-02.json');
    expect(basename(structureFileName(new Date()))).toMatch(/^telltale-page-structure-\d{4}-\d{2}-\d{2}\.json$/);
  });
});
