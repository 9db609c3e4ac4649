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
import type { ListPart } from './coverage-rule.ts';
import { isFollowerText, readCountLine } from './counts.ts';
import { type EntityLines, nameFromLogoAlt, readCertification, readEducation, readPositions, readSkill, unreadPositions } from './entity.ts';
import { readActivityItems } from './ember.ts';
import { CONTACT_WORDS, isDegreeLine, isPronounsLine, OPEN_TO_WORK_FRAME, OPEN_TO_WORK_HEADING } from './top-card.ts';
import { listCoverage, showAllLink, type ElementMap } from './snapshot.ts';
import { mediaUploadDate, splitMiddot } from './dates.ts';
import { ancestorWhere, attr, childElements, closestTag, cleanLinkedInUrl, contentText, isControl, parseCount, queryFirst, queryAll, slugFromHref, textOf, textOrNull } from './text.ts';

const ITEM = '[componentkey^="entity-collection-item"]';
const DESCRIPTION = '[data-testid="expandable-text-box"]';

function isItem(el: Element): boolean {
  return (attr(el, 'componentkey') ?? '').startsWith('entity-collection-item');
}

/**
 * A section by the keys the layout gives it: a `componentkey` ending in one of `suffixes`
 * ("…ExperienceTopLevelSection") or a `data-testid` starting with one of `testIds`
 * ("profile_ExperienceTopLevelSection_…"; both have been described for this layout).
 */
function sectionByKey(doc: Document, suffixes: readonly string[], testIds: readonly string[] = []): Element | null {
  for (const suffix of suffixes) {
    const el = queryFirst(doc, `[componentkey$="${suffix}"]`);
    if (el) return el;
  }
  for (const prefix of testIds) {
    const el = queryFirst(doc, `[data-testid^="${prefix}"]`);
    if (el) return el;
  }
  return null;
}

function isTextLine(el: Element): boolean {
  const tag = el.localName;
  return tag === 'p' || (tag === 'span' && attr(el, 'aria-hidden') === 'true');
}

/** "React.js, Go and +2 skills": the skills a position links to, not one of its lines. */
function isSkillsLine(el: Element): boolean {
  const link = el.localName === 'a' ? el : queryFirst(el, 'a[href*="skill-associations"], a[href*="skill-insights"]');
  return link !== null && /skill-(?:associations|insights)/.test(attr(link, 'href') ?? '');
}

/**
 * An entry's own lines: <p> (or aria-hidden span) outside nested entries, nested lists (a
 * group's roles), the description box and the skills link.
 */
function itemLines(item: Element): string[] {
  const lines: string[] = [];
  const walk = (el: Element): void => {
    for (const c of childElements(el)) {
      if (isItem(c) || attr(c, 'data-testid') === 'expandable-text-box') continue;
      const tag = c.localName;
      if (tag === 'ul' || tag === 'ol') continue;
      if (isTextLine(c)) {
        if (isSkillsLine(c)) continue;
        const t = textOf(c);
        if (t !== '') lines.push(t);
        continue;
      }
      if (tag === 'a' && isSkillsLine(c)) continue;
      walk(c);
    }
  };
  walk(item);
  return lines;
}

/** The first link to a company or school page among `root`'s own content (not nested entries). */
function ownOrgUrl(root: Element, owner: Element): string | null {
  for (const a of queryAll(root, 'a[href]')) {
    if (ancestorWhere(a, isItem, owner) !== null) continue;
    const url = cleanLinkedInUrl(attr(a, 'href'));
    if (url) return url;
  }
  return null;
}

/**
 * The roles of a company group. Two shapes have been described: roles as nested
 * entity-collection-items, or as the <li>s of a list directly inside the entry. Either way a
 * role is recognised by having its own lines.
 */
function groupRoles(item: Element): EntityLines[] {
  const nested = queryAll(item, ITEM).filter((c) => ancestorWhere(c, isItem) === item);
  if (nested.length > 0) return nested.map(readItem);
  const roles: EntityLines[] = [];
  for (const list of queryAll(item, 'ul, ol')) {
    if (ancestorWhere(list, isItem, item) !== null || ancestorWhere(list, (p) => p.localName === 'ul' || p.localName === 'ol', item)) continue;
    for (const li of childElements(list)) {
      if (li.localName !== 'li') continue;
      // A role with no line left is still a role a person sees: kept, so it counts as unread.
      const lines = itemLines(li);
      const desc = queryFirst(li, DESCRIPTION);
      roles.push({ el: li, lines, children: [], orgUrl: ownOrgUrl(li, item), description: textOrNull(desc) });
    }
  }
  return roles;
}

