// Logged-in LinkedIn, Ember generation (2022 `pvs-list`, 2023–2025 hashed classes).
// What the page looks like:
//   <section data-member-id="347932122"> top card: <h1>name</h1>, a .text-body-medium headline,
//     the location beside the "Contact info" link (/overlay/contact-info/), "500+ connections".
//   <section><div id="experience" class="pv-profile-card__anchor"></div> … <ul><li>
//     <div data-view-name="profile-component-entity">   (2022: <div class="pvs-entity">)
//       <span aria-hidden="true">Tech Education Team Lead</span><span class="visually-hidden">…</span>
//       <span aria-hidden="true">Novare Potential · Full-time</span>
//       <span aria-hidden="true">Jul 2021 - Present · 3 yrs 1 mo</span> …
//       <div class="pvs-entity__sub-components"><ul> description, skills, media, or the roles
//         of a company group as nested entities </ul>
// Every visible line is a span[aria-hidden="true"] (the visually-hidden copy is for screen
// readers); the entry's own lines are those outside any nested <ul>.
import type { ActivityItem, Layout, PageKind, ProfileSnapshot } from '../model.ts';
import { isFollowerText, readCountLine } from './counts.ts';
import { activityIdDate, activityIdFrom, findRelativeTime, mediaUploadDate } from './dates.ts';
import {
  type EntityLines,
  nameFromLogoAlt,
  readCertification,
  readEducation,
  readPositions,
  unreadPositions,
  readSkill,
} from './entity.ts';
import type { PageIndex } from './page-index.ts';
import { OPEN_TO_WORK_FRAME } from './top-card.ts';
import { listCoverage, showAllLink, type ElementMap, type ShowAll } from './snapshot.ts';
import {
  ancestorWhere,
  attr,
  childElements,
  closestTag,
  cleanLinkedInUrl,
  hasClass,
  parseCount,
  profileUrlFromSlug,
  queryFirst,
  queryAll,
  slugFromHref,
  textOf,
  textOrNull,
} from './text.ts';

export const EMBER_ENTITY = '[data-view-name="profile-component-entity"], .pvs-entity';

/** Section anchors: <div id="experience" class="pv-profile-card__anchor"> inside each card. */
const ANCHORS = {
  about: ['about'],
  experience: ['experience'],
  education: ['education'],
  certifications: ['licenses_and_certifications'],
  skills: ['skills'],
  activity: ['content_collections', 'recent_activity'],
} as const;

export function sectionByAnchor(anchors: ReadonlyMap<string, Element>, ids: readonly string[]): Element | null {
  for (const id of ids) {
    const anchor = anchors.get(id);
    const section = anchor ? closestTag(anchor, ['section']) : null;
    if (section) return section;
  }
  return null;
}

/** An Ember entry root: data-view-name="profile-component-entity" (2023–25) or class pvs-entity (2022). */
export function isEmberEntity(el: Element): boolean {
  return attr(el, 'data-view-name') === 'profile-component-entity' || hasClass(el, 'pvs-entity');
}

function isNestedList(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  return tag === 'ul' || tag === 'ol';
}

/** The entry's own visible lines: span[aria-hidden="true"] outside nested lists. */
function ownLines(root: Element): string[] {
  const lines: string[] = [];
  const walk = (el: Element): void => {
    for (const child of childElements(el)) {
      if (isNestedList(child)) continue;
      if (child.tagName.toLowerCase() === 'span' && attr(child, 'aria-hidden') === 'true') {
        const t = textOf(child);
        if (t !== '') lines.push(t);
        continue;
      }
      walk(child);
    }
  };
  walk(root);
  return lines;
}

function entityOrgUrl(root: Element): string | null {
  for (const a of queryAll(root, 'a[href]')) {
    if (closestTag(a, ['ul'], root)) continue;
    const url = cleanLinkedInUrl(attr(a, 'href'));
    if (url) return url;
  }
  return null;
}

