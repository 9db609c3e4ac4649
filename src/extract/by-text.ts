// A reader that needs no layout hooks: it reads a profile the way a person does. The next LinkedIn
// rewrite will rename every class, id, componentkey and data-* attribute again; what it cannot
// rename is what a person reads: the name at the top (and in document.title), the lines of the
// top card in order, section headings ("Experience", "Ausbildung", …), entries grouped as list
// items around /company/ and /school/ links, "Company · Full-time" and "Jan 2020 - Present · 4
// yrs" lines, tel:/mailto: links and activity ids in post links.
//
// It runs when no layout reader recognises the page, and after one to fill what it left empty.
// Where it is unsure it leaves a value empty: a wrong headline or employer is worse than a missing
// one, because the signals reason from it.
import type { PageKind, ProfileSnapshot } from '../model.ts';
import { readCountLine } from './counts.ts';
import { mediaUploadDate, parseDateRange, parseDurationMonths, splitMiddot } from './dates.ts';
import { type EntityLines, firstMonthYear, nameFromLogoAlt, readCertification, readEducation, readPositions, readSkill } from './entity.ts';
import { readActivityItems } from './ember.ts';
import { type ElementMap, listCoverage, readPageTitle } from './snapshot.ts';
import { CONTACT_WORDS, isDegreeLine, isPronounsLine, OPEN_TO_WORK_FRAME } from './top-card.ts';
import { attr, childElements, cleanLinkedInUrl, isControl, isHiddenTwin, textWithout, parseCount, queryAll, queryFirst, slugFromHref, textOf } from './text.ts';

type Part = 'experience' | 'education' | 'certifications' | 'skills' | 'about' | 'activity';

/** Section headings in the seven interface languages the date reader knows (lower case). */
const SECTION_WORDS: Record<Part, readonly string[]> = {
  experience: ['experience', 'berufserfahrung', 'erfahrung', 'expérience', 'expériences', 'experiencia', 'experiência', 'ervaring', 'werkervaring', 'esperienza', 'esperienza lavorativa'],
  education: ['education', 'ausbildung', 'bildungsweg', 'formation', 'formations', 'educación', 'formación', 'formação acadêmica', 'formação', 'educação', 'opleiding', 'opleidingen', 'formazione', 'istruzione'],
  certifications: [
    'licenses & certifications', 'licences & certifications', 'licenses and certifications', 'certifications', 'lizenzen & zertifikate', 'lizenzen und zertifikate',
    'bescheinigungen und zertifikate', 'zertifikate', 'licences et certifications', 'licencias y certificaciones', 'certificaciones', 'licenças e certificados',
    'certificados', 'licenties en certificaten', 'certificaten', 'licenze e certificazioni', 'certificazioni',
  ],
  skills: ['skills', 'kenntnisse', 'fähigkeiten', 'compétences', 'aptitudes', 'competencias', 'competências', 'vaardigheden', 'competenze'],
  about: ['about', 'info', 'infos', 'à propos', 'acerca de', 'sobre', 'over', 'informazioni', 'summary'],
  activity: ['activity', 'aktivitäten', 'aktivität', 'activité', 'actividad', 'atividade', 'atividades', 'activiteit', 'activiteiten', 'attività', 'all activity'],
};


/** "An exact match for x could not be found." (the public not-found page), in the seven languages. */
const NOT_FOUND = /could not be found|konnte nicht gefunden|introuvable|n'a pu être trouvé|no se ha encontrado|no se encontr|não foi encontrad|niet gevonden|non è stat[oa] trovat/i;

const BLOCK = new Set([
  'div', 'p', 'li', 'ul', 'ol', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'figure', 'figcaption', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'form', 'fieldset', 'blockquote', 'hr', 'pre',
  'address', 'details', 'summary', 'dialog', 'button',
]);
/** Never part of what a person reads as the profile: scripts, closed dialogs, other members beside it. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'dialog', 'aside', 'form', 'select', 'textarea', 'input', 'code']);

export interface Line {
  el: Element;
  text: string;
  /** Heading level of the nearest h1–h6 ancestor-or-self, 0 when none. */
  heading: number;
  /** Inside a button or an element with role=button: an action, not content. */
  control: boolean;
  /** The line's element children when it is made of several, side by side ("Master's degree", "Physics"). */
  parts: { el: Element; text: string }[];
}