function readItem(item: Element): EntityLines {
  const children = groupRoles(item);
  const desc = queryAll(item, DESCRIPTION).find((d) => ancestorWhere(d, isItem, item) === null && closestTag(d, ['li'], item) === null) ?? null;
  const logo = queryAll(item, 'img[alt]').find((img) => ancestorWhere(img, isItem, item) === null);
  return {
    el: item,
    lines: itemLines(item),
    children,
    orgUrl: ownOrgUrl(item, item),
    orgName: nameFromLogoAlt(attr(logo, 'alt')),
    description: children.length > 0 ? null : textOrNull(desc),
  };
}

function topItems(section: Element): Element[] {
  const items = queryAll(section, ITEM).filter((i) => ancestorWhere(i, isItem, section) === null);
  return items.length > 0 ? items : entriesByShape(section);
}

/**
 * Entries on the page that the entry finder missed: the other blocks with text beside the
 * entries it found (an entry without its logo column is still an entry a person sees).
 */
function missedBeside(roots: readonly Element[]): number {
  const parents = new Set<Element>();
  for (const r of roots) if (r.parentElement) parents.add(r.parentElement);
  let missed = 0;
  for (const parent of parents) {
    for (const child of childElements(parent)) {
      if (roots.includes(child) || roots.some((r) => child.contains(r))) continue;
      if (hasLine(child) && !queryFirst(child, 'a[href*="/details/"]')) missed++;
    }
  }
  return missed;
}

function hasLine(el: Element): boolean {
  return el.localName === 'p' || queryFirst(el, 'p') !== null;
}

function hasPicture(el: Element): boolean {
  return el.localName === 'figure' || el.localName === 'img' || queryFirst(el, 'figure, img') !== null;
}

/**
 * The entries of a list card whose entries carry no entity-collection-item key (Education on the
 * 2026 profile page: each entry a bare `div componentkey=":uuid"`). Every entry has the same
 * shape: a logo column (a picture and no text) beside a text column. Each such pair marks one
 * entry; the entry is the largest element around it that holds no other entry, no other block
 * with text and not the card's heading. Roles inside a group have no logo and stay inside their
 * group. A block with text beside the entries that has no logo column is counted as not read.
 */
function entriesByShape(section: Element): Element[] {
  const heading = queryFirst(section, 'h2, h3');
  const splits = queryAll(section, 'div, a, li').filter((el) => {
    const kids = childElements(el);
    return kids.some((k) => hasPicture(k) && !hasLine(k)) && kids.some((k) => hasLine(k) && !(hasPicture(k) && k.localName === 'a' && !queryFirst(k, 'p')));
  });
  // A split inside another split's text column is a picture within an entry (media), not an entry.
  const outer = splits.filter((el) => !splits.some((o) => o !== el && o.contains(el)));
  const roots: Element[] = [];
  for (const split of outer) {
    let root = split;
    for (let depth = 0; depth < 40; depth++) {
      const parent = root.parentElement;
      if (!parent || parent === section || (heading && parent.contains(heading))) break;
      if (outer.some((o) => o !== split && parent.contains(o))) break;
      // Beside it, another block with text (another entry, found or not): this is the list.
      const current = root;
      if (childElements(parent).some((c) => c !== current && hasLine(c) && !queryFirst(c, 'a[href*="/details/"]'))) break;
      root = parent;
    }
    roots.push(root);
  }
  return roots;
}

/** The connections word alone, when the count stands in a line of its own. */
const CONNECTION_WORD_ONLY = /^(?:connections?|kontakte?|relations?|contactos?|conexões|conexiones|connecties|collegamenti)$/i;
const VERIFIED_WORDS = /verif|geverifieerd|verifiziert|vérifi|verificad|verificaç|verificat/i;

