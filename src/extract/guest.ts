// Public (logged-out) profile pages, as LinkedIn serves them to guests and crawlers.
// What the page looks like:
//   <script type="application/ld+json">{"@graph":[{"@type":"Person","name":…}]}</script>
//   <section class="top-card-layout"> <h1 class="top-card-layout__title">, <h2 …__headline>,
//     <h3 …__first-subline> "Stockholm · Contact Info" / "564 followers · 500+ connections"
//   <section data-section="summary"> About; data-section="experience" with
//     <li class="experience-group"> (header + ul.experience-group__positions) or plain items:
//     span.experience-item__title, span.experience-item__subtitle, span.date-range
//     (<time>Jul 2021</time> - Present <span>2 years 9 months</span>), p.experience-item__meta-item;
//   data-section="educationsDetails", "certifications", "posts" (Liked by / Shared by …).
// The page is full of sign-in modals (class "modal") repeating the photo and the name; they are
// skipped. Visible text wins over JSON-LD, which keeps only a summary (see the expected notes).
import type { ActivityItem, ProfileSnapshot } from '../model.ts';
import { readCountLine } from './counts.ts';
import { activityIdDate, activityIdFrom, mediaUploadDate, parseDateRange, splitMiddot } from './dates.ts';
import { firstMonthYear, isEmploymentType } from './entity.ts';
import type { ElementMap } from './snapshot.ts';
import { attr, childElements, cleanLinkedInUrl, queryFirst, queryAll, slugFromHref, textOf, textOrNull } from './text.ts';


function inModal(el: Element): boolean {
  return el.closest('.modal, .contextual-sign-in-modal, [role="dialog"]') !== null;
}

interface JsonLdPerson {
  name?: unknown;
  url?: unknown;
  image?: { contentUrl?: unknown } | unknown;
  interactionStatistic?: { userInteractionCount?: unknown } | unknown;
  address?: { addressLocality?: unknown } | unknown;
}

function readJsonLdPerson(doc: Document): JsonLdPerson | null {
  for (const script of queryAll(doc, 'script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as unknown;
      const nodes: unknown[] = Array.isArray(data)
        ? data
        : typeof data === 'object' && data !== null && Array.isArray((data as { '@graph'?: unknown })['@graph'])
          ? ((data as { '@graph': unknown[] })['@graph'])
          : [data];
      for (const node of nodes) {
        if (typeof node === 'object' && node !== null && (node as { '@type'?: unknown })['@type'] === 'Person') {
          return node as JsonLdPerson;
        }
      }
    } catch {
      /* not JSON: ignore */
    }
  }
  return null;
}

/** "<time>Jul 2021</time> - Present <span>2 years 9 months</span>" → a date line. */
function dateRangeLine(range: Element | null): string | null {
  if (!range) return null;
  let dates = '';
  let duration = '';
  for (let n = range.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 3) dates += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName.toLowerCase() === 'time') dates += ' ' + textOf(el) + ' ';
      else duration += ' ' + textOf(el);
    }
  }
  dates = dates.replace(/\s+/g, ' ').trim();
  duration = duration.replace(/\s+/g, ' ').trim();
  if (dates === '' && duration === '') return null;
  return duration === '' ? dates : dates === '' ? duration : `${dates} · ${duration}`;
}

function readGuestPosition(li: Element, index: number, groupCompany: string | null, groupUrl: string | null) {
  const title = textOf(queryFirst(li, '.experience-item__title')) || textOf(queryFirst(li, 'h3'));
  const subtitle = textOf(queryFirst(li, '.experience-item__subtitle')) || groupCompany || textOf(queryFirst(li, 'h4'));
  // Public pages show the company alone today; should they ever show "Company · Full-time" as the
  // logged-in page does, the type is read off the end rather than kept in the company's name.
  const parts = splitMiddot(subtitle);
  const last = parts.length > 1 ? parts[parts.length - 1]! : null;
  const employmentType = last && isEmploymentType(last) ? last : null;
  const company = employmentType ? parts.slice(0, -1).join(' · ') : subtitle;
  const line = dateRangeLine(queryFirst(li, '.date-range'));
  const range = parseDateRange(line);
  let location: string | null = null;
  for (const p of queryAll(li, 'p.experience-item__meta-item, .experience-item__meta-item')) {
    if (p.tagName.toLowerCase() !== 'p' || queryFirst(p, '.date-range')) continue;
    location = textOrNull(p);
    if (location) break;
  }
  const link = queryAll(li, 'a[href]').map((a) => cleanLinkedInUrl(attr(a, 'href'))).find((u) => u !== null) ?? groupUrl;
  return {
    ref: `experience:${index}`,
    title,
    company,
    companyUrl: link ?? null,
    employmentType,
    dates: range?.dates ?? (line || null),
    duration: range?.duration ?? null,
    start: range?.start ?? null,
    end: range?.end ?? null,
    current: range?.current ?? false,
    location,
    description: textOrNull(queryFirst(li, '.show-more-less-text__text--less, .show-more-less-text')),
  };
}