function skipped(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  const role = attr(el, 'role');
  if (role === 'dialog' || role === 'alertdialog' || attr(el, 'aria-modal') === 'true') return true;
  const cls = attr(el, 'class');
  return cls !== null && /(?:^|\s)(?:visually-hidden|a11y-text|sr-only)(?:\s|$)/.test(cls);
}

/**
 * The text lines under `root` in document order: each element with text and no block-level
 * descendant is one line, as a person sees it on screen.
 */
export function readLines(root: Element): Line[] {
  const blocky = new Set<Element>();
  const mark = (el: Element): boolean => {
    let has = false;
    for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
      if (skipped(c)) continue;
      if (mark(c) || BLOCK.has(c.localName)) has = true;
    }
    if (has) blocky.add(el);
    return has;
  };
  mark(root);
  const out: Line[] = [];
  const walk = (el: Element, heading: number, control: boolean): void => {
    const tag = el.localName;
    const h = /^h[1-6]$/.test(tag) ? Number(tag[1]) : heading;
    const ctl = control || isControl(el);
    if (!blocky.has(el)) {
      const text = textWithout(el, ctl ? skipped : (e) => skipped(e) || isControl(e));
      if (text !== '') out.push({ el, text, heading: h, control: ctl, parts: partsOf(el) });
      return;
    }
    for (let c = el.firstChild; c !== null; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = (c.nodeValue ?? '').replace(/\s+/g, ' ').trim();
        if (t !== '') out.push({ el, text: t, heading: h, control: ctl, parts: [] });
      } else if (c.nodeType === 1 && !skipped(c as Element)) walk(c as Element, h, ctl);
    }
  };
  walk(root, 0, false);
  return out;
}

function partsOf(el: Element): { el: Element; text: string }[] {
  const parts: { el: Element; text: string }[] = [];
  for (let c = el.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if ((c.nodeValue ?? '').trim() !== '') return [];
    } else if (c.nodeType === 1 && !skipped(c as Element) && !isHiddenTwin(c as Element)) {
      const t = textOf(c as Element);
      if (t !== '') parts.push({ el: c as Element, text: t });
    }
  }
  return parts.length > 1 ? parts : [];
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/&amp;/g, '&').trim();
}

export function sectionPart(heading: string): Part | null {
  const t = norm(heading);
  for (const [part, words] of Object.entries(SECTION_WORDS) as [Part, readonly string[]][]) if (words.includes(t)) return part;
  return null;
}

/** "Experience | Austin O'Boyle | LinkedIn" → the section a details or activity page is about. */
function titleParts(doc: Document): { name: string | null; part: Part | null } {
  const title = readPageTitle(doc);
  if (!title) return { name: null, part: null };
  const segs = title.split(/\s+\|\s+/).map((s) => s.trim()).filter(Boolean);
  if (segs.length >= 2) {
    const part = sectionPart(segs[0] ?? '');
    if (part) return { name: segs[1] ?? null, part };
  }
  return { name: segs.length === 1 ? (segs[0] ?? null) : null, part: null };
}

function ancestorOrSelf(el: Element, test: (e: Element) => boolean, stop: Element | null = null): Element | null {
  for (let p: Element | null = el; p !== null && p !== stop; p = p.parentElement) if (test(p)) return p;
  return null;
}