/** The line that holds (or follows) the "Contact info" link: the location, as in every layout. */
export function locationBeside(contact: Element, stop: Element): Element | null {
  let start: Element = contact;
  const own = closestTag(contact, ['p'], stop);
  if (own) {
    if (textOf(own).replace(textOf(contact), '').replace(/[\s·•|]/g, '') !== '') return own;
    start = own;
  }
  let prev = start.previousElementSibling ?? start.parentElement?.previousElementSibling ?? null;
  while (prev && /^[\s·•|]*$/.test(textOf(prev))) prev = prev.previousElementSibling;
  return prev && (prev.localName === 'p' || prev.localName === 'span') && !queryFirst(prev, 'p, div') ? prev : null;
}

/** The name: the card's heading, or (an earlier variant) the line inside the verification trigger. */
function nameElement(card: Element): Element | null {
  const heading = queryFirst(card, 'h1') ?? queryFirst(card, 'h2');
  if (heading) return heading;
  const trigger = queryFirst(card, '[data-view-name="profile-top-card-verified-badge"], [componentkey^="ProfileVerificationTriggerRef"]');
  return trigger ? queryFirst(trigger, 'p') : null;
}

/** The "Contact info" link: by its overlay address, else by its words, else as the lone link after the location and a "·". */
function contactLink(card: Element): Element | null {
  const byHref = queryFirst(card, 'a[href*="/overlay/contact-info"]');
  if (byHref) return byHref;
  const links = queryAll(card, 'a');
  const byWords = links.find((a) => CONTACT_WORDS.test(textOf(a)));
  if (byWords) return byWords;
  return (
    links.find((a) => {
      const p = a.parentElement;
      if (!p || p.localName !== 'p' || textOf(p) !== textOf(a) || textOf(a) === '') return false;
      const before = p.previousElementSibling;
      return before !== null && /^\s*[·•]\s*$/.test(textOf(before)) && before.previousElementSibling?.localName === 'p';
    }) ?? null
  );
}

/**
 * The connections count. Variants seen on 2026 pages: "500+ connections" in one line, plain or
 * inside a link to the connections list; the number and the word in two lines side by side; the
 * number alone in a link to /mynetwork/…/connections/ (the words in a language not listed).
 */
function readConnections(card: Element, snap: ProfileSnapshot, elements: ElementMap): void {
  const lines = queryAll(card, 'p, span').filter((e) => !queryFirst(e, 'p, span, div'));
  for (const [i, el] of lines.entries()) {
    const t = textOf(el);
    let count = readCountLine(t);
    const number = /^(\d[\d.,\s\u00a0\u202f]*?)(\+?)(?:\s+\S+)?$/.exec(t);
    if (!count && number) {
      const next = lines[i + 1];
      const link = ancestorWhere(el, (e) => e.localName === 'a', card);
      if (next && /^\d[\d.,\s]*\+?$/.test(t) && readCountLine(`${t} ${textOf(next)}`)) count = readCountLine(`${t} ${textOf(next)}`);
      else if (link && /\/mynetwork\/[^?]*connections|view-all-connections/.test(`${attr(link, 'href') ?? ''} ${attr(link, 'data-view-name') ?? ''}`)) count = { connections: `${(number[1] ?? '').replace(/[\s\u00a0\u202f]/g, '')}${number[2] ?? ''}` };
    }
    if (count && 'connections' in count && !/mutual|gemeinsam|en commun|en común|em comum|gemeenschappelijk|in comune/i.test(t)) {
      snap.connections = count.connections;
      elements.set('connections', el);
      return;
    }
  }
}

/** The profile photo: the first picture before the name with a person's alt text, or a profile-photo address. */
function readPhoto(card: Element, nameEl: Element | null, snap: ProfileSnapshot, elements: ElementMap): void {
  const imgs = queryAll(card, 'img');
  const beforeName = (i: Element): boolean => !nameEl || (i.compareDocumentPosition(nameEl) & 4) !== 0;
  const photo =
    imgs.find((i) => /profile-displayphoto|profile-framedphoto/.test(attr(i, 'src') ?? '')) ??
    imgs.find((i) => beforeName(i) && (attr(i, 'alt') ?? '').trim() !== '' && ancestorWhere(i, (e) => /\/overlay\/|^$/.test(attr(e, 'href') ?? 'x') || attr(e, 'role') === 'button', card) !== null && !/displaybackgroundimage/.test(attr(i, 'src') ?? '')) ??
    null;
  if (photo) {
    const url = attr(photo, 'src') ?? '';
    snap.hasPhoto = true;
    snap.photo = { url, uploadedAt: mediaUploadDate(url) };
    snap.nameSources.photoAlt = attr(photo, 'alt') || null;
    elements.set('photo', photo);
  } else if (queryFirst(card, 'img, [class*="ghost"], svg[aria-label]')) {
    snap.hasPhoto = false;
  }
}

