// A page structure file (`telltale scan --structure`, ../shared/linkedin-structures) rendered back
// to HTML, every text shape filled with invented words of the same shape: letters (x) with
// invented words of the same length, digits (9) with digits, "xxx 9999" with a month and a year,
// LinkedIn's interface words as they are. The structure keeps no one's text, and the filling
// invents all of it, so what a person would see on the filled page is known to the test: each
// value a reader returns must be one of the filled texts (or a part of one), and its shape must
// be the shape the structure file has there.
//
// Filling is deterministic: the same shape gives the same words wherever it stands (so the top
// card's company chip and the experience entry it repeats still agree), and a whole file gives the
// same page on every run.
import { parseHTML } from 'linkedom';
import { prng } from '../support/prng.ts';

type Node = string | Node[] | Record<string, string | number>;

const MONTHS3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS4 = ['June', 'July', 'Sept'];
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Left out by the structure (code, drawings): rendered empty. */
const OPAQUE = new Set(['script', 'style', 'template', 'noscript', 'code']);
const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** The seed a test fills a structure file with: its own per file, so two pages are two people. */
export function seedOf(file: string): number {
  return hash(file);
}

/** FNV-1a over a string: the seed of the words a shape is filled with. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function word(length: number, rand: () => number, capital: boolean): string {
  let w = '';
  for (let i = 0; i < length; i++) {
    const set = i % 2 === 0 ? CONSONANTS : VOWELS;
    w += set[Math.floor(rand() * set.length)];
  }
  return capital ? w.charAt(0).toUpperCase() + w.slice(1) : w;
}

function digits(length: number, rand: () => number): string {
  let d = '';
  for (let i = 0; i < length; i++) d += String(i === 0 && length > 1 ? 1 + Math.floor(rand() * 9) : Math.floor(rand() * 10));
  return d;
}

export interface Filler {
  /** The text of `shape` filled. */
  text(shape: string): string;
  slug: string;
  memberId: string;
}

/** Fills shapes for one page; `seed` varies the invented words between pages. */
export function filler(seed: number): Filler {
  const seenDates = new Map<string, number>();
  const fillText = (shape: string): string => {
    // A text with a date is filled anew at each place it stands (two roles with the same shape of
    // dates are not the same dates); any other shape the same wherever it stands.
    let salt = 0;
    if (/9{3}|^[\d9\s+,.]+$/.test(shape) && !/^9x{2}$/.test(shape.trim())) {
      salt = seenDates.get(shape) ?? 0;
      seenDates.set(shape, salt + 1);
    }
    const rand = prng((hash(shape) ^ seed) + salt * 7919);
    // Dates in one text rise from left to right, so a range's start is before its end.
    let month = (2004 + Math.floor(rand() * 10)) * 12 + Math.floor(rand() * 12);
    const next = (): number => {
      const m = Math.min(month, 2025 * 12 + 5);
      month += 1 + Math.floor(rand() * 30);
      return m;
    };
    return withDuration(shape.replace(/(?<![\p{L}\p{N}])(?:(x{3,4})(\.?) (9{4})|[x9]+)(?![\p{L}\p{N}])/gu, (m, mon?: string, dot?: string) => {
      if (mon) {
        const at = next();
        const name = mon.length === 3 ? MONTHS3[at % 12]! : MONTHS4[at % 3]!;
        return `${name}${dot ?? ''} ${Math.floor(at / 12)}`;
      }
      if (/^9{4}$/.test(m)) return String(Math.floor(next() / 12));
      if (m === '9xx') return ['1st', '2nd', '3rd'][Math.floor(rand() * 3)]!;
      if (/^9+$/.test(m)) return digits(m.length, rand);
      if (/^x+$/.test(m)) return m.length === 1 ? (rand() < 0.5 ? 'a' : 'o') : word(m.length, rand, true);
      return [...m].map((c) => (c === '9' ? digits(1, rand) : word(1, rand, false))).join('');
    }));
  };
  const rand = prng(seed);
  return {
    text: fillText,
    slug: `${word(5, rand, false)}-${word(7, rand, false)}-${digits(4, rand)}`,
    memberId: `ACoAAB${Array.from({ length: 33 }, () => 'abcdefghijkLMNOPQRS0123456789'[Math.floor(rand() * 29)]).join('')}`,
  };
}

