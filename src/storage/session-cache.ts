// What one browsing session saw, in storage.session, kept under a byte cap: Chrome gives the area
// 10 MB, and a write past that fails whole ("Session storage quota bytes exceeded"), after which the
// popup and Report would stay on an old profile until the browser restarts. Entries are written in
// groups (a member's merged view and assessment; a tab's state) and an index of each group's size
// and last write lets the oldest groups go first, before a new write could reach the quota.
import type { StorageArea } from './area.ts';

export const SESSION_INDEX_KEY = 'session:groups';
/** Well below Chrome's 10 MB: the index, the forget marks and a worst-case snapshot fit beside it. */
export const SESSION_CAP_BYTES = 4 * 1024 * 1024;

interface Group {
  keys: string[];
  bytes: number;
  /** Order of writes (a counter: two writes within one millisecond still have an order). */
  seq: number;
}
type Index = Record<string, Group>;

const encoder = new TextEncoder();
/** As Chrome counts it: the key and the value's JSON, in UTF-8 bytes. */
const sizeOf = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;

/** Callers serialise writes (the worker's memory queue); reads need no order. */
export function createSessionCache(area: StorageArea, capBytes = SESSION_CAP_BYTES) {
  async function readIndex(): Promise<Index> {
    const raw = (await area.get([SESSION_INDEX_KEY]))[SESSION_INDEX_KEY];
    return typeof raw === 'object' && raw !== null ? (raw as Index) : {};
  }

  /** Writes each group's entries (replacing the group's earlier ones), first evicting the oldest groups past the cap. */
  async function write(groups: Record<string, Record<string, unknown>>): Promise<string[]> {
    const index = await readIndex();
    let seq = Math.max(0, ...Object.values(index).map((g) => g.seq));
    const items: Record<string, unknown> = {};
    const stale: string[] = [];
    for (const [id, entries] of Object.entries(groups)) {
      const keys = Object.keys(entries);
      for (const k of index[id]?.keys ?? []) if (!keys.includes(k)) stale.push(k);
      index[id] = { keys, bytes: Object.entries(entries).reduce((sum, [k, v]) => sum + sizeOf(k, v), 0), seq: ++seq };
      Object.assign(items, entries);
    }
    const evicted: string[] = [];
    let total = Object.values(index).reduce((sum, g) => sum + g.bytes, 0);
    for (const [id, group] of Object.entries(index).sort(([, a], [, b]) => a.seq - b.seq)) {
      if (total <= capBytes) break;
      if (id in groups) continue; // what is written now stays
      stale.push(...group.keys);
      total -= group.bytes;
      delete index[id];
      evicted.push(id);
    }
    // Room is made before the write, so the write itself stays under the quota.
    if (stale.length > 0) await area.remove(stale);
    await area.set({ ...items, [SESSION_INDEX_KEY]: index });
    return evicted;
  }

  /** Removes groups (forget, a closed tab). */
  async function remove(ids: string[]): Promise<void> {
    const index = await readIndex();
    const keys = ids.flatMap((id) => index[id]?.keys ?? []);
    for (const id of ids) delete index[id];
    if (keys.length > 0) await area.remove(keys);
    await area.set({ [SESSION_INDEX_KEY]: index });
  }

  return { write, remove };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