function readTopcard(card: Element, snap: ProfileSnapshot, elements: ElementMap): void {
  const nameEl = nameElement(card);
  snap.name = textOrNull(nameEl);
  if (nameEl) elements.set('name', nameEl);

  // In order after the name: pronouns ("He/Him", not the headline), the headline, a line naming
  // the current company and school (the same names as the chips beside it, "PayPay India · GL
  // Bajaj Institute…"; not the location), then the location, a lone "·" and "Contact info".
  const contact = contactLink(card);
  const locationLine = contact ? locationBeside(contact, card) : null;
  const chips = new Set(
    queryAll(card, '[role="button"], button, a[href*="/company/"], a[href*="/school/"]')
      .map((e) => textOf(e).toLowerCase())
      .filter((t) => t !== ''),
  );
  readConnections(card, snap, elements);
  const lines: string[] = [];
  for (const p of queryAll(card, 'p')) {
    if (nameEl && (p.contains(nameEl) || nameEl.contains(p))) continue;
    if (ancestorWhere(p, (e) => isControl(e) || e.localName === 'a', card)) continue;
    const t = textOf(p);
    if (t === '' || /^[\s·•|]*$/.test(t)) continue;
    if (p === locationLine) {
      const own = (contact && p.contains(contact) ? t.replace(textOf(contact), '') : t).replace(/\s*[·•]\s*$/, '').trim();
      if (own) snap.location = own;
      continue;
    }
    if (contact && p.contains(contact)) continue;
    const count = readCountLine(t);
    if (count && 'connections' in count) continue;
    if (count && 'followers' in count) {
      snap.followers ??= count.followers;
      continue;
    }
    if (snap.connections !== null && elements.get('connections') === p) continue;
    if (/^\d[\d.,\s]*\+?$/.test(t) || CONNECTION_WORD_ONLY.test(t)) continue;
    if (isPronounsLine(t) || isDegreeLine(t)) continue;
    const parts = splitMiddot(t).map((x) => x.toLowerCase());
    if (parts.length > 0 && parts.every((x) => chips.has(x))) continue;
    lines.push(t);
  }
  snap.headline = lines[0] ?? null;
  if (snap.location === null && !contact) snap.location = lines[1] ?? null;

  readPhoto(card, nameEl, snap, elements);
  const banner = queryAll(card, 'img').find((i) => /profile-displaybackgroundimage/.test(attr(i, 'src') ?? ''));
  const bannerUrl = attr(banner, 'src');
  if (bannerUrl) snap.banner = { url: bannerUrl, uploadedAt: mediaUploadDate(bannerUrl) };

  // "Open to work": the photo's frame (its alt or title says #OPEN_TO_WORK), or the card's own
  // "Open to work" words or hook. Not the owner's "Open to" button, which every self view has.
  const photo = elements.get('photo');
  const frame = `${attr(photo, 'alt') ?? ''} ${attr(photo, 'title') ?? ''}`;
  const openToWorkHook = queryFirst(card, '[data-view-name*="open-to-work"], [componentkey*="OpenToWork"], [id*="open-to-work"], img[src*="OPEN_TO_WORK"]');
  const openToWorkWords = queryAll(card, 'p, span, h3, a').some((e) => !queryFirst(e, 'p, span, h3') && OPEN_TO_WORK_HEADING.test(textOf(e)));
  snap.openToWork = OPEN_TO_WORK_FRAME.test(frame) || openToWorkHook !== null || openToWorkWords;

  // The verification badge: an svg "verified-…" (role=img, "View Tushar's verifications") beside
  // the name, inside its link or the ProfileVerificationTriggerRef; an earlier variant put it in
  // an About-this-profile link. A card with none of them is not verified.
  const trigger =
    queryFirst(card, 'a[componentkey^="ProfileVerificationTriggerRef"], [data-view-name="profile-top-card-verified-badge"]') ??
    (nameEl ? ancestorWhere(nameEl, (e) => e.localName === 'a', card) : null) ??
    queryFirst(card, 'a[href*="about-this-profile"]');
  const badges = trigger ? [trigger, ...queryAll(trigger, 'svg, img, [role="img"]')] : [];
  const byId = badges.some((e) => /^verified\b/i.test(attr(e, 'id') ?? '') || /verified/i.test(attr(e, 'data-test-icon') ?? ''));
  const byLabel = badges.some((e) => VERIFIED_WORDS.test(attr(e, 'aria-label') ?? ''));
  if (trigger || nameEl) snap.verified = byId || byLabel;

  for (const a of queryAll(card, 'a[href*="/in/"]')) {
    const slug = slugFromHref(attr(a, 'href'));
    if (slug) {
      snap.slug = slug;
      snap.profileUrl = `https://www.linkedin.com/in/${slug}/`;
      break;
    }
  }
  // The member urn is part of the card's key ("…ACoAAB…_Topcard", "…ACoAAB…Topcard"): strip the
  // suffix first, since member ids themselves may contain "_" and "-".
  const key = (attr(card, 'componentkey') ?? '').replace(/_?top_?card$/i, '');
  const urn = /(ACoA[A-Za-z0-9_-]{20,})$/.exec(key);
  if (urn) snap.memberId = urn[1] ?? null;
}

