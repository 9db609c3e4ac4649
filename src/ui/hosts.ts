// The small host elements that carry Telltale's shadow roots. One host per anchor, found again by
// its role and key on every render, so re-runs of the content script (lazy sections, in-app
// navigation, re-renders by the page) update what is there instead of adding a second copy.
// Hosts are inserted beside the page's element, never replacing or wrapping it.
//
// Each host's shadow root is closed and made here, in the content script's isolated world; the
// roots are kept in this module's WeakMap, which the page's scripts cannot reach. The page can see
// that a host exists and where (its tag, role and key are not findings), never what it says, and it
// cannot reach the buttons to press them. A host this module did not make (the early script's
// placeholder, a copy the page cloned, an element the page wrote) has no root here: it is replaced.
import { render } from 'preact';
import { HOST_ATTR, KEY_ATTR } from './host-names.ts';

export { HOST_ATTR, KEY_ATTR };

export type Role = 'pill' | 'badge' | 'panel';

/**
 * after: the next sibling of an inline anchor (the name, a phone number), after any Telltale host
 *   already there; before: the previous sibling of a block anchor laid out as a row (a flex entry);
 * prepend: the first child of a block anchor (a list entry, a section); fixed/body: appended to
 *   <body>, positioned by the host's own CSS.
 */
export type Placement = 'after' | 'before' | 'prepend' | 'fixed' | 'body';

export interface HostSpec {
  role: Role;
  key: string;
  anchor: Element | null;
  placement: Placement;
}

const TAG: Record<Role, string> = { pill: 'telltale-pill', badge: 'telltale-badge', panel: 'telltale-panel' };

/** The closed roots this content script made, by host. */
const roots = new WeakMap<Element, ShadowRoot>();

/** The closed shadow root of a host this module made; null for any other element. */
export function rootOf(host: Element | null | undefined): ShadowRoot | null {
  return (host && roots.get(host)) ?? null;
}

function makeHost(doc: Document, spec: HostSpec): HTMLElement {
  const host = doc.createElement(TAG[spec.role]);
  host.setAttribute(HOST_ATTR, spec.role);
  host.setAttribute(KEY_ATTR, spec.key);
  const root = host.attachShadow({ mode: 'closed' });
  // Keys typed in our fields stop at our root: the page's shortcuts and its ordinary (bubbling)
  // listeners do not get them. A listener the page puts on window in the capture phase still
  // does; docs/ui.md says so.
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input']) root.addEventListener(type, (event) => event.stopPropagation());
  roots.set(host, root);
  return host;
}

const isOwnHost = (el: Element | null): el is HTMLElement => !!el && el.hasAttribute(HOST_ATTR);

export function findHosts(doc: Document, role?: Role, key?: string): HTMLElement[] {
  const sel = role ? `[${HOST_ATTR}="${role}"]` : `[${HOST_ATTR}]`;
  return [...doc.querySelectorAll<HTMLElement>(sel)].filter((h) => key === undefined || h.getAttribute(KEY_ATTR) === key);
}

/** Where a badge goes for an element the page gave us: beside inline things, inside or before blocks. */
export function placementFor(ref: string, el: Element, view: Window | null): { anchor: Element; placement: Placement } {
  if (ref === 'name') return { anchor: el, placement: 'after' };
  const block = /^(LI|SECTION|ARTICLE|DIV|UL|OL|DL|TABLE|MAIN|ASIDE|HEADER|FOOTER|FIELDSET)$/.test(el.tagName);
  if (!block) {
    // A button must not end up inside another button or link: go past the interactive ancestor.
    const interactive = el.closest('a, button');
    return { anchor: interactive ?? el, placement: 'after' };
  }
  if (/^(UL|OL|DL|TABLE)$/.test(el.tagName)) return { anchor: el, placement: 'before' };
  // A section (the activity card): beside its heading, where the eye reads what the section is.
  const heading = el.tagName === 'SECTION' ? el.querySelector('h2, h3') : null;
  if (heading && !heading.closest('a, button')) return { anchor: heading, placement: 'after' };
  const style = typeof view?.getComputedStyle === 'function' ? view.getComputedStyle(el) : null;
  const display = style?.display ?? '';
  const direction = style?.flexDirection ?? '';
  const rowLayout = (/flex/.test(display) && !/column/.test(direction)) || /grid/.test(display);
  const inList = /^(UL|OL)$/.test(el.parentElement?.tagName ?? '');
  if (rowLayout && !inList) return { anchor: el, placement: 'before' };
  return { anchor: el, placement: 'prepend' };
}

