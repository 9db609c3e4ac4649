// The 2026 server-driven ("SDUI") profile layout. Class names are hashed per build and carry
// no meaning; what is stable are `componentkey` attributes and a few test ids:
//   <section componentkey="…Topcard">          name (h1 or h2), headline and location as <p>,
//                                                "500+ connections", "1,234 followers"
//   <section componentkey="…About">             <div data-testid="expandable-text-box">
//   <section componentkey="…ExperienceTopLevelSection">
//     <div componentkey="entity-collection-item-<id>">  one entry: <p> lines (title, "Company ·
//       Full-time", "Jan 2020 - Present · 4 yrs", place), a company link, an expandable
//       description; a company group nests further entity-collection-items.
//   <section componentkey="…EducationTopLevelSection">  the same entry shape.
// No saved real page of this layout exists (see docs/extraction.md): this reader follows the
// structure described for it and the committed fixture fixtures/sdui-2026/, and reuses the line
// rules of entity.ts, which the Ember pages validate.
import type { ProfileSnapshot } from '../model.ts';
import { isFollowerText, readCountLine } from './counts.ts';
import { mediaUploadDate } from './dates.ts';
import { type EntityLines, nameFromLogoAlt, readCertification, readEducation, readPositions, readSkill } from './entity.ts';
import { readActivityItems } from './ember.ts';
import type { ElementMap } from './snapshot.ts';
import { ancestorWhere, attr, childElements, cleanLinkedInUrl, parseCount, q, qa, slugFromHref, textOf, textOrNull } from './text.ts';

const ITEM = '[componentkey^="entity-collection-item"]';
const DESCRIPTION = '[data-testid="expandable-text-box"]';

function isItem(el: Element): boolean {
  return (attr(el, 'componentkey') ?? '').startsWith('entity-collection-item');
}

function sectionEndingWith(doc: Document, suffixes: readonly string[]): Element | null {
  for (const suffix of suffixes) {
    const el = q(doc, `[componentkey$="${suffix}"]`);
    if (el) return el;
  }
  return null;
}

function isTextLine(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  return tag === 'p' || (tag === 'span' && attr(el, 'aria-hidden') === 'true');
}

/** An entry's own lines: <p> (or aria-hidden span) outside nested items and the description. */
function itemLines(item: Element): string[] {
  const lines: string[] = [];
  const walk = (el: Element): void => {
    for (const c of childElements(el)) {
      if (c.matches?.(ITEM) || c.matches?.(DESCRIPTION)) continue;
      if (isTextLine(c)) {
        const t = textOf(c);
        if (t !== '') lines.push(t);
        continue;
      }
      walk(c);
    }
  };
  walk(item);
  return lines;
}

function readItem(item: Element): EntityLines {
  const children = qa(item, ITEM)
    .filter((c) => ancestorWhere(c, isItem) === item)
    .map(readItem);
  let orgUrl: string | null = null;
  for (const a of qa(item, 'a[href]')) {
    if (ancestorWhere(a, isItem, item) !== null) continue;
    orgUrl = cleanLinkedInUrl(attr(a, 'href'));
    if (orgUrl) break;
  }
  const desc = qa(item, DESCRIPTION).find((d) => ancestorWhere(d, isItem, item) === null) ?? null;
  const logo = qa(item, 'img[alt]').find((img) => ancestorWhere(img, isItem, item) === null);
  return { el: item, lines: itemLines(item), children, orgUrl, orgName: nameFromLogoAlt(attr(logo, 'alt')), description: children.length > 0 ? null : textOrNull(desc) };
}

function topItems(section: Element): Element[] {
  return qa(section, ITEM).filter((i) => {
    return ancestorWhere(i, isItem, section) === null;
  });
}

/** "Show all 9 experiences": a link to /details/<part>/ in the section. */
function showAll(section: Element, part: string): { link: boolean; total: number | null } {
  const a = q(section, `a[href*="/details/${part}"]`);
  return a ? { link: true, total: parseCount(textOf(a)) } : { link: false, total: null };
}