/**
 * Reads a 2026 page. Returns the list parts the page says hold entries whatever was read: the top
 * card's chip for a school (a school icon or a link to a /school/ page) means there is Education.
 */
export function readSduiProfile(doc: Document, snap: ProfileSnapshot, elements: ElementMap): ListPart[] {
  const card = sectionByKey(doc, ['Topcard', 'TopCard', 'topcard'], ['profile_Topcard', 'profile_TopCard']);
  if (card) readTopcard(card, snap, elements);
  const named: ListPart[] = card && queryFirst(card, 'svg[id^="school"], a[href*="/school/"]') ? ['education'] : [];

  const about = sectionByKey(doc, ['About', 'AboutSection', 'Summary'], ['profile_About']);
  if (about) {
    const box = queryFirst(about, DESCRIPTION);
    snap.about = contentText(box) || null;
    if (box) elements.set('about', box);
  }

  const exp = sectionByKey(doc, ['ExperienceTopLevelSection', 'ExperienceDetailsSection', 'ExperienceSection'], ['profile_ExperienceTopLevelSection_', 'profile_ExperienceDetailsSection_']);
  if (exp) {
    const roots = topItems(exp);
    const entities = roots.map(readItem);
    const read = readPositions(entities, 0);
    for (const { position, el } of read) {
      snap.experience.push(position);
      elements.set(position.ref, el);
    }
    const unread = unreadPositions(entities, read) + missedBeside(roots);
    const more = snap.kind === 'profile' ? showAllLink(exp, 'experience') : { link: false, total: null };
    snap.experienceShownAll = !more.link;
    snap.experienceTotal = more.total;
    snap.coverage.experience = listCoverage(snap.experience.length, more, unread);
  }

  const edu = sectionByKey(doc, ['EducationTopLevelSection', 'EducationDetailsSection', 'EducationSection'], ['profile_EducationTopLevelSection_', 'profile_EducationDetailsSection_']);
  if (edu) {
    const roots = topItems(edu);
    for (const item of roots) {
      const ed = readEducation(readItem(item), snap.education.length);
      if (ed) {
        snap.education.push(ed);
        elements.set(ed.ref, item);
      }
    }
    const more = showAllLink(edu, 'education');
    snap.coverage.education = listCoverage(snap.education.length, more, roots.length - snap.education.length + missedBeside(roots));
  }

  const certs = sectionByKey(doc, ['LicensesAndCertificationsTopLevelSection', 'CertificationsTopLevelSection', 'CertificationTopLevelSection', 'CertificationsSection', 'CertificationTopLevel'], ['profile_CertificationTopLevel', 'profile_LicensesAndCertifications']);
  if (certs) {
    const roots = topItems(certs);
    for (const item of roots) {
      const c = readCertification(readItem(item), snap.certifications.length);
      if (c) {
        snap.certifications.push(c);
        elements.set(c.ref, item);
      }
    }
    const more = showAllLink(certs, 'certifications');
    snap.coverage.certifications = listCoverage(snap.certifications.length, more, roots.length - snap.certifications.length + missedBeside(roots));
  }

  const skills = sectionByKey(doc, ['SkillsTopLevelSection', 'SkillsSection', 'Skills'], ['profile_Skills']);
  if (skills) {
    const keyed = skillEntries(skills);
    for (const item of keyed.length > 0 ? [] : topItems(skills)) {
      const s = readSkill(readItem(item));
      if (s) snap.skills.push(s);
    }
    const unread = readSkillEntries(keyed, snap);
    const more = showAllLink(skills, 'skills');
    snap.coverage.skills = listCoverage(snap.skills.length, more, unread);
  }

  const activity = sectionByKey(doc, ['ActivityTopLevelSection', 'ActivitySection', 'Activity'], ['profile_Activity']);
  if (activity) {
    elements.set('activity', activity);
    for (const p of queryAll(activity, 'p, span')) {
      const t = textOf(p);
      if (snap.followers === null && isFollowerText(t) && /\d/.test(t) && t.length < 40) snap.followers = parseCount(t);
    }
    readActivityItems(activity, snap, elements);
    snap.coverage.activity = { seen: true, shown: snap.activity.length, total: null };
  }
  // A details page of skills: one entry per componentkey "com.linkedin.sdui.profile.skill(<member>, <id>)".
  if (snap.kind === 'details-skills' && snap.skills.length === 0) {
    const items = skillEntries(doc);
    const unread = readSkillEntries(items, snap);
    if (items.length > 0) snap.coverage.skills = { seen: true, shown: snap.skills.length, total: snap.skills.length, ...(unread > 0 ? { unread } : {}) };
  }
  markLazyParts(doc, snap);
  return named.filter((part) => snap.coverage[part].pending !== true);
}

