// The details one person's profile should not share with another's: phone numbers, email
// addresses, the profile photo and the About text. The shared-detail index never stores them as
// written: each is normalised (so "+44 20 7946 0018" and "020 7946 0018" meet) and then hashed
// with a per-install key (HMAC-SHA-256), so the index alone says nothing about anyone. The value shown in a finding comes from
// the profile being viewed, which has it on screen anyway.
import { readPhone } from '../phone/phone-reading.ts';
import { isOwnUpload } from '../photo/own-upload.ts';
import { variantsOf } from '../photo/print.ts';
import type { ProfileSnapshot, SharedDetail } from '../model.ts';
import type { StorageArea } from '../storage/area.ts';
import { keyedHash } from './install-key.ts';
import { t } from '../i18n.ts';

export type DetailKind = SharedDetail['detail'];

export interface Detail {
  kind: DetailKind;
  /** Normalised form; hashed before it is stored. */
  normalised: string;
  /** What the finding shows: the number or address as on this page, a short label for photo/About. */
  shown: string;
  /** A photo's print (not its upload): a match by it alone is a likeness, to compare by eye. */
  likeness?: true;
}

/** About texts shorter than this are too generic to say two profiles are one ("Software engineer."). */
const MIN_ABOUT_CHARS = 80;

export function normalisePhone(raw: string, region: string | null): string | null {
  const reading = readPhone(raw, region);
  if (reading.kind === 'valid') return reading.number.number; // E.164
  // Not readable as a number of a known country: compare the digits as written, when there are enough.
  const digits = raw.replace(/^\s*(\+|00)/, '+').replace(/[^\d+]/g, '');
  return digits.replace(/\D/g, '').length >= 7 ? digits : null;
}

export function normaliseEmail(address: string): string | null {
  const a = address.trim().toLowerCase().replace(/^mailto:/, '');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a) ? a : null;
}

/**
 * A LinkedIn photo URL names the uploaded image in its path (…/image/v2/<asset id>/profile-displayphoto-
 * shrink_800_800/…/0/<upload ms>); the query (expiry and signature) and the size variant change
 * from view to view, the asset does not. A re-upload of the same picture is a new asset: that is
 * the picture's print's to find (src/photo/print.ts; detailsOf adds it when the worker has one).
 */
export function normalisePhoto(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const segments = u.pathname
    .split('/')
    .filter((s) => s !== '' && !/^(profile-displayphoto|profile-framedphoto|profile-originalphoto)[-_]/.test(s));
  if (segments.length === 0) return null;
  return `${u.hostname}/${segments.join('/')}`;
}

export function normaliseAbout(text: string): string | null {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length >= MIN_ABOUT_CHARS ? plain : null;
}

function aboutLabel(text: string): string {
  const about = text.replace(/\s+/g, ' ').trim();
  return t('mem_same_about', about.length > 60 ? `${about.slice(0, 60)}…` : about);
}

/** Every indexable detail of a snapshot, each once. */
export function detailsOf(snapshot: ProfileSnapshot, region: string | null): Detail[] {
  const out: Detail[] = [];
  const seen = new Set<string>();
  const add = (kind: DetailKind, normalised: string | null, shown: string, likeness = false) => {
    if (!normalised || seen.has(`${kind}:${normalised}`)) return;
    seen.add(`${kind}:${normalised}`);
    out.push(likeness ? { kind, normalised, shown, likeness } : { kind, normalised, shown });
  };
  for (const phone of snapshot.contact?.phones ?? []) add('phone', normalisePhone(phone.raw, region), phone.raw.trim());
  for (const email of snapshot.contact?.emails ?? []) add('email', normaliseEmail(email.address), email.address.trim());
  // Only a member's own upload: a placeholder or ghost avatar must never read as a shared photo.
  if (isOwnUpload(snapshot)) {
    add('photo', normalisePhoto(snapshot.photo.url), t('mem_same_photo'));
    // The picture itself, once the worker has its print: the same face under another upload meets
    // here (each variant of the print is a key; two prints meet when any of their variants do).
    for (const variant of snapshot.photo.print ? variantsOf(snapshot.photo.print) : []) add('photo', `print:${variant}`, t('mem_same_picture'), true);
  }
  if (snapshot.about) add('about', normaliseAbout(snapshot.about), aboutLabel(snapshot.about));
  return out;
}

/**
 * The index key of a detail: "<kind>:<HMAC-SHA-256 hex of the normalised form>", keyed with this
 * install's secret (install-key.ts): without the key, a phone number cannot be found in the index by
 * trying every number.
 */
export async function detailHash(area: StorageArea, kind: DetailKind, normalised: string): Promise<string> {
  return `${kind}:${await keyedHash(area, `telltale:${kind}:${normalised}`)}`;
}
