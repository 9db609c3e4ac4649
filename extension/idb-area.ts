// Firefox: Telltale's lasting data (settings with the webhook secret, the install key, memory,
// reviews, the report log and queue) in the extension origin's IndexedDB, where content scripts,
// which run in the LinkedIn page's origin, cannot reach it. Firefox cannot close storage.local to
// content scripts (StorageArea.setAccessLevel is for storage.session only there), and a compromised
// page that broke into the content script's world could read and rewrite it (issue 23).
// Chrome keeps storage.local, closed to content scripts by TRUSTED_CONTEXTS (background.ts).
import type { StorageArea } from '../src/storage/area.ts';

export const IDB_NAME = 'telltale';
export const IDB_STORE = 'local';
/** Set once what storage.local held has been moved here: storage.local is never read again. */
const MOVED_KEY = 'idb:moved-from-storage-local';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

export function idbArea(): StorageArea {
  let opened: Promise<IDBDatabase> | null = null;
  const db = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(IDB_NAME, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(IDB_STORE);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be opened'));
    }).catch((error: unknown) => {
      opened = null;
      throw error;
    }));
  return {
    async get(keys) {
      const store = (await db()).transaction(IDB_STORE, 'readonly').objectStore(IDB_STORE);
      const values = await Promise.all(keys.map((k) => request(store.get(k))));
      const out: Record<string, unknown> = {};
      keys.forEach((k, i) => {
        if (values[i] !== undefined) out[k] = values[i];
      });
      return out;
    },
    async set(items) {
      const tx = (await db()).transaction(IDB_STORE, 'readwrite');
      // Stored as plain data (a structured clone of JSON), as storage.local stores it.
      for (const [k, v] of Object.entries(items)) tx.objectStore(IDB_STORE).put(JSON.parse(JSON.stringify(v)) as unknown, k);
      await done(tx);
    },
    async remove(keys) {
      const tx = (await db()).transaction(IDB_STORE, 'readwrite');
      for (const k of keys) tx.objectStore(IDB_STORE).delete(k);
      await done(tx);
    },
    async getAll() {
      const store = (await db()).transaction(IDB_STORE, 'readonly').objectStore(IDB_STORE);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      const out: Record<string, unknown> = {};
      keys.forEach((k, i) => {
        if (typeof k === 'string' && k !== MOVED_KEY) out[k] = values[i];
      });
      return out;
    },
  };
}

/**
 * Moves what an earlier version kept in storage.local into the area, once (nothing is lost on the
 * update), and empties storage.local of it. After that storage.local is never read: what a
 * compromised page wrote there later is never taken in.
 */
export async function moveOnce(from: { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> }, to: StorageArea, isOurs: (key: string) => boolean): Promise<void> {
  if ((await to.get([MOVED_KEY]))[MOVED_KEY] === true) return;
  const old = Object.fromEntries(Object.entries(await from.get(null)).filter(([k]) => isOurs(k)));
  if (Object.keys(old).length > 0) await to.set(old);
  await to.set({ [MOVED_KEY]: true });
  if (Object.keys(old).length > 0) await from.remove(Object.keys(old));
}
