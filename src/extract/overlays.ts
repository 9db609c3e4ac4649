// The two overlays a recruiter opens on a profile: "Contact info" (/overlay/contact-info/) and
// "About this profile" (/overlay/about-this-profile/). They are in-app routes: while open, the
// dialog sits in the DOM over the profile page, so they are read from whichever page is open.
// What they look like (no saved copy of either exists; this follows LinkedIn's documented
// structure and the fixtures in fixtures/overlays/):
//   <div role="dialog" class="artdeco-modal"> <h2>Contact info</h2>
//     <section><h3>Phone</h3><ul><li><span>+46 70 123 45 67</span> <span>(Mobile)</span></li></ul></section>
//     <section><h3>Email</h3><a href="mailto:…">…</a></section>  Website, Birthday, Connected
//   <div role="dialog"> <h2>About this profile</h2>
//     <section><h3>Joined</h3><p>May 2013</p></section>  Name / Profile photo / Contact information:
//     "Last updated …"; Verifications: one line per verification.
// Sections are found by their heading text in the interface language and by tel:/mailto: links,
// never by class names.
import type { AboutThisProfile, ContactInfo, PartialDate, ProfileSnapshot } from '../model.ts';
import { parseMonthYear } from './dates.ts';
import { firstMonthYear } from './entity.ts';
import type { ElementMap } from './snapshot.ts';
import { attr, childElements, collapse, queryFirst, queryAll, textOf } from './text.ts';

/** Heading words, lower case, in en/de/fr/es/pt/nl/it. A heading matches when it starts with one. */
const HEADINGS = {
  contactTitle: ['contact info', 'contact information', 'kontaktinfo', 'kontaktinformationen', 'coordonnées', 'informations de contact', 'información de contacto', 'datos de contacto', 'informações de contato', 'informações de contacto', 'contactgegevens', 'contactinfo', 'informazioni di contatto'],
  aboutTitle: ['about this profile', 'über dieses profil', 'à propos de ce profil', 'acerca de este perfil', 'sobre este perfil', 'over dit profiel', 'informazioni su questo profilo', 'info su questo profilo'],
  phone: ['phone', 'telefon', 'téléphone', 'teléfono', 'telefone', 'telefoon', 'telefono', 'mobile'],
  email: ['email', 'e-mail', 'adresse e-mail', 'correo electrónico', 'correo', 'endereço de e-mail', 'e-mailadres', 'indirizzo email'],
  website: ['website', 'websites', 'webseite', 'site web', 'sites web', 'sitio web', 'sitios web', 'site', 'sites', 'sito web', 'siti web'],
  birthday: ['birthday', 'geburtstag', 'anniversaire', 'date de naissance', 'cumpleaños', 'aniversário', 'data de nascimento', 'verjaardag', 'compleanno'],
  connected: ['connected', 'vernetzt', 'en relation', 'relation depuis', 'conectado', 'conectados', 'connectie', 'verbonden', 'collegat', 'in contatto'],
  joined: ['joined', 'mitglied seit', 'beigetreten', 'membre depuis', 'inscrit', 'se unió', 'miembro desde', 'entrou', 'membro desde', 'lid sinds', 'lid geworden', 'iscritto', 'membro dal'],
  name: ['name', 'nom', 'nombre', 'nome', 'naam'],
  photo: ['profile photo', 'profilbild', 'profilfoto', 'photo de profil', 'foto de perfil', 'profielfoto', 'foto del profilo', 'immagine del profilo'],
  contactChanged: ['contact information', 'contact info', 'kontaktinformationen', 'kontaktinfo', 'coordonnées', 'informations de contact', 'información de contacto', 'informações de contato', 'contactgegevens', 'informazioni di contatto'],
  verifications: ['verification', 'verifications', 'verifizierung', 'verifizierungen', 'vérification', 'vérifications', 'verificaties', 'verificación', 'verificaciones', 'verificação', 'verificações', 'verificatie', 'verifica', 'verifiche'],
} as const;