export function readGuestProfile(doc: Document, snap: ProfileSnapshot, elements: ElementMap): void {
  const person = readJsonLdPerson(doc);
  if (person && typeof person.name === 'string') snap.nameSources.jsonLd = person.name;

  const card = queryAll(doc, '.top-card-layout').find((c) => !inModal(c)) ?? null;
  const h1 = queryFirst(card, '.top-card-layout__title') ?? queryFirst(card, 'h1');
  snap.name = textOrNull(h1);
  if (h1) elements.set('name', h1);
  snap.headline = textOrNull(queryFirst(card, '.top-card-layout__headline'));

  // Subline: "Location · Contact Info" then "564 followers · 500+ connections".
  const subline = queryFirst(card, '.top-card-layout__first-subline');
  for (const span of queryAll(subline, 'span, a')) {
    if (inModal(span) || attr(span, 'data-modal') !== null || childElements(span).some((c) => c.tagName.toLowerCase() === 'span')) continue;
    const t = textOf(span);
    if (t === '') continue;
    const count = readCountLine(t);
    if (count && 'followers' in count) snap.followers ??= count.followers;
    else if (count && 'connections' in count) {
      if (snap.connections === null) elements.set('connections', span);
      snap.connections ??= count.connections;
    } else if (snap.location === null && span.localName === 'span') snap.location = t;
  }
  if (snap.followers === null && person && typeof person.interactionStatistic === 'object' && person.interactionStatistic !== null) {
    const n = (person.interactionStatistic as { userInteractionCount?: unknown }).userInteractionCount;
    if (typeof n === 'number') snap.followers = n;
  }

  // Photo: the ghost avatar has src equal to data-ghost-url (a static asset).
  const img =
    queryAll(card, '.top-card__profile-image-container img, [data-section="picture"] img, img.top-card-layout__entity-image').find(
      (i) => !inModal(i),
    ) ?? null;
  if (img) {
    const src = attr(img, 'src') ?? attr(img, 'data-delayed-url') ?? '';
    const ghost = attr(img, 'data-ghost-url');
    const real = /profile-displayphoto|profile-framedphoto/.test(src) && src !== ghost;
    snap.hasPhoto = real;
    if (real) {
      snap.photo = { url: src, uploadedAt: mediaUploadDate(src) };
      elements.set('photo', img);
    }
    snap.nameSources.photoAlt = attr(img, 'alt') || null;
  }
  const cover = queryFirst(card, 'img.cover-img__image, [data-embed-id="cover-image"]');
  const coverUrl = attr(cover, 'src') ?? attr(cover, 'data-delayed-url');
  if (coverUrl && /profile-displaybackgroundimage/.test(coverUrl)) snap.banner = { url: coverUrl, uploadedAt: mediaUploadDate(coverUrl) };

  const summary = queryFirst(doc, 'section[data-section="summary"]');
  if (summary) {
    const content = queryFirst(summary, '.core-section-container__content') ?? summary;
    snap.about = textOrNull(queryFirst(content, 'p') ?? content);
  }

  const exp = queryFirst(doc, 'section[data-section="experience"]');
  if (exp) {
    const list = queryFirst(exp, 'ul.experience__list') ?? queryFirst(exp, 'ul');
    let expUnread = 0;
    for (const li of list ? childElements(list) : []) {
      if (li.classList?.contains('experience-group') || queryFirst(li, 'ul.experience-group__positions')) {
        const company = textOrNull(queryFirst(li, '.experience-group-header__company'));
        const groupUrl = cleanLinkedInUrl(attr(queryFirst(li, 'a.experience-group-header__url, a[href]'), 'href'));
        for (const role of childElements(queryFirst(li, 'ul.experience-group__positions') ?? li)) {
          const pos = readGuestPosition(role, snap.experience.length, company, groupUrl);
          snap.experience.push(pos);
          elements.set(pos.ref, role);
        }
      } else {
        const pos = readGuestPosition(li, snap.experience.length, null, null);
        if (pos.title === '' && pos.company === '') {
          expUnread++;
          continue;
        }
        snap.experience.push(pos);
        elements.set(pos.ref, li);
      }
    }
    // The public page lists every position it shows; it has no "Show all N" link.
    snap.experienceShownAll = true;
    snap.coverage.experience = { seen: true, shown: snap.experience.length, total: null, ...(expUnread > 0 ? { unread: expUnread } : {}) };
  }

  const edu = queryFirst(doc, 'section[data-section="educationsDetails"]') ?? queryFirst(doc, 'section[data-section="education"]');
  if (edu) {
    const list = queryFirst(edu, 'ul.education__list') ?? queryFirst(edu, 'ul');
    let eduUnread = 0;
    for (const li of list ? childElements(list) : []) {
      const school = textOf(queryFirst(li, 'h3'));
      if (school === '') {
        eduUnread++;
        continue;
      }
      // Degree is the plain span, field the first data-section="educations" span; later ones are grades.
      let degree: string | null = null;
      let field: string | null = null;
      for (const span of queryAll(queryFirst(li, 'h4'), 'span')) {
        const t = textOrNull(span);
        if (!t) continue;
        if (attr(span, 'data-section') === 'educations') field ??= t;
        else degree ??= t;
      }
      const range = parseDateRange(dateRangeLine(queryFirst(li, '.date-range')));
      const ref = `education:${snap.education.length}`;
      snap.education.push({
        ref,
        school,
        schoolUrl: queryAll(li, 'a[href]').map((a) => cleanLinkedInUrl(attr(a, 'href'))).find((u) => u !== null) ?? null,
        degree,
        field,
        dates: range?.dates ?? null,
        start: range?.start ?? null,
        end: range?.end ?? null,
      });
      elements.set(ref, li);
    }
    snap.coverage.education = { seen: true, shown: snap.education.length, total: null, ...(eduUnread > 0 ? { unread: eduUnread } : {}) };
  }

  const certs = queryFirst(doc, 'section[data-section="certifications"]');
  if (certs) {
    const list = queryFirst(certs, 'ul');
    let certUnread = 0;
    for (const li of list ? childElements(list) : []) {
      const name = textOf(queryFirst(li, 'h3'));
      if (name === '') {
        certUnread++;
        continue;
      }
      const time = queryFirst(li, 'time');
      const ref = `certification:${snap.certifications.length}`;
      snap.certifications.push({
        ref,
        name,
        issuer: textOrNull(queryFirst(li, 'h4')),
        issued: firstMonthYear(textOf(time)) ?? null,
      });
      elements.set(ref, li);
    }
    snap.coverage.certifications = { seen: true, shown: snap.certifications.length, total: null, ...(certUnread > 0 ? { unread: certUnread } : {}) };
  }

  // Activity: "Activity" and "More activity by …" lists; likes and shares, no relative times.
  const postSections = queryAll(doc, 'section[data-section="posts"]');
  for (const section of postSections) {
    for (const li of queryAll(section, 'li')) {
      const link = queryFirst(li, 'a[href*="activity"], a[href*="ugcPost"], a[href*="share"]');
      const id = activityIdFrom(attr(link, 'href'));
      if (!id || snap.activity.some((a) => a.activityId === id)) continue;
      const sub = textOf(queryFirst(li, '.base-main-card__subtitle, h4'));
      const action: ActivityItem['action'] = /^shared|^reposted/i.test(sub)
        ? 'repost'
        : /^liked|^reacted/i.test(sub)
          ? 'reaction'
          : /^commented/i.test(sub)
            ? 'comment'
            : /^posted/i.test(sub)
              ? 'post'
              : null;
      const ref = `activity:${snap.activity.length}`;
      snap.activity.push({ ref, relative: null, relativeDays: null, activityId: id, postedAt: activityIdDate(id), action });
      elements.set(ref, li);
    }
  }
  if (postSections.length > 0) {
    snap.coverage.activity = { seen: true, shown: snap.activity.length, total: null };
    if (postSections[0]) elements.set('activity', postSections[0]);
  }

  const url = typeof person?.url === 'string' ? person.url : null;
  snap.slug = slugFromHref(url) ?? slugFromHref(attr(queryFirst(doc, 'link[rel="canonical"]'), 'href'));
  if (snap.slug) snap.profileUrl = `https://www.linkedin.com/in/${snap.slug}/`;
}