function inPlace(host: Element, spec: HostSpec, doc: Document): boolean {
  const { anchor, placement } = spec;
  if (!host.isConnected) return false;
  switch (placement) {
    case 'fixed':
    case 'body':
      return host.parentElement === doc.body;
    case 'after': {
      let prev = host.previousElementSibling;
      while (isOwnHost(prev)) prev = prev.previousElementSibling;
      return prev === anchor;
    }
    case 'before': {
      let next = host.nextElementSibling;
      while (isOwnHost(next)) next = next.nextElementSibling;
      return next === anchor;
    }
    case 'prepend': {
      if (host.parentElement !== anchor) return false;
      let prev = host.previousElementSibling;
      while (isOwnHost(prev)) prev = prev.previousElementSibling;
      return prev === null;
    }
  }
}

function insert(host: HTMLElement, spec: HostSpec, doc: Document): void {
  const { anchor, placement } = spec;
  if (placement === 'fixed' || placement === 'body' || !anchor) {
    doc.body.append(host);
    return;
  }
  if (placement === 'after') {
    // After the anchor and any Telltale host already beside it (the pill comes before badges).
    let ref: Element = anchor;
    while (isOwnHost(ref.nextElementSibling) && ref.nextElementSibling !== host) ref = ref.nextElementSibling;
    ref.after(host);
  } else if (placement === 'before') {
    anchor.before(host);
  } else {
    let ref: Element | null = anchor.firstElementChild;
    while (isOwnHost(ref) && ref !== host) ref = ref.nextElementSibling;
    if (ref && ref !== host) ref.before(host);
    else if (!ref) anchor.append(host);
  }
}

/** The host of a role and key, reused when it exists (moved back if the page moved it), else made. */
export function ensureHost(doc: Document, spec: HostSpec, theme: string): ShadowRoot {
  const existing = findHosts(doc, spec.role, spec.key);
  // Two hosts with one key can only come from the page cloning our nodes: keep ours.
  let host = existing.find((h) => roots.has(h)) ?? existing[0];
  for (const extra of existing) if (extra !== host) removeHost(extra);
  if (!host || !roots.has(host)) {
    const made = makeHost(doc, spec);
    // The early script's placeholder pill (or a host we did not make): the new host takes its place,
    // so the page never shows two pills.
    if (host) {
      if (host.isConnected) host.replaceWith(made);
      removeHost(host);
    }
    host = made;
  }
  if (host.getAttribute('data-placement') !== spec.placement) host.setAttribute('data-placement', spec.placement);
  if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
  if (!inPlace(host, spec, doc)) insert(host, spec, doc);
  return roots.get(host)!;
}

/** Removes every Telltale host whose role/key is not in `keep` ("role:key"). */
export function removeHostsExcept(doc: Document, keep: ReadonlySet<string>): void {
  for (const host of findHosts(doc)) {
    if (!keep.has(`${host.getAttribute(HOST_ATTR)}:${host.getAttribute(KEY_ATTR)}`)) removeHost(host);
  }
}

/** Unmounts the host's components (their effects end) and takes the host out of the page. */
export function removeHost(host: Element): void {
  const root = roots.get(host);
  if (root) render(null, root);
  roots.delete(host);
  host.remove();
}
