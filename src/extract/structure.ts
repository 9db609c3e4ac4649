// "Save the page structure" (issue 10, item 6): when Telltale does not understand a LinkedIn
// layout, the user can save a file that shows how the page is built, without anyone's data, and
// attach it to a bug report. Pure: the same code runs in the content script and in `scan
// --structure`.
//
// What the file keeps: the element tree (tag names, JsonML: [tag, {attributes}, ...children]), the
// hook attributes (componentkey, data-*, id, role, aria-*, lang, type, rel, name…) with the member's
// slug, member ids, the other members' slugs and the name's parts replaced (:slug, :memberId,
// :member, :name) and every word of the page's own text shaped, the count of classes (plus the
// few stable LinkedIn class names the readers know, never hashed ones), and TEXT SHAPES only:
// letters → x, digits → 9, other characters kept, length kept (whitespace collapsed), LinkedIn's
// interface words (interface-words.ts) kept verbatim. Alt, title, aria-label, placeholder and meta
// content are texts and shaped the same way. URLs become path patterns (/in/:slug/details/
// experience/, /company/:id/, /dms/image/:id, other sites :external, a query as ?…). Script, style and code
// bodies and SVG drawings are left out, with their size.
//
// Size is bounded: at most MAX_NODES nodes, MAX_DEPTH levels, texts and attribute values cut at
// MAX_TEXT characters; what was cut is counted in the file (`cut`).
import type { NotAProfile, ProfileSnapshot } from '../model.ts';
import { INTERFACE_WORDS } from './interface-words.ts';
import { escapeRegExp as escape } from '../regexp.ts';

export type StructureNode = string | StructureNode[] | Record<string, string | number>;

export interface PageStructure {
  telltalePageStructure: 1;
  note: string;
  /** The page's URL as a path pattern. */
  route: string;
  /** What Telltale's readers made of the page: the kind, layout and which fields they found (no values). */
  read: { kind: string; layout: string; found: string[]; counts: Record<string, number> } | null;
  limits: { nodes: number; depth: number; text: number };
  cut: { nodesLeftOut: number; deeperThanLimit: number; textsCut: number };
  tree: StructureNode;
}

export const MAX_NODES = 20_000;
export const MAX_DEPTH = 48;
export const MAX_TEXT = 160;

/** The few LinkedIn class names that name a layout rather than hash one. */
const KNOWN_CLASS = /^(?:artdeco-[\w-]+|pvs?-[\w-]+|top-card[\w-]*|text-(?:body|heading)-[\w-]+|visually-hidden|a11y-text|sr-only|white-space-pre|page-not-found[\w-]*|experience-item[\w-]*|education__[\w-]+|core-section[\w-]*|scaffold-[\w-]+)$/;
/** Attributes whose value is a text a person reads. */
const TEXT_ATTRS = /^(?:alt|title|placeholder|content|value|label|aria-(?:label|description|valuetext|roledescription|placeholder))$/;
/** Attributes kept as hooks (value scrubbed). Everything else (sizes, SVG, nonce, srcset…) is dropped. */
const HOOK_ATTRS = /^(?:id|role|componentkey|data-[\w-]+|aria-[\w-]+|lang|dir|type|rel|name|property|http-equiv|tabindex|for|target|hidden|open|inert|datetime|method)$/;
const URL_ATTRS = /^(?:href|src|action|poster)$/;
/** Elements whose content is code or drawing, not text: left out, with its size. */
const OPAQUE = /^(?:script|style|template|noscript|code|svg)$/;
const LOCALE = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/;
/** A member id: "ACo" and 36 more characters on real pages (hooks append words to it directly); shorter invented ones end at a non-alphanumeric. */
const MEMBER_ID = /ACo[A-Za-z0-9_-]{36}|ACoAA[A-Za-z0-9]{10,}/g;
const ID_AFTER = new Set(['company', 'school', 'showcase', 'groups']);
// Placeholders with no letters or digits, so the word and digit passes leave them alone.
const P_ID = '\uE000';
const P_SLUG = '\uE001';
const P_MEMBER = '\uE002';
const P_NAME = '\uE003';
const P_UUID = '\uE004';
const PLACEHOLDERS: [RegExp, string][] = [
  [/\uE000/g, ':memberId'],
  [/\uE001/g, ':slug'],
  [/\uE002/g, ':member'],
  [/\uE003/g, ':name'],
  [/\uE004/g, ':uuid'],
];

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const ELEMENT = 1;
const TEXT = 3;

