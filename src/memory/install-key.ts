// A random secret made once per install and kept in storage.local ("mem:key"): the shared-detail
// index is keyed with it (HMAC-SHA-256), so the index cannot be reversed by trying every phone
// number without it, and a queued report names its webhook secret by a keyed fingerprint only. It
// never leaves the browser: an export leaves it out (and the index with it), "Delete all data"
// deletes it, and the next install or deletion makes a new one.
import type { StorageArea } from '../storage/area.ts';

export const INSTALL_KEY = 'mem:key';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const toHex = (bytes: Uint8Array) => {
  let hex = '';
  for (const b of bytes) hex += HEX[b];
  return hex;
};

/** One creation at a time per area: two first uses in one worker must not make two keys. */
const creating = new WeakMap<StorageArea, Promise<string>>();

async function keyHex(area: StorageArea): Promise<string> {
  const stored = (await area.get([INSTALL_KEY]))[INSTALL_KEY];
  if (typeof stored === 'string' && /^[0-9a-f]{64}$/.test(stored)) return stored;
  let made = creating.get(area);
  if (!made) {
    made = (async () => {
      const again = (await area.get([INSTALL_KEY]))[INSTALL_KEY];
      if (typeof again === 'string' && /^[0-9a-f]{64}$/.test(again)) return again;
      const hex = toHex(crypto.getRandomValues(new Uint8Array(32)));
      await area.set({ [INSTALL_KEY]: hex });
      return hex;
    })().finally(() => creating.delete(area));
    creating.set(area, made);
  }
  return made;
}

/** HMAC-SHA-256 of `text` under this install's key, as hex. */
export async function keyedHash(area: StorageArea, text: string): Promise<string> {
  const hex = await keyHex(area);
  const raw = new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text))));
}