function entityDescription(root: Element): string | null {
  for (const box of queryAll(root, '[class*="inline-show-more-text"]')) {
    if (closestTag(box, ['a'], root)) continue; // media thumbnails and skill links
    const span = queryFirst(box, 'span[aria-hidden="true"]');
    const t = textOrNull(span ?? box);
    if (t) return t;
  }
  return null;
}

function directChildEntities(root: Element): Element[] {
  return queryAll(root, EMBER_ENTITY).filter(
    (e) => e !== root && ancestorWhere(e, isEmberEntity) === root,
  );
}

export function readEmberEntity(root: Element): EntityLines {
  const children = directChildEntities(root).map(readEmberEntity);
  return {
    el: root,
    lines: ownLines(root),
    children,
    orgUrl: entityOrgUrl(root),
    orgName: nameFromLogoAlt(attr(queryAll(root, 'img[alt]').find((img) => closestTag(img, ['ul'], root) === null), 'alt')),
    description: children.length > 0 ? null : entityDescription(root),
  };
}

/** Top-level entries of a section (not the roles nested in a group). */
export function topEntities(scope: Element): Element[] {
  return queryAll(scope, EMBER_ENTITY).filter((e) => {
    return ancestorWhere(e, isEmberEntity, scope) === null;
  });
}

// ---- top card -------------------------------------------------------------------------------


function readTopCard(doc: Document, snap: ProfileSnapshot, elements: ElementMap): Element | null {
  const card =
    queryFirst(doc, 'section[data-member-id]') ??
    queryFirst(doc, '.pv-top-card') ??
    queryFirst(doc, 'main h1')?.closest('section') ??
    null;
  if (!card) return null;
  const memberId = attr(card, 'data-member-id');
  if (memberId && /^\d+$/.test(memberId) && memberId !== '0') snap.memberId = memberId;

  const h1 = queryFirst(card, 'h1');
  snap.name = textOrNull(h1);
  if (h1) elements.set('name', h1);
  // The headline: its class, else the block LinkedIn marks for its generated suggestions.
  snap.headline = textOrNull(queryFirst(card, '.text-body-medium') ?? queryFirst(card, '[data-generated-suggestion-target]'));

  // The location sits beside the "Contact info" link, in the same block.
  const contact = queryFirst(card, 'a[href*="/overlay/contact-info"]') ?? queryFirst(card, '#top-card-text-details-contact-info');
  if (contact) {
    const block = contact.parentElement?.parentElement ?? null;
    if (block) {
      for (const child of childElements(block)) {
        if (child.contains(contact)) continue;
        const t = textOrNull(child);
        if (t) {
          snap.location = t;
          break;
        }
      }
    }
  } else {
    snap.location = textOrNull(queryFirst(card, 'span.text-body-small.inline.t-black--light'));
  }

  // "500+ connections" and sometimes "1,264 followers" as list items under the location.
  for (const li of queryAll(card, 'ul li')) {
    const count = readCountLine(textOf(li));
    if (count && 'connections' in count) {
      if (snap.connections === null) elements.set('connections', li);
      snap.connections ??= count.connections;
    } else if (count && 'followers' in count) snap.followers ??= count.followers;
  }

  // Photo: a real upload has a /profile-displayphoto… URL; the ghost avatar is a 1x1 GIF or an
  // icon with a ghost-person class. "#OPEN_TO_WORK" in the photo's title/alt is the green frame.
  // Only the top card's own picture counts: not the facepiles of mutual connections (in lists).
  const ghost = queryFirst(card, 'img.ghost-person, [class*="ghost-person"]');
  const photoImg = ghost
    ? null
    : (queryAll(card, 'img').find(
        (img) => /profile-displayphoto|profile-framedphoto/.test(attr(img, 'src') ?? '') && closestTag(img, ['ul', 'li'], card) === null,
      ) ?? null);
  if (photoImg) {
    const url = attr(photoImg, 'src') ?? '';
    snap.hasPhoto = true;
    snap.photo = { url, uploadedAt: mediaUploadDate(url) };
    elements.set('photo', photoImg);
  } else if (ghost || queryFirst(card, 'img.pv-top-card-profile-picture__image, .pv-top-card__photo img')) {
    snap.hasPhoto = false;
  }
  const photoLabel = [attr(photoImg ?? ghost, 'title'), attr(photoImg ?? ghost, 'alt')].filter(Boolean).join(' ');
  snap.nameSources.photoAlt = attr(photoImg, 'alt') || null;
  if (photoImg || ghost) snap.openToWork = OPEN_TO_WORK_FRAME.test(photoLabel);

  const bannerImg =
    queryFirst(card, '#profile-background-image-target-image') ??
    queryAll(card, 'img').find((img) => /profile-displaybackgroundimage/.test(attr(img, 'src') ?? '')) ??
    null;
  const bannerUrl = attr(bannerImg, 'src');
  if (bannerUrl && /^https?:/.test(bannerUrl)) snap.banner = { url: bannerUrl, uploadedAt: mediaUploadDate(bannerUrl) };

  // Verification: the link around the name opens "About this profile"; its label says
  // "<Name> has verifications" when there are some. 2022 pages have no such link (null).
  const aboutLink = h1?.closest('a') ?? queryFirst(card, 'a[href*="about-this-profile"]');
  if (aboutLink && /about-this-profile/.test(attr(aboutLink, 'href') ?? '')) {
    snap.verified = /verif/i.test(attr(aboutLink, 'aria-label') ?? '');
  }

  for (const a of queryAll(card, 'a[href*="/in/"]')) {
    const slug = slugFromHref(attr(a, 'href'));
    if (slug) {
      snap.slug = slug;
      break;
    }
  }
  return card;
}

