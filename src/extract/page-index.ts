// One pass over the document that notes the markers page detection needs (which layout, which
// page kind), the open dialogs and the capture-time stamps. Without it, detection asks a dozen
// "is there any X?" questions, and each absent X is a full-document scan; on a 3,000-element
// profile that cost more than reading the profile itself.
import { attr } from './text.ts';

/** Section anchor ids of the Ember layouts (<div id="experience" class="pv-profile-card__anchor">). */
const ANCHOR_IDS = new Set(['about', 'experience', 'education', 'licenses_and_certifications', 'skills', 'content_collections', 'recent_activity']);

export interface PageIndex {
  sdui: boolean;
  pageNotFound: boolean;
  guestTopCard: boolean;
  guestSections: boolean;
  memberSection: boolean;
  pvTopCard: boolean;
  recentActivityCard: boolean;
  emberEntity: boolean;
  pvsEntity: boolean;
  headingXlarge: boolean;
  experienceAnchor: boolean;
  /** id of the first paged-list item (details pages: "…-EXPERIENCE-…"). */
  pagedListId: string | null;
  dialogs: Element[];
  /** src attributes carrying rticks= or _t= render stamps. */
  stampSrcs: string[];
  metaRefresh: boolean;
  loginForm: boolean;
  h1: boolean;
  main: boolean;
  /** sdui details pages: "experience" from data-testid="profile_ExperienceDetailsSection_…". */
  sduiDetails: string | null;
  /** Section anchors by id (first of each). */
  anchors: Map<string, Element>;
  /** <meta name="pageKey"> content ("public_profile_v3_desktop" on public pages). */
  pageKey: string | null;
}

/**
 * `how`: 'auto' picks native selectors in browsers and the walk under linkedom; tests force each
 * to check they agree.
 */
export function indexPage(doc: Document, how: 'auto' | 'selectors' | 'walk' = 'auto'): PageIndex {
  const idx: PageIndex = {
    sdui: false, pageNotFound: false, guestTopCard: false, guestSections: false, memberSection: false,
    pvTopCard: false, recentActivityCard: false, emberEntity: false, pvsEntity: false, headingXlarge: false,
    experienceAnchor: false, pagedListId: null, dialogs: [], stampSrcs: [], metaRefresh: false, loginForm: false,
    h1: false, main: false, pageKey: null, anchors: new Map(), sduiDetails: null,
  };
  try {
    if (how === 'selectors' || (how === 'auto' && hasNativeSelectors(doc))) {
      // Browsers: one native selector pass finds every candidate (a few hundred elements).
      const found = doc.querySelectorAll(CANDIDATES);
      for (let i = 0; i < found.length; i++) noteElement(found[i] as Element, idx);
    } else {
      // linkedom (tests, CLI) answers selectors in JavaScript, ~25 ms for the list above on a
      // large page; a parent/sibling walk looking at every element is a third of that.
      const visit = (el: Element): void => {
        noteElement(el, idx);
        for (let c = el.firstChild; c !== null; c = c.nextSibling) if (c.nodeType === 1) visit(c as Element);
      };
      if (doc.documentElement) visit(doc.documentElement);
    }
  } catch {
    /* a damaged tree: keep what was noted */
  }
  return idx;
}

/**
 * Every element noteElement() can learn something from. Substring class matches mirror its
 * `includes` tests, so both paths note the same things.
 */
const CANDIDATES = [
  '[componentkey]', '[data-testid^="profile_"]', '[data-sdui-component]', '[data-sdui-screen]', '[role="dialog"]', '[data-view-name="profile-component-entity"]',
  '[class*="page-not-found"]', '[class*="top-card-layout"]', '[class*="pv-top-card"]', '[class*="pvs-entity"]',
  '[class*="pvs-list"]', '[class*="text-heading-xlarge"]', '[class*="artdeco-modal"]',
  '#recent-activity-top-card', ...[...ANCHOR_IDS].map((id) => `#${id}`), 'li[id^="profilePagedListComponent"]',
  'section[data-member-id]', 'section[data-section]', 'iframe[src]', 'img[src*="_t="]', 'img[src*="rticks="]',
  'meta[http-equiv]', 'meta[name="pageKey"]', 'form[action]', 'h1', 'main', 'dialog',
].join(', ');