/** What kind of page this is, read from its text alone; null when it does not look like LinkedIn's. */
export function detectByText(doc: Document, url: string | null): PageKind | null {
  const path = (() => {
    try {
      return url ? new URL(url, 'https://www.linkedin.com').pathname : '';
    } catch {
      return '';
    }
  })();
  const body = doc.body;
  if (!body) return null;
  for (const h of queryAll(body, 'h1')) if (NOT_FOUND.test(textOf(h))) return 'private';
  const { name, part } = titleParts(doc);
  if (/\/recent-activity\//.test(path) || part === 'activity') return name ? 'activity' : null;
  const details = /\/details\/([a-z]+)/.exec(path)?.[1] ?? (part && part !== 'about' ? part : null);
  if (details === 'experience' || details === 'education' || details === 'certifications' || details === 'skills') return `details-${details}`;
  if (/^\/in\/[^/]+\/?$/.test(path)) return 'profile';
  return findName(doc, [], readPageTitle(doc)) !== null ? 'profile' : null;
}

interface NameFound {
  el: Element;
  text: string;
}

/**
 * The name: a heading whose text is document.title's name ("Jane Doe | LinkedIn"), or starts it
 * ("Jane Doe - Engineer - Acme | LinkedIn" on public pages); else the first line that is. A page
 * without a title: the h1 of <main>, when the page also has a profile's Contact info link or
 * section headings.
 */
function findName(doc: Document, lines: Line[], title: string | null): NameFound | null {
  const main = queryFirst(doc, 'main');
  const want = title ? norm(title) : null;
  const scopes = main ? [main, doc.body] : [doc.body];
  if (want !== null) {
    for (const scope of scopes) {
      for (const tag of ['h1', 'h2', 'h3']) {
        for (const h of queryAll(scope, tag)) {
          if (ancestorOrSelf(h, skipped)) continue;
          const t = norm(textOf(h));
          if (t !== '' && (t === want || (tag === 'h1' && t.length >= 3 && want.startsWith(`${t} - `)))) return { el: h, text: textOf(h) };
        }
      }
    }
    const line = lines.find((l) => norm(l.text) === want);
    return line ? { el: line.el, text: line.text } : null;
  }
  const h1 = main ? queryAll(main, 'h1').find((h) => !ancestorOrSelf(h, skipped) && textOf(h) !== '') : undefined;
  if (!h1 || !main) return null;
  const profileLike =
    queryFirst(main, 'a[href*="/overlay/contact-info"]') !== null ||
    queryAll(main, 'h2').some((h) => { const p = sectionPart(textOf(h)); return p === 'experience' || p === 'education' || p === 'about'; });
  return profileLike ? { el: h1, text: textOf(h1) } : null;
}

function isPunctuation(t: string): boolean {
  return /^[\s·•|,]*$/.test(t);
}

function readTop(lines: Line[], nameIndex: number, name: NameFound, snap: ProfileSnapshot, elements: ElementMap): void {
  if (snap.name === null) {
    snap.name = name.text;
    elements.set('name', name.el);
  }
  // The top card: the lines after the name, up to a section heading or a main heading outside
  // the name's own <section>. Lines made of side-by-side parts ("Stockholm" "Contact info",
  // "564 followers" "500+ connections") are read part by part.
  const own = ancestorOrSelf(name.el, (e) => e.localName === 'section');
  const card: Line[] = [];
  for (let i = nameIndex + 1; i < lines.length && card.length < 60; i++) {
    const l = lines[i] as Line;
    if (name.el.contains(l.el)) continue;
    if (l.heading > 0 && sectionPart(l.text) !== null) break;
    if (l.heading > 0 && l.heading <= 2 && card.some((c) => !c.control) && !(own && own.contains(l.el))) break;
    if (l.parts.length > 1 && !l.control) for (const p of l.parts) card.push({ ...l, el: p.el, text: p.text, parts: [] });
    else card.push(l);
  }
  const chips = new Set(card.filter((l) => l.control).map((l) => norm(l.text)));
  for (const a of card.map((l) => ancestorOrSelf(l.el, (e) => e.localName === 'a'))) {
    const href = attr(a, 'href') ?? '';
    if (/\/(?:company|school)\//.test(href)) chips.add(norm(textOf(a)));
  }
  const isContactLink = (e: Element): boolean => e.localName === 'a' && /\/overlay\/contact-info/.test(attr(e, 'href') ?? '');
  const contactAt = card.findIndex((l) => ancestorOrSelf(l.el, isContactLink) !== null || queryFirst(l.el, 'a[href*="/overlay/contact-info"]') !== null || CONTACT_WORDS.test(l.text));
  let headlineAt = -1;
  for (let i = 0; i < card.length; i++) {
    const l = card[i] as Line;
    const t = l.text;
    if (l.control || isPunctuation(t) || i === contactAt) continue;
    const count = readCountLine(t);
    if (count) {
      if ('connections' in count) {
        if (snap.connections === null && !elements.has('connections')) elements.set('connections', l.el);
        snap.connections ??= count.connections;
      } else snap.followers ??= count.followers;
      continue;
    }
    // "Followers" over "5,745" (the member card of an activity page).
    if (/^(?:followers?|abonnés|seguidores|volgers|follower)$/i.test(t)) {
      const next = card[i + 1];
      const n = next && /^[\d.,\s]+$/.test(next.text) ? parseCount(next.text) : null;
      if (n !== null) snap.followers ??= n;
      i++;
      continue;
    }
    if (isPronounsLine(t) || isDegreeLine(t)) continue;
    if (norm(t) === norm(name.text)) continue;
    const parts = splitMiddot(t).map(norm);
    if (parts.length > 0 && parts.every((p) => chips.has(p))) continue;
    if (headlineAt < 0 && (contactAt < 0 || i < contactAt)) {
      headlineAt = i;
      if (snap.headline === null) snap.headline = t;
    }
  }
  // The location is the line just before "Contact info" (a lone "·" between them aside), or the
  // rest of the line that holds the link.
  const contactLine = card[contactAt];
  const besideLink = contactLine && !isContactLink(contactLine.el) ? textWithout(contactLine.el, isContactLink).replace(/[\s·•]+$/, '').trim() : '';
  if (besideLink !== '' && !CONTACT_WORDS.test(besideLink) && snap.location === null) snap.location = besideLink;
  if (contactAt > 0 && snap.location === null) {
    let j = contactAt - 1;
    while (j > headlineAt && isPunctuation((card[j] as Line).text)) j--;
    const l = card[j];
    if (l && j > headlineAt && !l.control && readCountLine(l.text) === null && !isPronounsLine(l.text)) {
      const own = l.el.contains((card[contactAt] as Line).el) ? l.text.replace((card[contactAt] as Line).text, '') : l.text;
      const loc = own.replace(/[\s·•]+$/, '').trim();
      if (loc !== '' && !chips.has(norm(loc))) snap.location = loc;
    }
  }
  readPhotoAndBadges(name, snap, elements);
}

/** The photo, open-to-work frame and verification badge beside the name. */
function readPhotoAndBadges(name: NameFound, snap: ProfileSnapshot, elements: ElementMap): void {
  let box: Element | null = name.el;
  let photo: Element | null = null;
  for (let i = 0; i < 12 && box && !photo; i++) {
    box = box.parentElement;
    if (!box || box.localName === 'main' || box.localName === 'body') break;
    photo = queryAll(box, 'img[src*="profile-displayphoto"], img[src*="profile-framedphoto"]').find((img) => !ancestorOrSelf(img, skipped, box)) ?? null;
  }
  if (photo && snap.photo === null) {
    const url = attr(photo, 'src') ?? '';
    snap.hasPhoto = true;
    snap.photo = { url, uploadedAt: mediaUploadDate(url) };
    snap.nameSources.photoAlt ??= attr(photo, 'alt') || null;
    if (snap.kind === 'profile') snap.openToWork ??= OPEN_TO_WORK_FRAME.test(`${attr(photo, 'alt') ?? ''} ${attr(photo, 'title') ?? ''}`);
    if (!elements.has('photo')) elements.set('photo', photo);
  }
  const link = ancestorOrSelf(name.el, (e) => e.localName === 'a');
  if (link && snap.verified === null && snap.kind === 'profile') {
    const labels = [attr(link, 'aria-label'), ...queryAll(link, '[aria-label]').map((e) => attr(e, 'aria-label'))];
    snap.verified = labels.some((l) => l !== null && /verif/i.test(l));
  }
}

interface Section {
  part: Part;
  root: Element;
  heading: Element;
}

/**
 * The sections under their headings: a heading names a part, and the section is its nearest
 * <section> ancestor, or else the largest ancestor that holds no other heading of a part.
 */
function findSections(lines: Line[]): Section[] {
  const heads = lines.filter((l) => l.heading > 0 && !l.control && sectionPart(l.text) !== null);
  const out: Section[] = [];
  for (const h of heads) {
    const part = sectionPart(h.text) as Part;
    if (out.some((s) => s.part === part)) continue;
    const others = heads.filter((o) => o !== h).map((o) => o.el);
    let root: Element = h.el;
    for (let p = h.el.parentElement; p !== null && p.localName !== 'body' && p.localName !== 'main'; p = p.parentElement) {
      if (others.some((o) => p.contains(o))) break;
      root = p;
      if (p.localName === 'section') break;
    }
    out.push({ part, root, heading: h.el });
  }
  return out;
}

const ENTRY_LINKS = /\/(?:company|school)\//;

/** Entries of a list section: its outermost list items, each with its own lines and nested roles. */
/** The section's own list items (not those nested in another item, nor in skipped parts). */
function entryItems(section: Section): Element[] {
  return queryAll(section.root, 'li').filter((li) => !ancestorOrSelf(li.parentElement as Element, (e) => e.localName === 'li', section.root) && !ancestorOrSelf(li, skipped, section.root));
}

function readEntries(section: Section, lines: Line[]): EntityLines[] {
  const inSection = lines.filter((l) => section.root.contains(l.el) && !l.control && !section.heading.contains(l.el));
  const items = entryItems(section);
  const entries: EntityLines[] = [];
  for (const li of items) {
    const e = entryOf(li, inSection);
    if (e.lines.length > 0) entries.push(e);
  }
  // List items are the entries only when they hold every date line: roles listed inside entries
  // that are plain blocks are not entries of their own.
  const outside = inSection.some((l) => isDateLine(l) && !items.some((li) => li.contains(l.el)));
  if (entries.length > 0 && !outside) return entries;
  // No list items: the entries are what the date-range lines are grouped in.
  return entriesByDates(section.root, section.heading, inSection);
}

function isDateLine(l: Line): boolean {
  return parseDateRange(lineTextForEntry(l)) !== null;
}

function commonAncestor(els: Element[]): Element | null {
  let common: Element | null = els[0] ?? null;
  for (const el of els) while (common && !common.contains(el)) common = common.parentElement;
  return common;
}

/**
 * Entries without list markup: the children of the smallest element that holds every date line,
 * one entry each. A child with several date lines is a company group: its roles are found the
 * same way inside it, and its other lines are the group's header. One date line: the entry is the
 * largest block around it that does not hold the section's heading.
 */
function entriesByDates(root: Element, heading: Element | null, lines: Line[]): EntityLines[] {
  const mine = lines.filter((l) => root.contains(l.el));
  const dated = mine.filter(isDateLine);
  if (dated.length === 0) return [];
  let blocks: Element[];
  if (dated.length === 1) {
    let el = (dated[0] as Line).el;
    while (el.parentElement && el.parentElement !== root && !(heading && el.parentElement.contains(heading))) el = el.parentElement;
    blocks = [el];
  } else {
    const common = commonAncestor(dated.map((d) => d.el)) as Element;
    blocks = [];
    for (let c = common.firstElementChild; c !== null; c = c.nextElementSibling) if (mine.some((l) => c.contains(l.el) && !(heading && c.contains(heading)))) blocks.push(c);
  }
  const out: EntityLines[] = [];
  for (const block of blocks) {
    const inBlock = mine.filter((l) => block.contains(l.el));
    const roles = inBlock.filter(isDateLine).length > 1 ? entriesByDates(block, null, inBlock) : [];
    const e = entryOf(block, inBlock.filter((l) => !roles.some((r) => r.el.contains(l.el))));
    e.children = roles;
    if (roles.length > 0) e.description = null;
    if (e.lines.length > 0) out.push(e);
  }
  return out;
}

function lineTextForEntry(l: Line): string {
  // A date line built of <time> elements ("<time>Jul 2021</time> - Present <span>2 years 9
  // months</span>") reads as "Jul 2021 - Present · 2 years 9 months".
  const time = queryFirst(l.el, 'time');
  const holder = time?.parentElement;
  if (!time || !holder) return l.text;
  let dur: Element | null = null;
  for (let c = holder.lastElementChild; c !== null; c = c.previousElementSibling) {
    if (c.localName === 'time') break;
    if (parseDurationMonths(textOf(c)) !== null) {
      dur = c;
      break;
    }
  }
  const range = textWithout(holder, (e) => e === dur);
  return dur ? `${range} · ${textOf(dur)}` : range;
}

/** "On-call lead for the card-processing stack.": a sentence (mostly lower-case words, a full stop), not a place ("Sir Oliver Mowat C.I."). */
function isSentence(t: string): boolean {
  if (!/[.!?]$/.test(t) || parseDateRange(t) !== null || firstMonthYear(t) !== null) return false;
  const words = t.split(/\s+/);
  return words.length >= 4 && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 >= words.length;
}

function entryOf(item: Element, lines: Line[]): EntityLines {
  const nested = queryAll(item, 'li').filter((li) => ancestorOrSelf(li.parentElement as Element, (e) => e.localName === 'li', item) === null);
  const inNested = (l: Line): boolean => nested.some((n) => n.contains(l.el));
  const own = lines.filter((l) => item.contains(l.el) && !inNested(l));
  const children: EntityLines[] = [];
  let description: string | null = null;
  for (const n of nested) {
    const child = entryOf(n, lines);
    // A wrapper item around the list of a group's roles (2022): its roles are the group's.
    if (child.lines.length === 0) {
      children.push(...child.children);
      continue;
    }
    if (child.lines.slice(1).some((t) => parseDateRange(t) !== null)) children.push(child);
    else if (description === null && child.children.length === 0) {
      const t = child.lines.join(' ');
      if (t.length >= 40 && !/\+\d+ skills?$|skills$/i.test(t)) description = t;
    }
  }
  const orgLink = queryAll(item, 'a[href]').find((a) => ENTRY_LINKS.test(attr(a, 'href') ?? '') && !nested.some((n) => n.contains(a)));
  const logo = queryAll(item, 'img[alt]').find((img) => !nested.some((n) => n.contains(img)));
  const texts: string[] = [];
  for (const l of own) {
    const t = lineTextForEntry(l);
    // A long line, or a sentence, is the entry's description, never its place or company.
    if (t.length > 150 || (texts.length > 0 && isSentence(t))) {
      description ??= t;
      continue;
    }
    if (l.parts.length >= 2 && !/[·•]/.test(t) && parseDateRange(t) === null && texts.length > 0) {
      // "Master's degree" "Physics" "9.7 of 10": a degree and its field, shown side by side.
      texts.push(`${l.parts[0]?.text}, ${l.parts[1]?.text}`);
      continue;
    }
    if (!isPunctuation(t)) texts.push(t);
  }
  return {
    el: item,
    lines: texts,
    children,
    orgUrl: orgLink ? cleanLinkedInUrl(attr(orgLink, 'href')) : null,
    orgName: nameFromLogoAlt(attr(logo, 'alt')?.replace(/\s+Graphic$/, ' logo')),
    description,
  };
}

/** "Show all 12 experiences" (a link to /details/<part>/ or a line saying so). */
function showAll(section: Section, part: string): { link: boolean; total: number | null } {
  const a = queryAll(section.root, 'a[href]').find((x) => new RegExp(`/details/${part}`).test(attr(x, 'href') ?? ''));
  return a ? { link: true, total: parseCount(textOf(a)) } : { link: false, total: null };
}

/**
 * Reads `doc` by its text into `snap`, filling only what is still empty. `kind` is what the page
 * is (detectByText or a layout's detection).
 */
export function readByText(doc: Document, snap: ProfileSnapshot, elements: ElementMap): void {
  const body = doc.body;
  if (!body) return;
  // The profile is in <main>; the whole body only when the name is not (a details page's member card).
  const main = queryFirst(doc, 'main');
  const title = titleParts(doc).name ?? readPageTitle(doc);
  let lines = readLines(main ?? body);
  let name = findName(doc, lines, title);
  if (main && (name === null || !main.contains(name.el))) {
    lines = readLines(body);
    name = findName(doc, lines, title);
  }
  if (name) {
    const at = lines.findIndex((l) => name.el.contains(l.el) || l.el.contains(name.el));
    readTop(lines, at < 0 ? -1 : at, name, snap, elements);
  }
  if (snap.slug === null) {
    // The profile's own links: its contact overlay, details pages, activity, or the name's link.
    const own = queryAll(body, 'a[href*="/in/"]').find((a) => /\/in\/[^/]+\/(?:overlay\/contact-info|details\/|recent-activity\/|overlay\/about-this-profile)/.test(attr(a, 'href') ?? ''));
    const nameLink = name ? ancestorOrSelf(name.el, (e) => e.localName === 'a') : null;
    const slug = slugFromHref(attr(own ?? nameLink, 'href'));
    if (slug) {
      snap.slug = slug;
      snap.profileUrl = `https://www.linkedin.com/in/${slug}/`;
    }
  }

  const listKind = snap.kind.startsWith('details-') ? snap.kind.slice('details-'.length) : null;
  for (const section of findSections(lines)) {
    const part = section.part;
    if (part === 'about') {
      if (snap.about === null && snap.kind === 'profile') {
        const text = lines.filter((l) => section.root.contains(l.el) && !l.control && !section.heading.contains(l.el)).map((l) => l.text).join(' ').trim();
        if (text !== '') {
          snap.about = text;
          elements.set('about', section.root);
        }
      }
      continue;
    }
    if (part === 'activity') {
      if (!snap.coverage.activity.seen) {
        elements.set('activity', section.root);
        for (const l of lines) {
          if (!section.root.contains(l.el) || queryFirst(section.root, 'li') && ancestorOrSelf(l.el, (e) => e.localName === 'li', section.root)) continue;
          const c = readCountLine(l.text);
          if (c && 'followers' in c) {
            snap.followers ??= c.followers;
            break;
          }
        }
        readActivityItems(section.root, snap, elements);
        snap.coverage.activity = { seen: true, shown: snap.activity.length, total: null };
      }
      continue;
    }
    // A part a layout reader read in part (some entries it could not read) stays "could not be
    // read": reading it again here would count its entries twice.
    if (snap.coverage[part].seen || snap[part].length > 0) continue;
    if (listKind !== null && listKind !== part) continue;
    const entries = readEntries(section, lines);
    const more = listKind ? { link: false, total: null } : showAll(section, part);
    // List items left without a word beside items that have some: an entry (or a role inside a
    // company's entry) a person sees as there that holds nothing to read. A nested item with a
    // picture and no words is a media thumbnail, not a role.
    const top = new Set(entryItems(section));
    const blank = (li: Element): boolean => textOf(li) === '' && (top.has(li) || !queryFirst(li, 'img, figure, svg')) && childElements(li.parentElement as Element).some((s) => s !== li && textOf(s) !== '');
    const unread = queryAll(section.root, 'li').filter((li) => !ancestorOrSelf(li, skipped, section.root) && blank(li)).length;
    if (part === 'experience') {
      for (const { position, el } of readPositions(entries, snap.experience.length)) {
        if (position.title === '' || (position.start === null && position.dates === null)) continue;
        snap.experience.push(position);
        elements.set(position.ref, el);
      }
      snap.experienceShownAll = !more.link;
      snap.experienceTotal = more.total;
    } else if (part === 'education') {
      for (const e of entries) {
        const ed = readEducation(e, snap.education.length);
        if (ed) {
          snap.education.push(ed);
          elements.set(ed.ref, e.el);
        }
      }
    } else if (part === 'certifications') {
      for (const e of entries) {
        const c = readCertification(e, snap.certifications.length);
        if (c) {
          snap.certifications.push(c);
          elements.set(c.ref, e.el);
        }
      }
    } else {
      for (const e of entries) {
        const s = readSkill(e);
        if (s) snap.skills.push(s);
      }
    }
    const shown = part === 'experience' ? snap.experience.length : part === 'education' ? snap.education.length : part === 'certifications' ? snap.certifications.length : snap.skills.length;
    snap.coverage[part] = listCoverage(shown, more, unread);
  }
  // An activity page is one list of posts under "All activity".
  if (snap.kind === 'activity' && !snap.coverage.activity.seen) {
    readActivityItems(queryFirst(doc, 'main') ?? body, snap, elements);
    snap.coverage.activity = { seen: true, shown: snap.activity.length, total: null };
  }
}