// No normalize(): pages are NFC, and normalising every word of a large page took most of the time.
const lower = (s: string) => s.toLowerCase();

/** The shape of a text: letters → x, digits → 9, everything else kept; same length in code points. */
export function textShape(text: string): string {
  return text.replace(/\p{L}/gu, 'x').replace(/\p{Nd}/gu, '9');
}

interface Context {
  slug: string | null;
  /** Other members' slugs seen in /in/ links. */
  slugs: Set<string>;
  nameParts: Set<string>;
  /** Every word of four or more letters of the page's own texts (lower case). */
  pageWords: Set<string>;
  scrubbed: Map<string, string>;
  /** Built on first use, once the slugs and name parts are known. */
  people?: RegExp | null;
  nodes: number;
  cut: PageStructure['cut'];
}

function slugOf(href: string | null | undefined): string | null {
  const m = /\/in\/([^/?#]+)/.exec(href ?? '');
  if (!m?.[1]) return null;
  try {
    return lower(decodeURIComponent(m[1]));
  } catch {
    return lower(m[1]);
  }
}

/** A value cut at MAX_TEXT characters: the kept head, and the marker of what was cut ("…+123"). */
function cut(s: string, ctx: Context): [string, string] {
  const chars = [...s];
  if (chars.length <= MAX_TEXT) return [s, ''];
  ctx.cut.textsCut++;
  return [chars.slice(0, MAX_TEXT).join(''), `…+${chars.length - MAX_TEXT}`];
}

/** A text as its shape, LinkedIn's interface words kept (never a word of the member's name). */
function shapeText(text: string, ctx: Context): string {
  const [s, more] = cut(text.replace(/\s+/g, ' ').trim(), ctx);
  return s.replace(/\p{L}+/gu, (w) => (INTERFACE_WORDS.has(lower(w)) && !ctx.nameParts.has(lower(w)) ? w : textShape(w))).replace(/\p{Nd}/gu, '9') + more;
}

/**
 * One pattern for the member's slug, the other members' slugs and the name's parts, longest first
 * (a part shorter than four letters only as a whole word); null when there is nobody to replace.
 */
function peopleMatcher(ctx: Context): RegExp | null {
  const long = [...(ctx.slug ? [ctx.slug] : []), ...ctx.slugs, ...[...ctx.nameParts].filter((p) => p.length >= 4)];
  const short = [...ctx.nameParts].filter((p) => p.length < 4);
  const alternatives = [...long.sort((a, b) => b.length - a.length).map(escape), ...short.map((p) => `(?<!\\p{L})${escape(p)}(?!\\p{L})`)];
  return alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'giu') : null;
}

/** A hook value: people replaced by placeholders, then any word of the page's own text shaped. */
function scrubHook(value: string, ctx: Context): string {
  // Hook values repeat across a page (the same data-* on every entry): each is scrubbed once.
  const known = ctx.scrubbed.get(value);
  if (known !== undefined) {
    if (value.length > MAX_TEXT) ctx.cut.textsCut++;
    return known;
  }
  const scrubbed = scrubHookOnce(value, ctx);
  ctx.scrubbed.set(value, scrubbed);
  return scrubbed;
}

function scrubHookOnce(value: string, ctx: Context): string {
  const [head, more] = cut(value, ctx);
  let s = head.replace(MEMBER_ID, P_ID);
  s = s.replace(UUID, P_UUID);
  if (ctx.people === undefined) ctx.people = peopleMatcher(ctx);
  if (ctx.people) s = s.replace(ctx.people, (m) => (lower(m) === ctx.slug ? P_SLUG : ctx.slugs.has(lower(m)) ? P_MEMBER : P_NAME));
  // camelCase runs are words too ("profileCardsJaneDoe"): each piece is checked on its own.
  const pageWord = (w: string) => ctx.pageWords.has(lower(w)) && !INTERFACE_WORDS.has(lower(w));
  s = s.replace(/\p{L}+/gu, (run) =>
    pageWord(run)
      ? textShape(run)
      : run
          .split(/(?<=\p{Ll})(?=\p{Lu})/u)
          .map((w) => (pageWord(w) ? textShape(w) : w))
          .join(''),
  );
  s = s.replace(/\p{Nd}{3,}/gu, (d) => '9'.repeat(d.length));
  for (const [re, to] of PLACEHOLDERS) s = s.replace(re, to);
  return s + more;
}

/** A URL as the pattern of its path: /in/:slug/details/experience/, /company/:id/, :external. */
export function urlPattern(raw: string, ctx: Context): string {
  const v = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v)?.[1]?.toLowerCase();
  if (scheme === 'mailto' || scheme === 'tel') return `${scheme}:${textShape(cut(v.slice(scheme.length + 1), ctx).join(''))}`;
  if (scheme && scheme !== 'http' && scheme !== 'https') return `${scheme}:`;
  let url: URL;
  try {
    url = new URL(v, 'https://www.linkedin.com');
  } catch {
    return textShape(cut(v, ctx).join(''));
  }
  const own = /(?:^|\.)(?:linkedin\.com|licdn\.com)$/.test(url.hostname);
  if (!own) return ':external';
  const host = /^(?:https?:)?\/\//i.test(v) ? `//${url.hostname}` : '';
  if (url.pathname.startsWith('/dms/image/')) return `${host}/dms/image/:id`;
  const segments = url.pathname.split('/');
  const path = segments
    .map((seg, i) => {
      if (seg === '') return '';
      const prev = segments[i - 1] ?? '';
      if (prev === 'in') return slugOf(`/in/${seg}`) === ctx.slug ? P_SLUG : P_MEMBER;
      if (ID_AFTER.has(prev)) return ':id';
      // A route word ("details", "recent-activity") is kept; anything else is shaped.
      if (/^[a-z-]+$/.test(seg) && seg.split('-').every((w) => INTERFACE_WORDS.has(w))) return seg;
      const urn = /^urn:li:([A-Za-z_]{1,40}):(.*)$/.exec(decodeURIComponentSafe(seg));
      if (urn) return `urn:li:${urn[1]}:${textShape((urn[2] ?? '').replace(MEMBER_ID, P_ID))}`;
      return textShape(decodeURIComponentSafe(seg).replace(MEMBER_ID, P_ID));
    })
    .join('/');
  // A query's names and values are left out: some are member data (keywords, names, URNs).
  return scrubHook(`${host}${path}${url.search ? '?…' : ''}`, ctx);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function attributes(el: Element, ctx: Context): Record<string, string | number> | null {
  const out: Record<string, string | number> = {};
  let any = false;
  for (const name of el.getAttributeNames()) {
    const n = name.toLowerCase();
    const v = el.getAttribute(name) ?? '';
    if (n === 'class') {
      const list = v.split(/\s+/).filter(Boolean);
      const known = list.filter((c) => KNOWN_CLASS.test(c));
      out.class = known.length > 0 ? `${list.length}: ${scrubHook(known.join(' '), ctx)}` : list.length;
    } else if (URL_ATTRS.test(n)) out[n] = urlPattern(v, ctx);
    else if (n === 'content' && LOCALE.test(v)) out[n] = v;
    else if (TEXT_ATTRS.test(n)) out[n] = shapeText(v, ctx);
    else if (HOOK_ATTRS.test(n)) out[n] = /^https?:\/\//.test(v) ? urlPattern(v, ctx) : scrubHook(v, ctx);
    else continue;
    any = true;
  }
  return any ? out : null;
}

function countElements(el: Element): number {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) n += 1 + countElements(c);
  return n;
}