function readTopcard(card: Element, snap: ProfileSnapshot, elements: ElementMap): void {
  const nameEl = q(card, 'h1') ?? q(card, 'h2');
  snap.name = textOrNull(nameEl);
  if (nameEl) elements.set('name', nameEl);

  // Lines after the name, in order: headline, then location; counts are recognised by words.
  const lines: string[] = [];
  for (const p of qa(card, 'p')) {
    if (nameEl && (p.contains(nameEl) || nameEl.contains(p))) continue;
    const t = textOf(p);
    if (t === '') continue;
    const count = readCountLine(t);
    if (count && 'connections' in count) {
      snap.connections ??= count.connections;
      continue;
    }
    if (count && 'followers' in count) {
      snap.followers ??= count.followers;
      continue;
    }
    if (q(p, 'a[href*="/overlay/contact-info"]')) {
      const own = t.replace(textOf(q(p, 'a[href*="/overlay/contact-info"]')), '').replace(/[·•]\s*$/, '').trim();
      if (own) lines.push(own);
      continue;
    }
    lines.push(t);
  }
  snap.headline = lines[0] ?? null;
  snap.location = lines[1] ?? null;

  const photo = qa(card, 'img').find((i) => /profile-displayphoto|profile-framedphoto/.test(attr(i, 'src') ?? '')) ?? null;
  if (photo) {
    const url = attr(photo, 'src') ?? '';
    snap.hasPhoto = true;
    snap.photo = { url, uploadedAt: mediaUploadDate(url) };
    snap.nameSources.photoAlt = attr(photo, 'alt') || null;
    snap.openToWork = /#OPEN_TO_WORK/i.test(`${attr(photo, 'alt') ?? ''} ${attr(photo, 'title') ?? ''}`);
    elements.set('photo', photo);
  } else if (q(card, 'img, [class*="ghost"], svg[aria-label]')) {
    snap.hasPhoto = false;
    snap.openToWork = false;
  }
  const banner = qa(card, 'img').find((i) => /profile-displaybackgroundimage/.test(attr(i, 'src') ?? ''));
  const bannerUrl = attr(banner, 'src');
  if (bannerUrl) snap.banner = { url: bannerUrl, uploadedAt: mediaUploadDate(bannerUrl) };

  const aboutLink = q(card, 'a[href*="about-this-profile"]');
  if (aboutLink) snap.verified = /verif/i.test(`${attr(aboutLink, 'aria-label') ?? ''} ${attr(q(aboutLink, 'svg, img'), 'aria-label') ?? ''}`);

  for (const a of qa(card, 'a[href*="/in/"]')) {
    const slug = slugFromHref(attr(a, 'href'));
    if (slug) {
      snap.slug = slug;
      snap.profileUrl = `https://www.linkedin.com/in/${slug}/`;
      break;
    }
  }
  // The member urn is part of the card's key ("…ACoAAB…_Topcard"): strip the suffix first,
  // since member ids themselves may contain "_" and "-".
  const key = (attr(card, 'componentkey') ?? '').replace(/_?top_?card$/i, '');
  const urn = /(ACoA[A-Za-z0-9_-]{20,})$/.exec(key);
  if (urn) snap.memberId = urn[1] ?? null;
}

export function readSduiProfile(doc: Document, snap: ProfileSnapshot, elements: ElementMap): void {
  const card = sectionEndingWith(doc, ['Topcard', 'TopCard', 'topcard']);
  if (card) readTopcard(card, snap, elements);

  const about = sectionEndingWith(doc, ['About', 'AboutSection', 'Summary']);
  if (about) {
    const box = q(about, DESCRIPTION);
    snap.about = textOrNull(box);
    if (box) elements.set('about', box);
  }

  const exp = sectionEndingWith(doc, ['ExperienceTopLevelSection', 'ExperienceSection']);
  if (exp) {
    const entities = topItems(exp).map(readItem);
    for (const { position, el } of readPositions(entities, 0)) {
      snap.experience.push(position);
      elements.set(position.ref, el);
    }
    const more = snap.kind === 'profile' ? showAll(exp, 'experience') : { link: false, total: null };
    snap.experienceShownAll = !more.link;
    snap.experienceTotal = more.total;
    snap.coverage.experience = { seen: true, shown: snap.experience.length, total: more.link ? more.total : snap.experience.length };
  }

  const edu = sectionEndingWith(doc, ['EducationTopLevelSection', 'EducationSection']);
  if (edu) {
    for (const item of topItems(edu)) {
      const ed = readEducation(readItem(item), snap.education.length);
      if (ed) {
        snap.education.push(ed);
        elements.set(ed.ref, item);
      }
    }
    const more = showAll(edu, 'education');
    snap.coverage.education = { seen: true, shown: snap.education.length, total: more.link ? more.total : snap.education.length };
  }

  const certs = sectionEndingWith(doc, ['LicensesAndCertificationsTopLevelSection', 'CertificationsTopLevelSection', 'CertificationsSection']);
  if (certs) {
    for (const item of topItems(certs)) {
      const c = readCertification(readItem(item), snap.certifications.length);
      if (c) {
        snap.certifications.push(c);
        elements.set(c.ref, item);
      }
    }
    const more = showAll(certs, 'certifications');
    snap.coverage.certifications = { seen: true, shown: snap.certifications.length, total: more.link ? more.total : snap.certifications.length };
  }

  const skills = sectionEndingWith(doc, ['SkillsTopLevelSection', 'SkillsSection']);
  if (skills) {
    for (const item of topItems(skills)) {
      const s = readSkill(readItem(item));
      if (s) snap.skills.push(s);
    }
    const more = showAll(skills, 'skills');
    snap.coverage.skills = { seen: true, shown: snap.skills.length, total: more.link ? more.total : snap.skills.length };
  }

  const activity = sectionEndingWith(doc, ['ActivityTopLevelSection', 'ActivitySection', 'Activity']);
  if (activity) {
    elements.set('activity', activity);
    for (const p of qa(activity, 'p, span')) {
      const t = textOf(p);
      if (snap.followers === null && isFollowerText(t) && /\d/.test(t) && t.length < 40) snap.followers = parseCount(t);
    }
    readActivityItems(activity, snap, elements);
    snap.coverage.activity = { seen: true, shown: snap.activity.length, total: null };
  }
}
