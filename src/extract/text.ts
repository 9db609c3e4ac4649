// Visible text of page elements, the way a person reads it: whitespace collapsed, <br> as one
// space, and the empty `white-space-pre` spans that minified LinkedIn pages use between inline
// elements ("Surendra Thota<span class=white-space-pre></span>posted this") read as a space.
// Only standard DOM (textContent, childNodes), so the same code runs in the browser and linkedom.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function collect(node: Node, out: string[], skip?: (el: Element) => boolean): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.push(child.nodeValue ?? '');
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const tag = el.localName;
      if (tag === 'br') {
        out.push(' ');
        continue;
      }
      if (tag === 'script' || tag === 'style' || tag === 'template') continue;
      // The screen-reader copy LinkedIn puts beside visible text; never part of what is seen.
      const cls = attr(el, 'class');
      if (cls !== null && /(?:^|\s)(?:visually-hidden|a11y-text|sr-only)(?:\s|$)/.test(cls)) continue;
      if (cls !== null && /(?:^|\s)white-space-pre(?:\s|$)/.test(cls)) out.push(' ');
      if (skip && skip(el)) continue;
      if (isHiddenTwin(el)) continue;
      collect(el, out, skip);
    }
  }
}

/**
 * The 2026 layout writes a text twice side by side, for screen readers and for the eye
 * (`<span>1 comment</span><span aria-hidden="true">1 comment</span>`), telling them apart only by
 * hashed classes: the aria-hidden twin of its neighbour is read once.
 */
export function isHiddenTwin(el: Element): boolean {
  if (el.getAttribute('aria-hidden') !== 'true') return false;
  const own = (el.textContent ?? '').trim();
  if (own === '') return false;
  for (const sib of [el.previousElementSibling, el.nextElementSibling]) {
    if (sib && sib.getAttribute('aria-hidden') !== 'true' && (sib.textContent ?? '').trim() === own) return true;
  }
  return false;
}

/** Visible text of an element, collapsed; '' when there is none. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const out: string[] = [];
  collect(el, out);
  return collapse(out.join(''));
}

/** A button or form control: its text ("… more", "Connect") is an action, not profile content. */
export function isControl(el: Element): boolean {
  const tag = el.localName;
  return tag === 'button' || tag === 'input' || tag === 'select' || tag === 'textarea' || attr(el, 'role') === 'button';
}

/** Visible text without what buttons say ("…see more", "… more"): the content a person reads. */
export function contentText(el: Element | null | undefined): string {
  return textWithout(el, isControl);
}

/** Visible text without the elements `skip` names (and what is inside them). */
export function textWithout(el: Element | null | undefined, skip: (el: Element) => boolean): string {
  if (!el) return '';
  const out: string[] = [];
  collect(el, out, skip);
  return collapse(out.join(''));
}

/** Visible text or null when empty. */
export function textOrNull(el: Element | null | undefined): string | null {
  const t = textOf(el);
  return t === '' ? null : t;
}

export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** First N Unicode code points (not UTF-16 units: an emoji counts once). */
export function firstCodePoints(s: string, n: number): string {
  return Array.from(s).slice(0, n).join('');
}

/** "1,264" / "1.264" / "1 264" → 1264; null when there is no number. */
export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /(\d[\d,.\s\u00a0\u202f]*)/.exec(text);
  if (!m) return null;
  const digits = (m[1] ?? '').replace(/[^\d]/g, '');
  if (digits === '' || digits.length > 12) return null;
  return Number(digits);
}

/** Safe querySelector: a bad selector or a detached node never throws. */
export function queryFirst(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function queryAll(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function attr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  try {
    // linkedom serves getAttribute('class') through a DOMTokenList (5x slower than the node);
    // browsers answer both equally fast.
    if (name === 'class') {
      const node = el.getAttributeNode('class');
      return node ? node.value : null;
    }
    return el.getAttribute(name);
  } catch {
    return null;
  }
}

export function hasClass(el: Element | null | undefined, name: string): boolean {
  const cls = attr(el, 'class');
  if (!cls) return false;
  return (' ' + cls + ' ').includes(' ' + name + ' ');
}

/** Element children, in order (linkedom and browsers both have `children`, but be defensive). */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c !== null; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  return out;
}

/** Normalises a LinkedIn URL ("https://se.linkedin.com/in/x?trk=…" → "https://www.linkedin.com/in/x/"). */
export function profileUrlFromSlug(slug: string | null): string | null {
  return slug ? `https://www.linkedin.com/in/${slug}/` : null;
}

/** The vanity name in a /in/<slug>/ link, decoded; null for ids like ACoAA… member URNs. */
export function slugFromHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const m = /\/in\/([^/?#]+)/.exec(href);
  if (!m || !m[1]) return null;
  let slug = m[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    /* keep as is */
  }
  if (/^ACoA[A-Za-z0-9_-]{20,}$/.test(slug)) return null;
  return slug;
}

/** Strips tracking query strings from a company/school link; null when it is not a LinkedIn page. */
export function cleanLinkedInUrl(href: string | null | undefined, kinds: RegExp = /\/(?:company|school)\//): string | null {
  if (!href) return null;
  if (!kinds.test(href)) return null;
  const m = /^(?:https?:\/\/[a-z.]*linkedin\.com)?(\/[^?#]*)/.exec(href);
  if (!m || !m[1]) return null;
  return 'https://www.linkedin.com' + m[1];
}

/**
 * The nearest ancestor (from el's parent up, not el itself) passing `test`, stopping before
 * `stop`. A plain parent walk: linkedom's closest() re-parses the selector at every level.
 */
export function ancestorWhere(el: Element, test: (e: Element) => boolean, stop: Element | null = null): Element | null {
  for (let p = el.parentElement; p !== null && p !== stop; p = p.parentElement) if (test(p)) return p;
  return null;
}

/** The nearest ancestor-or-self with one of the tag names (lower case). */
export function closestTag(el: Element, tags: readonly string[], stop: Element | null = null): Element | null {
  for (let p: Element | null = el; p !== null && p !== stop; p = p.parentElement) {
    if (tags.includes(p.tagName.toLowerCase())) return p;
  }
  return null;
}