const SKILL_KEY = 'com.linkedin.sdui.profile.skill(';

/** Skill entries by their key (the card's or the details page's), without their dividers or nested copies. */
function skillEntries(root: Document | Element): Element[] {
  const keyed = (el: Element): boolean => (attr(el, 'componentkey') ?? '').startsWith(SKILL_KEY) && !(attr(el, 'componentkey') ?? '').endsWith('-divider');
  return queryAll(root, `[componentkey^="${SKILL_KEY}"]`).filter((el) => keyed(el) && ancestorWhere(el, keyed) === null);
}

/** Reads keyed skill entries; returns how many gave no skill. */
function readSkillEntries(items: Element[], snap: ProfileSnapshot): number {
  let unread = 0;
  for (const item of items) {
    const first = queryAll(item, 'p, span').map((p) => textOf(p)).find((t) => t !== '');
    const s = first ? readSkill({ el: item, lines: [first], children: [], orgUrl: null, description: null }) : null;
    if (!s) unread++;
    else if (!snap.skills.includes(s)) snap.skills.push(s);
  }
  return unread;
}

/**
 * The 2026 page renders Experience (in profileCardsExperienceOnly<slug>) and the cards below
 * Activity (profileCardsBelowActivityPart1WithoutExp<slug>, Part2…7: Education, certifications,
 * skills…) only when the user scrolls to them; until then each holds an empty skeleton. A part
 * not read while such a skeleton is still empty has not loaded yet: it is not "none".
 */
export function markLazyParts(doc: Document, snap: ProfileSnapshot): void {
  const empty = (sel: string): boolean => queryAll(doc, sel).some((el) => textOf(el) === '');
  const mark = (part: 'experience' | 'education' | 'certifications' | 'skills'): void => {
    if (!snap.coverage[part].seen) snap.coverage[part].pending = true;
  };
  if (empty('[componentkey^="profileCardsExperienceOnly"]')) mark('experience');
  if (empty('[componentkey^="profileCardsBelowActivity"]')) {
    // Pages without an Experience-only part render Experience among the parts below Activity.
    if (!queryFirst(doc, '[componentkey^="profileCardsExperienceOnly"]')) mark('experience');
    mark('education');
    mark('certifications');
    mark('skills');
  }
}