const MONTH_INDEX = new Map([...MONTHS3.map((m, i) => [m, i] as const), ['June', 5], ['July', 6], ['Sept', 8]]);
const NOW = new Date();

/**
 * "Mar 2019 - Jan 2021 · 9 mos": the duration after a filled range is made to agree with its
 * dates, as LinkedIn writes it (months counted both ends in; "Present" is this month).
 */
function withDuration(text: string): string {
  const m = /^(?:([A-Z][a-z]{2,3})\.? )?(\d{4}) ?(?:[-–]|to) ?(?:(?:([A-Z][a-z]{2,3})\.? )?(\d{4})|Present) · (.+)$/.exec(text);
  if (!m) return text;
  const start = Number(m[2]) * 12 + (m[1] ? (MONTH_INDEX.get(m[1]) ?? 0) : 0);
  const end = m[4] ? Number(m[4]) * 12 + (m[3] ? (MONTH_INDEX.get(m[3]) ?? 11) : 11) : NOW.getUTCFullYear() * 12 + NOW.getUTCMonth();
  const months = Math.max(1, end - start + 1);
  const y = Math.floor(months / 12);
  const mo = months % 12;
  const parts = [...(y > 0 ? [`${y} ${y === 1 ? 'yr' : 'yrs'}`] : []), ...(mo > 0 || y === 0 ? [`${mo} ${mo === 1 ? 'mo' : 'mos'}`] : [])];
  return `${text.slice(0, text.length - m[5]!.length)}${parts.join(' ')}`;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** An attribute value with the structure's placeholders and shapes filled. */
function fillAttribute(name: string, value: string, f: Filler, ctx: { uuid: number }): string {
  // The scrubber shaped a few hook words that are not in its list of interface words; the readers
  // and page kinds depend on them and LinkedIn serves them as they were, so they are put back:
  // "skill" in the 2026 Skills card's entry keys, the 2024-25 layout's "profile-component-entity",
  // and the screen-reader copies' "visually-hidden" class.
  if (name === 'class') {
    const names = value.replace(/^\d+:\s*/, '').split(/\s+/);
    return names.map((c) => (c === 'xxxxxxxx-hidden' ? 'visually-hidden' : c)).join(' ');
  }
  const url = /^(?:href|src|action|poster)$/.test(name);
  // An address's own shaped words and digits first, so the placeholders filled next stay as they are.
  let v = (url ? value.replace(/x{2,}/g, (m) => 'a'.repeat(m.length)).replace(/9{2,}/g, (m) => '1'.repeat(m.length)) : value)
    .replace(/^com\.linkedin\.sdui\.profile\.xxxxx\(/, 'com.linkedin.sdui.profile.skill(')
    .replace(/^profile-xxxxxxxxx-xxxxxx$/, 'profile-component-entity')
    .replace(/:memberId/g, f.memberId)
    .replace(/:slug/g, f.slug)
    .replace(/:name/g, f.slug.split('-')[0]!)
    .replace(/:uuid/g, () => `u${(ctx.uuid++).toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`);
  if (url) {
    v = v.replace(/:id\b/g, () => String(100000 + ctx.uuid++)).replace(/\?…$/, '?trk=x');
    return v.startsWith('//') ? `https:${v}` : v;
  }
  if (/^(?:alt|title|aria-label|placeholder|content)$/.test(name)) return f.text(v);
  return v;
}

/** The structure's tree as an HTML string. */
export function structureHtml(tree: Node, f: Filler): string {
  // Ids and image addresses differ from page to page (the same photo address on two pages is one photo).
  const ctx = { uuid: 1 + (hash(f.memberId) % 100_000) * 10_000 };
  const out: string[] = [];
  let inTitle = false;
  const walk = (node: Node): void => {
    if (typeof node === 'string') {
      // The title repeats the name and headline ("Name - Headline | LinkedIn"): filled part by
      // part, so its name is the page heading's.
      out.push(escapeText(inTitle ? node.split(/( - | \| |^\(9+\) )/).map((part, i) => (i % 2 ? part : f.text(part))).join('') : f.text(node)));
      return;
    }
    if (!Array.isArray(node)) return;
    const [tag, ...rest] = node as [string, ...Node[]];
    let attrs: Record<string, string | number> = {};
    let kids = rest;
    if (rest.length && typeof rest[0] === 'object' && !Array.isArray(rest[0])) {
      attrs = rest[0] as Record<string, string | number>;
      kids = rest.slice(1);
    }
    const parts = [tag];
    for (const [name, value] of Object.entries(attrs)) {
      if (name === 'leftOutChars' || name === 'leftOutElements' || typeof value !== 'string') continue;
      parts.push(`${name}="${escapeAttr(fillAttribute(name, value, f, ctx))}"`);
    }
    out.push(`<${parts.join(' ')}>`);
    if (VOID.has(tag)) return;
    inTitle = tag === 'title';
    if (!OPAQUE.has(tag)) for (const k of kids) walk(k);
    inTitle = false;
    out.push(`</${tag}>`);
  };
  walk(tree);
  return `<!DOCTYPE html>${out.join('')}`;
}

export interface FilledPage {
  html: string;
  doc: Document;
  filler: Filler;
  /** Every text node's filled text, with its shape. */
  texts: Map<string, string>;
}

/**
 * One person on the page: the top card's name (its heading) also in the photo's alt text and in the
 * profile's address, as on a real page (the structure keeps neither: the alt is shaped apart and
 * the address is a placeholder).
 */
function onePerson(html: string, f: Filler): string {
  const doc = parseHTML(html).document as unknown as Document;
  const card = doc.querySelector('[componentkey$="Topcard"]') ?? doc.querySelector('section[data-member-id]') ?? doc.querySelector('main');
  const heading = card?.querySelector('h1') ?? card?.querySelector('h2') ?? card?.querySelector('[data-view-name="profile-top-card-verified-badge"] p');
  const name = (heading?.textContent ?? '').replace(/[^\p{L}\s.'-]/gu, '').replace(/\s+/g, ' ').trim();
  if (!card || !heading || !/^\p{L}/u.test(name)) return html;
  for (const img of card.querySelectorAll('img[alt]')) {
    if ((img.getAttribute('alt') ?? '').trim() === '' || !(img.compareDocumentPosition(heading) & 4)) continue;
    img.setAttribute('alt', name);
    break;
  }
  const slug = `${name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}-${f.slug.split('-').pop()}`;
  f.slug = slug.length > 3 ? slug : f.slug;
  return `<!DOCTYPE html>${doc.documentElement.outerHTML}`.split(FIRST_SLUG).join(f.slug);
}

let FIRST_SLUG = '';

/** Renders a structure file's JSON (parsed) and parses it as a document. */
export function fillStructure(structure: { tree: Node }, seed = 1): FilledPage {
  const f = filler(seed);
  FIRST_SLUG = f.slug;
  const html = onePerson(structureHtml(structure.tree, f), f);
  const texts = new Map<string, string>();
  const collect = (node: Node): void => {
    if (typeof node === 'string') texts.set(f.text(node).replace(/\s+/g, ' ').trim(), node);
    else if (Array.isArray(node)) for (const k of node) collect(k);
  };
  collect(structure.tree);
  return { html, doc: parseHTML(html).document as unknown as Document, filler: f, texts };
}

/** letters → x, digits → 9: the shape a filled value must have again. */
export function shapeOf(text: string): string {
  return text.replace(/\p{L}/gu, 'x').replace(/\p{N}/gu, '9');
}