/** True in browsers (native DOM); false under linkedom, whose methods are JavaScript. */
function hasNativeSelectors(doc: Document): boolean {
  try {
    return /\[native code\]/.test(Function.prototype.toString.call(doc.querySelectorAll));
  } catch {
    return false;
  }
}

function noteElement(el: Element, idx: PageIndex): void {
  const tag = el.localName || '';
  const cls = attr(el, 'class') ?? '';
  const key = attr(el, 'componentkey');
  if (key !== null && (/top_?card$|TopLevelSection$/i.test(key) || key.startsWith('entity-collection-item'))) idx.sdui = true;
  const testId = attr(el, 'data-testid');
  if (testId !== null && testId.startsWith('profile_')) {
    const m = /^profile_([A-Za-z]+?)(TopLevelSection|DetailsSection)_/.exec(testId);
    if (m) {
      idx.sdui = true;
      if (m[2] === 'DetailsSection' && idx.sduiDetails === null) idx.sduiDetails = (m[1] ?? '').toLowerCase();
    }
  }
  if (cls !== '') {
    if (cls.includes('page-not-found')) idx.pageNotFound = true;
    if (cls.includes('top-card-layout')) idx.guestTopCard = true;
    if (cls.includes('pv-top-card')) idx.pvTopCard = true;
    if (cls.includes('pvs-entity') || cls.includes('pvs-list')) idx.pvsEntity = true;
    if (cls.includes('text-heading-xlarge')) idx.headingXlarge = true;
    if (cls.includes('artdeco-modal') && !cls.includes('artdeco-modal-') && !cls.includes('artdeco-modal__')) idx.dialogs.push(el);
  }
  if (attr(el, 'role') === 'dialog' && !idx.dialogs.includes(el)) idx.dialogs.push(el);
  // The 2026 layout's overlays are native <dialog>s: an open one, or one whose screen key names a
  // profile overlay (closed ad menus are <dialog>s too, and stay out).
  if (tag === 'dialog' && !idx.dialogs.includes(el) && (el.hasAttribute('open') || /Profile\w*Overlay$/.test(attr(el, 'data-sdui-screen') ?? ''))) idx.dialogs.push(el);
  // The 2026 web app marks its server-driven components and screens.
  if (attr(el, 'data-sdui-component') !== null || (tag !== 'dialog' && attr(el, 'data-sdui-screen') !== null)) idx.sdui = true;
  if (key !== null && key.startsWith('com.linkedin.sdui.profile.')) {
    idx.sdui = true;
    if (idx.sduiDetails === null && key.startsWith('com.linkedin.sdui.profile.skill(')) idx.sduiDetails = 'skills';
  }
  if (attr(el, 'data-view-name') === 'profile-component-entity') idx.emberEntity = true;
  const id = attr(el, 'id');
  if (id !== null) {
    if (ANCHOR_IDS.has(id) && !idx.anchors.has(id)) idx.anchors.set(id, el);
    if (id === 'recent-activity-top-card') idx.recentActivityCard = true;
    else if (id === 'experience' && /pv-profile-card[_-]{1,2}anchor/.test(cls)) idx.experienceAnchor = true;
    else if (idx.pagedListId === null && tag === 'li' && id.startsWith('profilePagedListComponent')) idx.pagedListId = id;
  }
  switch (tag) {
    case 'section':
      if (attr(el, 'data-member-id') !== null) idx.memberSection = true;
      if (attr(el, 'data-section') !== null) idx.guestSections = true;
      break;
    case 'iframe':
    case 'img': {
      const src = attr(el, 'src');
      if (src !== null && (src.includes('rticks=') || src.includes('_t='))) idx.stampSrcs.push(src);
      break;
    }
    case 'meta':
      if ((attr(el, 'http-equiv') ?? '').toLowerCase() === 'refresh') idx.metaRefresh = true;
      if (attr(el, 'name') === 'pageKey') idx.pageKey = attr(el, 'content');
      break;
    case 'form':
      if (/login|uas\//.test(attr(el, 'action') ?? '')) idx.loginForm = true;
      break;
    case 'h1':
      idx.h1 = true;
      break;
    case 'main':
      idx.main = true;
      break;
  }
}
