// base64url without padding (RFC 4648 §5), for keys, tokens and enrolment codes: browser-safe
// (btoa/atob exist in workers, pages and Node 20).

export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url string; null when it is not one (padding, other alphabets or a stray length are refused). */
export function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** 32 random bytes as base64url (43 characters): team keys and member tokens. */
export const random256 = (): string => toBase64url(globalThis.crypto.getRandomValues(new Uint8Array(32)));

/** A 256-bit value in base64url: exactly 43 characters of the alphabet. */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;