function walk(el: Element, depth: number, ctx: Context): StructureNode[] | null {
  if (el.hasAttribute('data-telltale')) return null; // Telltale's own pill, badges and panel
  ctx.nodes++;
  const node: StructureNode[] = [el.localName];
  const attrs = attributes(el, ctx);
  if (OPAQUE.test(el.localName)) {
    const chars = (el.textContent ?? '').length;
    const elements = countElements(el);
    node.push({ ...(attrs ?? {}), ...(chars > 0 ? { leftOutChars: chars } : {}), ...(elements > 0 ? { leftOutElements: elements } : {}) });
    if (node.length === 2 && Object.keys(node[1] as object).length === 0) node.pop();
    return node;
  }
  if (attrs) node.push(attrs);
  if (depth >= MAX_DEPTH) {
    const below = countElements(el);
    if (below > 0) {
      ctx.cut.deeperThanLimit += below;
      node.push({ cut: below });
    }
    return node;
  }
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (ctx.nodes >= MAX_NODES) {
      if (c.nodeType === ELEMENT) ctx.cut.nodesLeftOut += 1 + countElements(c as Element);
      continue;
    }
    if (c.nodeType === TEXT) {
      const t = (c.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (t !== '') {
        ctx.nodes++;
        node.push(shapeText(t, ctx));
      }
    } else if (c.nodeType === ELEMENT) {
      const child = walk(c as Element, depth + 1, ctx);
      if (child) node.push(child);
    }
  }
  return node;
}

