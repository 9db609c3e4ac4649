// How a team names a profile or a detail without saying it: a keyed hash (HMAC-SHA-256 under the
// team key, base64url, 43 characters) of "<kind>:<normalised value>". The team key is made on an
// admin's side and travels only inside enrolment codes (enrolment.ts), never to the hub: the hub
// stores and compares these keys and cannot tell which number, address or person one stands for,
// nor find out by trying every phone number. Every member of a team derives the same key from the
// same value because the normalisers are shared (src/memory/identifiers.ts).
import { inPathSlug, isLinkedInHost } from '../linkedin-url.ts';
import { normaliseAbout, normaliseEmail, normalisePhone, normalisePhoto } from '../memory/identifiers.ts';
import { KEY_PATTERN, fromBase64url, random256, toBase64url } from './base64url.ts';

/** What a team's keys can stand for. `application`: an application's text (résumé, cover letter). */
export const DETAIL_KINDS = ['profile', 'phone', 'email', 'photo', 'about', 'application'] as const;
export type TeamDetailKind = (typeof DETAIL_KINDS)[number];

/** A new team key: 256 random bits, base64url. Made by the admin's client (the CLI), never by the hub. */
export const newTeamKey = (): string => random256();

function keyBytes(teamKey: string): Uint8Array<ArrayBuffer> {
  const bytes = KEY_PATTERN.test(teamKey) ? fromBase64url(teamKey) : null;
  if (!bytes || bytes.length !== 32) throw new Error('A team key is 32 bytes in base64url (43 characters).');
  return new Uint8Array(bytes);
}

/** base64url HMAC-SHA-256 of `message` under `key` (raw bytes). Exposed for the test vector. */
export async function hmacSha256(key: Uint8Array<ArrayBuffer>, message: string): Promise<string> {
  const k = await globalThis.crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toBase64url(new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', k, new TextEncoder().encode(message))));
}

/** The team's key for one detail: base64url HMAC-SHA-256 over `kind + ':' + normalised`, keyed with the team key. */
export async function detailKey(teamKey: string, kind: TeamDetailKind, normalised: string): Promise<string> {
  return hmacSha256(keyBytes(teamKey), `${kind}:${normalised}`);
}

/**
 * The canonical address of a LinkedIn profile: "https://www.linkedin.com/in/<slug>/", the slug
 * decoded and lower-cased, whatever the host (country subdomains), query, fragment or sub-page
 * (…/details/experience/). Null for an address that names no profile.
 */
export function canonicalProfileUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !isLinkedInHost(url.hostname)) return null;
  const slug = inPathSlug(url)?.trim().toLowerCase();
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` : null;
}

/**
 * A value as written → its normalised form for `kind`, or null when it cannot be one (an address
 * that names no profile, a phone with too few digits, an About text too short to say two profiles
 * are one). Phones become E.164 when readable in `region`.
 */
export function normaliseDetail(kind: TeamDetailKind, raw: string, region: string | null = null): string | null {
  switch (kind) {
    case 'profile':
      return canonicalProfileUrl(raw);
    case 'phone':
      return normalisePhone(raw, region);
    case 'email':
      return normaliseEmail(raw);
    case 'photo':
      return normalisePhoto(raw);
    case 'about':
    case 'application':
      return normaliseAbout(raw);
  }
}

/** Normalises then keys a value; null when it does not normalise. */
export async function keyOf(teamKey: string, kind: TeamDetailKind, raw: string, region: string | null = null): Promise<string | null> {
  const normalised = normaliseDetail(kind, raw, region);
  return normalised === null ? null : detailKey(teamKey, kind, normalised);
}

/** The team's key of a profile, from any of its addresses. */
export const profileKey = (teamKey: string, address: string) => keyOf(teamKey, 'profile', address);
