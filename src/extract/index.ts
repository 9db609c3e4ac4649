// Entry point of the page readers: recognise what a LinkedIn page is (kind and markup
// generation) and hand it to the one reader for that layout. The same code runs in the content
// script and in Node (tests, `telltale scan`), so it uses only standard DOM calls, and it never
// throws: whatever goes wrong becomes a NotAProfile with a reason.
import { t } from '../i18n.ts';
import type { Layout, NotAProfile, PageKind, ProfileSnapshot } from '../model.ts';
import { emberLayout, readEmberActivityPage, readEmberDetails, readEmberProfile } from './ember.ts';
import { readGuestProfile } from './guest.ts';
import { readOverlays } from './overlays.ts';
import { indexPage, type PageIndex } from './page-index.ts';
import {
  type ElementMap,
  emptySnapshot,
  readCanonicalSlug,
  readCapturedAround,
  readLocale,
  readPageTitle,
} from './snapshot.ts';
import { readByText, detectByText } from './by-text.ts';
import { readSduiProfile } from './sdui.ts';
import { settleCoverage, type ListPart } from './coverage-rule.ts';
import { queryAll, queryFirst, textOf } from './text.ts';
import { OPEN_TO_WORK_HEADING } from './top-card.ts';

export type { ElementMap } from './snapshot.ts';

export interface ReadOptions {
  /**
   * "Today" for a live page: capturedAround becomes this date. Leave unset for saved pages,
   * whose capture time is read from the page itself.
   */
  now?: Date;
}

export interface PageRead {
  result: ProfileSnapshot | NotAProfile;
  /** ElementRef → element, for badges ("name", "photo", "experience:0", …). Empty for NotAProfile. */
  elements: ElementMap;
}

interface Detected {
  kind: PageKind;
  layout: Layout;
}

const DETAILS_KINDS: Record<string, PageKind> = {
  experience: 'details-experience',
  education: 'details-education',
  certifications: 'details-certifications',
  skills: 'details-skills',
};

function urlPath(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url, 'https://www.linkedin.com').pathname;
  } catch {
    return '';
  }
}