function headingIs(text: string, words: readonly string[]): boolean {
  const t = text.toLowerCase().replace(/[’']/g, "'").replace(/[:\s]+$/, '');
  return words.some((w) => t === w || t.startsWith(w + ' ') || t.startsWith(w + ':'));
}

interface Part {
  heading: string;
  headingEl: Element;
  /** The block holding the heading and its content. */
  block: Element;
  /** The content text without the heading. */
  text: string;
}

const LABELS: readonly string[] = Object.values(HEADINGS).flat();

/**
 * The headings of a dialog's parts: its h3/h4, or in the 2026 layout (a native <dialog>, label
 * rows as <p>: <div><p>Phone</p><p><a href="tel:…">…</a></p></div>) the short <p> that names a part.
 */
function partHeadings(dialog: Element): Element[] {
  const hs = queryAll(dialog, 'h3, h4');
  if (hs.length > 0) return hs;
  return queryAll(dialog, 'p').filter((p) => {
    const t = textOf(p);
    return t.length <= 40 && !queryFirst(p, 'a') && p.nextElementSibling !== null && headingIs(t, LABELS);
  });
}

/** Heading + content pairs of a dialog: each h3 (or h4) and the section/div it leads. */
function dialogParts(dialog: Element): Part[] {
  const parts: Part[] = [];
  for (const h of partHeadings(dialog)) {
    let block: Element = h.parentElement ?? h;
    const section = h.localName === 'p' ? null : h.closest('section, li');
    if (section && section !== dialog && dialog.contains(section) && queryAll(section, 'h3, h4').length === 1) block = section;
    const pieces: string[] = [];
    const walk = (el: Element): void => {
      for (const c of childElements(el)) {
        if (c === h || c.contains(h)) {
          if (c !== h) walk(c);
          continue;
        }
        pieces.push(textOf(c));
      }
    };
    walk(block);
    parts.push({ heading: textOf(h), headingEl: h, block, text: collapse(pieces.join(' ')) });
  }
  return parts;
}

function dialogTitle(dialog: Element): string {
  const h = queryFirst(dialog, 'h1, h2, [id$="header"], .artdeco-modal__header');
  return textOf(h);
}

/** LinkedIn wraps outside links as /redir/redirect?url=<encoded>; show the real destination. */
function realUrl(href: string): string {
  const m = /[?&]url=([^&]+)/.exec(href);
  if (m && /\/redir\//.test(href)) {
    try {
      return decodeURIComponent(m[1] ?? '');
    } catch {
      return href;
    }
  }
  return href;
}

function readContact(dialog: Element, snap: ProfileSnapshot, elements: ElementMap): ContactInfo {
  const contact: ContactInfo = { phones: [], emails: [], websites: [], birthday: null, connectedSince: null };
  for (const part of dialogParts(dialog)) {
    if (headingIs(part.heading, HEADINGS.phone)) {
      const items = queryAll(part.block, 'li');
      const rows = items.length > 0 ? items : [part.block];
      for (const row of rows) {
        const tel = queryFirst(row, 'a[href^="tel:"]');
        let text = row === part.block ? part.text : textOf(row);
        if (tel) text = textOf(tel) + ' ' + text.replace(textOf(tel), '');
        if (row === part.block) text = text.replace(part.heading, '');
        const m = /^(.*?[\d)])\s*\(([^)]+)\)\s*$/.exec(collapse(text));
        const raw = collapse(m ? (m[1] ?? '') : text);
        if (!/\d/.test(raw)) continue;
        if (contact.phones.some((p) => p.raw === raw)) continue;
        const ref = `contact:phone:${contact.phones.length}`;
        contact.phones.push({ ref, raw, label: m ? collapse(m[2] ?? '') : null });
        elements.set(ref, row);
      }
    } else if (headingIs(part.heading, HEADINGS.website)) {
      for (const a of queryAll(part.block, 'a[href]')) {
        const href = attr(a, 'href') ?? '';
        if (/^(mailto|tel):/.test(href)) continue;
        const row = a.closest('li') ?? a.parentElement ?? a;
        const rest = textOf(row).replace(textOf(a), '').trim();
        const label = /^\(([^)]+)\)$/.exec(rest)?.[1] ?? null;
        const ref = `contact:website:${contact.websites.length}`;
        contact.websites.push({ ref, url: realUrl(href), label });
        elements.set(ref, a);
      }
    } else if (headingIs(part.heading, HEADINGS.birthday)) {
      contact.birthday = part.text || null;
    } else if (headingIs(part.heading, HEADINGS.connected)) {
      contact.connectedSince = part.text || null;
    }
  }
  // E-mail addresses and phone numbers are links wherever they are in the dialog.
  for (const a of queryAll(dialog, 'a[href^="mailto:"]')) {
    let address = (attr(a, 'href') ?? '').slice('mailto:'.length).split('?')[0] ?? '';
    try {
      address = decodeURIComponent(address);
    } catch {
      /* keep */
    }
    address = address.trim() || textOf(a);
    if (!address || contact.emails.some((e) => e.address === address)) continue;
    const ref = `contact:email:${contact.emails.length}`;
    contact.emails.push({ ref, address });
    elements.set(ref, a);
  }
  for (const a of queryAll(dialog, 'a[href^="tel:"]')) {
    const raw = textOf(a) || (attr(a, 'href') ?? '').slice(4);
    if (!raw || contact.phones.some((p) => p.raw === raw)) continue;
    const row = a.closest('li') ?? a.parentElement ?? a;
    const label = /\(([^)]+)\)\s*$/.exec(textOf(row))?.[1] ?? null;
    const ref = `contact:phone:${contact.phones.length}`;
    contact.phones.push({ ref, raw, label });
    elements.set(ref, a);
  }
  const shown = contact.phones.length + contact.emails.length + contact.websites.length;
  snap.coverage.contact = { seen: true, shown, total: shown };
  return contact;
}