// ---- sections -------------------------------------------------------------------------------

function readAbout(anchors: ReadonlyMap<string, Element>, snap: ProfileSnapshot, elements: ElementMap): void {
  const section = sectionByAnchor(anchors, ANCHORS.about);
  if (!section) return;
  for (const span of queryAll(section, 'span[aria-hidden="true"]')) {
    if (closestTag(span, ['h2'], section)) continue;
    const t = textOrNull(span);
    if (t) {
      snap.about = t;
      elements.set('about', span);
      return;
    }
  }
}

function readExperience(scope: Element, snap: ProfileSnapshot, elements: ElementMap, isDetails: boolean): void {
  const entities = topEntities(scope).map(readEmberEntity);
  const read = readPositions(entities, snap.experience.length);
  for (const { position, el } of read) {
    snap.experience.push(position);
    elements.set(position.ref, el);
  }
  const unread = unreadPositions(entities, read);
  const more = isDetails ? NO_SHOW_ALL : showAllLink(scope, 'experience');
  snap.experienceShownAll = !more.link;
  snap.experienceTotal = more.total;
  snap.coverage.experience = listCoverage(snap.experience.length, more, unread);
}

/** A details page is the whole list: it has no "Show all" link of its own. */
const NO_SHOW_ALL: ShowAll = { link: false, total: null };

/** Entries of a list section, each kept with its element for badges; returns how many entries gave nothing. */
function readEntries<T extends { ref: string }>(scope: Element, list: T[], elements: ElementMap, read: (entity: ReturnType<typeof readEmberEntity>, index: number) => T | null): number {
  let unread = 0;
  for (const root of topEntities(scope)) {
    const item = read(readEmberEntity(root), list.length);
    if (item) {
      list.push(item);
      elements.set(item.ref, root);
    } else unread++;
  }
  return unread;
}

function readEducationSection(scope: Element, snap: ProfileSnapshot, elements: ElementMap, isDetails: boolean): void {
  const unread = readEntries(scope, snap.education, elements, readEducation);
  snap.coverage.education = listCoverage(snap.education.length, isDetails ? NO_SHOW_ALL : showAllLink(scope, 'education'), unread);
}