/** Which page this is, from the URL when there is one, else from the markup. */
export function detectPage(doc: Document, url: string | null, index: PageIndex = indexPage(doc)): Detected {
  const path = urlPath(url);
  if (/\/(?:authwall|uas\/login|login|checkpoint)/.test(path)) return { kind: 'authwall', layout: 'guest' };
  const details = /\/details\/([a-z]+)/.exec(path);
  const detailsKind = details ? (DETAILS_KINDS[details[1] ?? ''] ?? null) : null;

  if (index.sdui) {
    if (/\/recent-activity\//.test(path)) return { kind: 'activity', layout: 'sdui-2026' };
    // The URL decides; the markup only without one, and a page with a profile's top card is a
    // profile whatever its cards hold (the Skills card's entries carry the details page's keys).
    if (detailsKind) return { kind: detailsKind, layout: 'sdui-2026' };
    if (path.startsWith('/in/') && url) return { kind: 'profile', layout: 'sdui-2026' };
    if (queryFirst(doc, '[componentkey$="Topcard"], [componentkey$="TopCard"], [data-view-name="profile-top-card"]')) return { kind: 'profile', layout: 'sdui-2026' };
    const fromMarkup = index.sduiDetails ? (DETAILS_KINDS[index.sduiDetails] ?? null) : null;
    // Without a URL (a saved page), the title says which list a details page is.
    const fromText = fromMarkup ? null : detectByText(doc, url);
    const textKind = fromText === 'activity' || fromText?.startsWith('details-') ? fromText : null;
    return { kind: detailsKind ?? fromMarkup ?? textKind ?? 'profile', layout: 'sdui-2026' };
  }

  // Public (logged-out) pages.
  if (index.pageNotFound) return { kind: 'private', layout: 'guest' };
  if (index.guestTopCard || /^public_profile/.test(index.pageKey ?? '')) {
    if (index.guestTopCard && (index.guestSections || index.h1)) return { kind: 'profile', layout: 'guest' };
    // Without its class hooks a public profile is still a profile: its text says which it is.
    return { kind: detectByText(doc, url) === 'profile' ? 'profile' : 'private', layout: 'guest' };
  }

  // Logged-in pages.
  // A details or activity URL whose markup no layout reader knows is read by its text.
  const ember = index.emberEntity || index.pvsEntity || index.memberSection || index.pvTopCard || index.experienceAnchor || index.recentActivityCard || index.pagedListId !== null;
  const layout = ember ? emberLayout(index) : 'unknown';
  if (index.recentActivityCard || /\/recent-activity\//.test(path)) return { kind: 'activity', layout };
  if (detailsKind) return { kind: detailsKind, layout };
  if (index.pagedListId && !index.memberSection) {
    const m = /-(EXPERIENCE|EDUCATION|CERTIFICATIONS|SKILLS)-/.exec(index.pagedListId);
    if (m) return { kind: DETAILS_KINDS[(m[1] ?? '').toLowerCase()] as PageKind, layout };
  }
  if (index.memberSection || index.pvTopCard || index.experienceAnchor) return { kind: 'profile', layout };

  // A body that only redirects (the anti-bot stub) or a sign-in form: an auth wall. A page that
  // is merely empty is not one: a live page may not have rendered yet (not-a-profile, retried).
  if (index.metaRefresh && (doc.body ? textOf(doc.body) : '').length < 200) return { kind: 'authwall', layout: 'guest' };
  if (index.loginForm && !index.h1) return { kind: 'authwall', layout: 'guest' };
  // No layout recognised: a page that reads as a LinkedIn profile to a person is one, in a
  // layout new to Telltale ('unknown'), read by its text alone.
  return { kind: detectByText(doc, url) ?? 'not-a-profile', layout: 'unknown' };
}

/**
 * The "Open to work" card a profile shows under its top card (a link headed "Open to work" with the
 * roles and "Show details"), in any layout: its heading alone, never a post that says the words.
 */
function openToWorkCard(doc: Document): boolean {
  const main = queryFirst(doc, 'main') ?? doc.body;
  if (!main) return false;
  return queryAll(main, 'h2, h3, strong, [data-view-name^="profile-opportunity"]').some((el) => {
    if (el.closest('[data-urn], [role="listitem"], [data-view-name^="feed"], [role="dialog"], dialog')) return false;
    if ((el.getAttribute('data-view-name') ?? '').startsWith('profile-opportunity')) return queryAll(el, 'h2, h3, strong').some((h) => OPEN_TO_WORK_HEADING.test(textOf(h)));
    return OPEN_TO_WORK_HEADING.test(textOf(el));
  });
}

/** What a layout reader may have left for the text reader to fill. */
function leftEmpty(snap: ProfileSnapshot): boolean {
  if (snap.name === null || snap.headline === null) return true;
  if (snap.kind !== 'profile') return false;
  if (snap.location === null || snap.connections === null) return true;
  const open = (p: 'experience' | 'education'): boolean => !snap.coverage[p].seen && snap.coverage[p].pending !== true;
  return open('experience') || open('education');
}

function notAProfile(kind: NotAProfile['kind'], layout: Layout, reason: string): NotAProfile {
  return { kind, layout, reason };
}

/** Reads a page and also returns the element each ElementRef was read from. Never throws. */
export function readPageWithElements(doc: Document, url: string | null, options: ReadOptions = {}): PageRead {
  const elements: ElementMap = new Map();
  try {
    const index = indexPage(doc);
    const { kind, layout } = detectPage(doc, url, index);
    if (kind === 'authwall') return { result: notAProfile('authwall', layout, t('read_authwall')), elements };
    if (kind === 'private') {
      const result = notAProfile('private', layout, t('read_private'));
      result.slug = readCanonicalSlug(doc);
      return { result, elements };
    }
    if (kind === 'not-a-profile') return { result: notAProfile('not-a-profile', layout, t('read_no_markup')), elements };

    const snap = emptySnapshot(url, kind, layout);
    snap.locale = readLocale(doc);
    snap.nameSources.pageTitle = readPageTitle(doc);

    let contradictions: ListPart[] = [];
    if (layout === 'sdui-2026') contradictions = readSduiProfile(doc, snap, elements);
    else if (layout === 'guest') readGuestProfile(doc, snap, elements);
    else if (layout === 'unknown') { /* read by text below */ }
    else if (kind === 'activity') readEmberActivityPage(doc, snap, elements);
    else if (kind === 'profile') readEmberProfile(doc, index.anchors, snap, elements);
    else readEmberDetails(doc, kind, snap, elements);
    // What a layout reader saw and could not read is not "read, none"; the text reader may read it.
    const found = settleCoverage(snap, contradictions);
    if (layout === 'unknown' || leftEmpty(snap)) readByText(doc, snap, elements);
    settleCoverage(snap, contradictions, found);

    readOverlays(index.dialogs, snap, elements);
    if (snap.kind === 'profile' && snap.openToWork !== true && openToWorkCard(doc)) snap.openToWork = true;

    if (!snap.slug) {
      snap.slug = readCanonicalSlug(doc);
      if (snap.slug) snap.profileUrl = `https://www.linkedin.com/in/${snap.slug}/`;
    }
    snap.capturedAround = options.now
      ? options.now.toISOString().slice(0, 10)
        : readCapturedAround(index.stampSrcs, snap.activity.map((a) => a.activityId).filter((id): id is string => id !== null));

    if (kind === 'profile' && snap.name === null && snap.experience.length === 0 && snap.headline === null) {
      elements.clear();
      return { result: notAProfile('not-a-profile', layout, t('read_layout_new')), elements };
    }
    return { result: snap, elements };
  } catch (err) {
    elements.clear();
    const reason = err instanceof Error ? err.message : String(err);
    return { result: notAProfile('not-a-profile', 'unknown', t('read_failed', reason)), elements };
  }
}

/** Reads a LinkedIn page into a ProfileSnapshot, or says why it is not one. Never throws. */
export function readPage(doc: Document, url: string | null, options: ReadOptions = {}): ProfileSnapshot | NotAProfile {
  return readPageWithElements(doc, url, options).result;
}

export function isSnapshot(x: ProfileSnapshot | NotAProfile | null | undefined): x is ProfileSnapshot {
  return typeof x === 'object' && x !== null && (x as ProfileSnapshot).schemaVersion === 1;
}

export { mergeSnapshots, memberKey } from './merge.ts';