/** "Last updated Feb 2024" / "May 2013" → raw text and month; "less than 6 months ago" → no date. */
function dated(text: string): { raw: string; date: PartialDate | null } | null {
  const raw = collapse(text);
  if (raw === '') return null;
  return { raw, date: parseMonthYear(raw) ?? firstMonthYear(raw) };
}

function readAboutThisProfile(dialog: Element, snap: ProfileSnapshot, elements: ElementMap): AboutThisProfile {
  const about: AboutThisProfile = { joined: null, nameChanged: null, photoChanged: null, contactChanged: null, verifications: [] };
  for (const part of dialogParts(dialog)) {
    const h = part.heading;
    if (headingIs(h, HEADINGS.joined)) {
      // Either "Joined" + "May 2013", or one line "Joined May 2013".
      about.joined = dated(part.text || h);
    } else if (headingIs(h, HEADINGS.photo)) {
      about.photoChanged = dated(part.text);
    } else if (headingIs(h, HEADINGS.contactChanged)) {
      about.contactChanged = dated(part.text);
    } else if (headingIs(h, HEADINGS.name)) {
      about.nameChanged = dated(part.text);
    } else if (headingIs(h, HEADINGS.verifications)) {
      const items = queryAll(part.block, 'li');
      for (const li of items) {
        const t = textOf(li);
        if (t) about.verifications.push(t);
      }
      if (items.length === 0 && part.text) about.verifications.push(part.text);
    }
  }
  elements.set('about-this-profile', dialog);
  snap.coverage.aboutThisProfile = { seen: true, shown: about.verifications.length, total: about.verifications.length };
  return about;
}

/** Reads an open contact-info or about-this-profile dialog into the snapshot, if one is open. */
export function readOverlays(dialogs: readonly Element[], snap: ProfileSnapshot, elements: ElementMap): void {
  const path = (() => {
    try {
      return snap.url ? new URL(snap.url, 'https://www.linkedin.com').pathname : '';
    } catch {
      return '';
    }
  })();
  for (const dialog of dialogs) {
    if (dialog.parentElement?.closest('[role="dialog"], .artdeco-modal')) continue;
    if (attr(dialog, 'aria-hidden') === 'true') continue;
    const title = dialogTitle(dialog);
    const parts = dialogParts(dialog);
    const isContact =
      headingIs(title, HEADINGS.contactTitle) ||
      (/\/overlay\/contact-info/.test(path) && parts.length > 0) ||
      queryFirst(dialog, 'a[href^="mailto:"], a[href^="tel:"]') !== null ||
      parts.some((p) => headingIs(p.heading, HEADINGS.phone) || headingIs(p.heading, HEADINGS.email));
    const isAbout =
      headingIs(title, HEADINGS.aboutTitle) ||
      (/\/overlay\/about-this-profile/.test(path) && parts.length > 0) ||
      parts.some((p) => headingIs(p.heading, HEADINGS.joined));
    if (isAbout && !headingIs(title, HEADINGS.contactTitle)) snap.aboutThisProfile = readAboutThisProfile(dialog, snap, elements);
    else if (isContact) snap.contact = readContact(dialog, snap, elements);
  }
}