function readCertifications(scope: Element, snap: ProfileSnapshot, elements: ElementMap, isDetails: boolean): void {
  const unread = readEntries(scope, snap.certifications, elements, readCertification);
  snap.coverage.certifications = listCoverage(snap.certifications.length, isDetails ? NO_SHOW_ALL : showAllLink(scope, 'certifications'), unread);
}

function readSkills(scope: Element, snap: ProfileSnapshot, isDetails: boolean): void {
  for (const root of topEntities(scope)) {
    const skill = readSkill(readEmberEntity(root));
    if (skill) snap.skills.push(skill);
  }
  snap.coverage.skills = listCoverage(snap.skills.length, isDetails ? NO_SHOW_ALL : showAllLink(scope, 'skills'));
}

/**
 * Posts, reposts and comments: each feed item carries data-urn="urn:li:activity:<id>" (full
 * updates) or links to /feed/update/urn:li:activity:<id> (the profile's mini updates); some
 * name the post by a ugcPost or share urn, whose id dates it the same way. The
 * relative time is the first "1w"-like token of the item's header line.
 */
/**
 * The short text lines of an activity card before its post text: "1h •", "3yr • Edited •",
 * "reposted this": <p> or <span> elements without block children, short, among the first few of
 * the card (the post text, an expandable box or a long line, is not looked at).
 */
function activityHeaderLines(item: Element): string[] {
  const out: string[] = [];
  let looked = 0;
  for (const el of queryAll(item, 'p, span')) {
    if (++looked > 40 || out.length >= 4) break;
    if (queryFirst(el, 'p, div') || attr(el, 'data-testid') === 'expandable-text-box') continue;
    const t = textOf(el);
    if (t === '' || t.length > 60) continue;
    if (/•/.test(t) || REPOST_WORDS.test(t)) out.push(t);
  }
  return out;
}

/** "reposted this" in the interface languages: "hat das reposted", "a republié ceci", "ha compartido esto"… */
const REPOST_WORDS = /repost|republi|compartid|compartilh|gedeeld|condivis|diffus/i;

export function readActivityItems(scope: Element, snap: ProfileSnapshot, elements: ElementMap): void {
  const POST_URN = /^urn:li:(?:activity|ugcPost|share):/;
  // Post links: /feed/update/urn:li:activity:<id>/ when signed in, /posts/<slug>_…-activity-<id>-…
  // on public pages.
  const POST_LINK = 'a[href*="urn:li:activity:"], a[href*="urn:li:ugcPost:"], a[href*="urn:li:share:"], a[href*="/posts/"][href*="-activity-"]';
  const items: Element[] = [];
  const urnItems = queryAll(scope, '[data-urn^="urn:li:activity:"], [data-urn^="urn:li:ugcPost:"], [data-urn^="urn:li:share:"]').filter(
    (e) => ancestorWhere(e, (p) => POST_URN.test(attr(p, 'data-urn') ?? ''), scope) === null,
  );
  if (urnItems.length > 0) items.push(...urnItems);
  else {
    for (const li of queryAll(scope, 'li')) {
      if (ancestorWhere(li, (p) => p.localName === 'li', scope)) continue;
      if (queryFirst(li, POST_LINK)) items.push(li);
    }
  }
  for (const item of items) {
    // Prefer the activity urn; a ugcPost/share urn only when no link names the activity.
    const hrefs = queryAll(item, POST_LINK).map((a) => attr(a, 'href') ?? '');
    const id =
      activityIdFrom(attr(item, 'data-urn')) ??
      activityIdFrom(hrefs.find((h) => h.includes('urn:li:activity:') || h.includes('-activity-'))) ??
      activityIdFrom(hrefs[0]);
    if (!id) continue;
    if (snap.activity.some((a) => a.activityId === id)) continue;
    const header =
      queryFirst(item, '.update-components-actor__sub-description span[aria-hidden="true"]') ??
      queryFirst(item, '.feed-mini-update-contextual-description__text span[aria-hidden="true"]') ??
      queryFirst(item, '[class*="sub-description"]') ??
      queryFirst(item, '[class*="contextual-description"]');
    const label = attr(queryFirst(item, 'a[aria-label*="•"]'), 'aria-label');
    // Without the class hooks (the 2026 layout, or whatever comes next) the header is the short
    // "1h •" / "reposted this • 1w" line a person reads above the post.
    const shortLines = header ? [] : activityHeaderLines(item);
    const rel =
      findRelativeTime(textOf(header), snap.locale) ??
      findRelativeTime(label, snap.locale) ??
      shortLines.map((l) => findRelativeTime(l, snap.locale)).find((r) => r !== null) ??
      null;
    const headerText = `${textOf(header)} ${label ?? ''} ${textOf(queryFirst(item, '[class*="header__text"], .update-components-header'))} ${shortLines.join(' ')}`;
    const action: ActivityItem['action'] = REPOST_WORDS.test(headerText)
      ? 'repost'
      : /comment/i.test(headerText)
        ? 'comment'
        : /\bposted\b/i.test(headerText)
          ? 'post'
          : null;
    const ref = `activity:${snap.activity.length}`;
    snap.activity.push({
      ref,
      relative: rel?.label ?? null,
      relativeDays: rel?.days ?? null,
      activityId: id,
      postedAt: activityIdDate(id),
      action,
    });
    elements.set(ref, item);
  }
}