/** Every word of four or more letters of the page's texts and text attributes, and every /in/ slug. */
function collectWords(el: Element, ctx: Context): void {
  // Code and SVG bodies are left out of the file, but their words are still the page's: a hook may repeat one.
  if (/^(?:script|style|template)$/.test(el.localName)) return;
  for (const a of ['alt', 'title', 'aria-label', 'placeholder', 'content', 'value']) {
    const v = el.getAttribute(a);
    if (v) for (const w of v.match(/\p{L}{4,}/gu) ?? []) ctx.pageWords.add(lower(w));
  }
  const href = el.getAttribute('href');
  for (const w of href?.match(/\p{L}{4,}/gu) ?? []) ctx.pageWords.add(lower(w));
  const slug = slugOf(href);
  if (slug && slug !== ctx.slug && slug.length >= 5) ctx.slugs.add(slug);
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT) for (const w of (c.nodeValue ?? '').match(/\p{L}{4,}/gu) ?? []) ctx.pageWords.add(lower(w));
    else if (c.nodeType === ELEMENT) collectWords(c as Element, ctx);
  }
}

function namePartsOf(names: (string | null | undefined)[]): Set<string> {
  const parts = new Set<string>();
  for (const n of names) for (const p of (n ?? '').match(/\p{L}{2,}/gu) ?? []) parts.add(lower(p));
  return parts;
}

/**
 * The structure file of a page: its element tree with hooks and text shapes only (see the head of
 * this file). `snapshot` is what the readers made of it, or null when they could not read it; the
 * member's slug and name come from it, the URL, the canonical link and the page title.
 */
export function pageStructure(doc: Document, url: string | null, snapshot: ProfileSnapshot | NotAProfile | null): PageStructure {
  const snap = snapshot && 'schemaVersion' in snapshot ? snapshot : null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const slug = lower(snap?.slug ?? '') || slugOf(url) || slugOf(canonical) || (snapshot && !snap ? (snapshot.slug ?? null) : null);
  const title = (doc.querySelector('title')?.textContent ?? '').replace(/^\(\d+\+?\)\s*/, '').split(/\s+[|–-]\s+/)[0];
  const ctx: Context = {
    slug,
    slugs: new Set(),
    nameParts: namePartsOf([snap?.name, snap?.nameSources.jsonLd, snap?.nameSources.pageTitle, snap?.nameSources.photoAlt, title === 'LinkedIn' ? null : title]),
    pageWords: new Set(),
    scrubbed: new Map(),
    nodes: 0,
    cut: { nodesLeftOut: 0, deeperThanLimit: 0, textsCut: 0 },
  };
  if (slug) for (const p of slug.split(/[^\p{L}]+/u)) if (p.length >= 2) ctx.nameParts.add(p);
  collectWords(doc.documentElement, ctx);
  const tree = walk(doc.documentElement, 0, ctx) ?? [];
  let read: PageStructure['read'] = null;
  if (snap) {
    const s = snap as unknown as Record<string, unknown>;
    const found = ['name', 'headline', 'location', 'connections', 'followers', 'about', 'photo', 'verified', 'openToWork', 'contact', 'aboutThisProfile'].filter((k) => s[k] !== null && s[k] !== undefined && s[k] !== false);
    const counts: Record<string, number> = {};
    for (const k of ['experience', 'education', 'certifications', 'skills', 'activity']) counts[k] = (s[k] as unknown[] | undefined)?.length ?? 0;
    read = { kind: snap.kind, layout: snap.layout, found, counts };
  } else if (snapshot) read = { kind: snapshot.kind, layout: snapshot.layout, found: [], counts: {} };
  return {
    telltalePageStructure: 1,
    note:
      'How this LinkedIn page is built, for a Telltale bug report: tags, hook attributes and text shapes only (letters x, digits 9, ' +
      "LinkedIn's interface words kept), URLs as path patterns, the member's slug, ids and name replaced. " +
      `At most ${MAX_NODES} nodes and ${MAX_DEPTH} levels; texts cut at ${MAX_TEXT} characters; what was cut is counted in "cut".`,
    route: url ? urlPattern(url, ctx) : '',
    read,
    limits: { nodes: MAX_NODES, depth: MAX_DEPTH, text: MAX_TEXT },
    cut: ctx.cut,
    tree,
  };
}

/** The download's file name: telltale-page-structure-<YYYY-MM-DD>.json. */
export function structureFileName(now: Date): string {
  return `telltale-page-structure-${now.toISOString().slice(0, 10)}.json`;
}