function readActivitySection(anchors: ReadonlyMap<string, Element>, snap: ProfileSnapshot, elements: ElementMap): void {
  const section = sectionByAnchor(anchors, ANCHORS.activity);
  if (!section) return;
  elements.set('activity', section);
  // "594 followers" under the Activity heading.
  if (snap.followers === null) {
    for (const el of queryAll(section, 'h2 ~ p, h2 + *, .pvs-header__optional-link, .pvs-header__subtitle, span[aria-hidden="true"]')) {
      const t = textOf(el);
      if (isFollowerText(t) && /\d/.test(t) && t.length < 40) {
        snap.followers = parseCount(t);
        break;
      }
    }
  }
  readActivityItems(section, snap, elements);
  snap.coverage.activity = { seen: true, shown: snap.activity.length, total: null };
}

// ---- the page kinds -------------------------------------------------------------------------

export function emberLayout(index: PageIndex): Layout {
  if (!index.emberEntity && index.pvsEntity) return 'logged-in-2022';
  // 2025 dropped the stable typography class on the name (only hashed classes remain).
  return index.headingXlarge ? 'logged-in-2024' : 'logged-in-2025';
}

/** Main profile page. */
export function readEmberProfile(doc: Document, anchors: ReadonlyMap<string, Element>, snap: ProfileSnapshot, elements: ElementMap): void {
  readTopCard(doc, snap, elements);
  readAbout(anchors, snap, elements);
  const exp = sectionByAnchor(anchors, ANCHORS.experience);
  if (exp) readExperience(exp, snap, elements, false);
  const edu = sectionByAnchor(anchors, ANCHORS.education);
  if (edu) readEducationSection(edu, snap, elements, false);
  const certs = sectionByAnchor(anchors, ANCHORS.certifications);
  if (certs) readCertifications(certs, snap, elements, false);
  const skills = sectionByAnchor(anchors, ANCHORS.skills);
  if (skills) readSkills(skills, snap, false);
  readActivitySection(anchors, snap, elements);
  if (snap.slug) snap.profileUrl = profileUrlFromSlug(snap.slug);
}

/**
 * /in/<slug>/details/<part>/: one full list in <main>, and a small sticky lockup at the top with
 * the member's name, headline and photo. The slug is in the page's embedded data
 * ("publicIdentifier") when no /in/ link is visible.
 */
export function readEmberDetails(doc: Document, kind: PageKind, snap: ProfileSnapshot, elements: ElementMap): void {
  const main = queryFirst(doc, 'main') ?? doc.body;
  if (!main) return;
  const list = queryFirst(main, 'section') ?? main;
  if (kind === 'details-experience') readExperience(list, snap, elements, true);
  else if (kind === 'details-education') readEducationSection(list, snap, elements, true);
  else if (kind === 'details-certifications') readCertifications(list, snap, elements, true);
  else if (kind === 'details-skills') readSkills(list, snap, true);

  // Sticky header lockup at the top: an artdeco entity lockup with the member's photo, name
  // (…__title) and headline (…__subtitle). The same component is used by the messaging
  // overlay and the global nav, which are skipped.
  const lockup =
    queryAll(doc, '.artdeco-entity-lockup').find(
      (l) => !main.contains(l) && !l.closest('#global-nav, #msg-overlay, aside, header') && queryFirst(l, '.artdeco-entity-lockup__title'),
    ) ?? null;
  if (lockup) {
    const title = queryFirst(lockup, '.artdeco-entity-lockup__title');
    snap.name = textOrNull(title);
    if (title) elements.set('name', title);
    snap.headline = textOrNull(queryFirst(lockup, '.artdeco-entity-lockup__subtitle'));
    readCardPhoto(lockup, snap, elements);
  }
  if (!snap.slug) {
    for (const code of queryAll(doc, 'code')) {
      const t = code.textContent ?? '';
      if (!t.includes('"publicIdentifier"') || !t.includes(`"headline"`)) continue;
      const m = /"headline":"[^"]*","publicIdentifier":"([^"]+)"/.exec(t) ?? /"publicIdentifier":"([^"]+)"/.exec(t);
      if (m && m[1]) {
        snap.slug = m[1];
        break;
      }
    }
  }
  if (snap.slug) snap.profileUrl = profileUrlFromSlug(snap.slug);
}

/** The member's photo in a small card (details and activity pages): a profile-displayphoto image, or a ghost placeholder. */
function readCardPhoto(card: Element, snap: ProfileSnapshot, elements: ElementMap): void {
  const img = queryAll(card, 'img').find((i) => /profile-displayphoto/.test(attr(i, 'src') ?? ''));
  if (img) {
    const url = attr(img, 'src') ?? '';
    snap.hasPhoto = true;
    snap.photo = { url, uploadedAt: mediaUploadDate(url) };
    snap.nameSources.photoAlt = attr(img, 'alt') || null;
    elements.set('photo', img);
  } else if (queryFirst(card, '[class*="ghost"]')) {
    snap.hasPhoto = false;
  }
}

/**
 * /in/<slug>/recent-activity/…: the left card (#recent-activity-top-card) with name, headline,
 * photo and "Followers 5,745"; the feed of the member's posts.
 */
export function readEmberActivityPage(doc: Document, snap: ProfileSnapshot, elements: ElementMap): void {
  const card = queryFirst(doc, '#recent-activity-top-card');
  if (card) {
    const link = queryFirst(card, 'a[href*="/in/"]');
    snap.slug = slugFromHref(attr(link, 'href'));
    const nameEl = queryFirst(card, 'h1, h2, h3');
    snap.name = textOrNull(nameEl);
    if (nameEl) elements.set('name', nameEl);
    const headline = nameEl ? (queryAll(card, 'h2, h3, h4, p').find((e) => e !== nameEl && !nameEl.contains(e) && textOf(e) !== '') ?? null) : null;
    snap.headline = textOrNull(headline);
    readCardPhoto(card, snap, elements);
    // "Followers" and "5,745" are two cells of one row.
    for (const row of queryAll(card, 'div')) {
      const cells = childElements(row);
      if (cells.length !== 2) continue;
      if (isFollowerText(textOf(cells[0])) && /^\s*[\d.,\s\u00a0]+\s*$/.test(textOf(cells[1]))) {
        snap.followers = parseCount(textOf(cells[1]));
        break;
      }
    }
  }
  const feed = queryFirst(doc, 'main') ?? doc.body;
  if (feed) {
    readActivityItems(feed, snap, elements);
    elements.set('activity', feed);
  }
  snap.coverage.activity = { seen: true, shown: snap.activity.length, total: null };
  if (snap.slug) snap.profileUrl = profileUrlFromSlug(snap.slug);
}

