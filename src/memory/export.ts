// Export of everything Telltale keeps in storage.local as one JSON document, and its import.
// The webhook secret is left out of the file (a file gets mailed around; the secret stays in the
// browser): an import keeps the secret already configured here.
import * as v from 'valibot';
import { parseSettings, SETTINGS_KEY } from '../settings.ts';
import type { StorageArea } from '../worker/storage-area.ts';

export const EXPORT_FORMAT = 'telltale-export';

/** The keys that are Telltale's data; anything else in the area is left alone. */
export function isTelltaleKey(key: string): boolean {
  return key === SETTINGS_KEY || key.startsWith('mem:') || key.startsWith('report:') || key.startsWith('review:');
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  extensionVersion: string;
  note: string;
  data: Record<string, unknown>;
}

const record = v.record(v.string(), v.unknown());
const ValueSchemas: { match: (key: string) => boolean; schema: v.GenericSchema }[] = [
  { match: (k) => k === SETTINGS_KEY, schema: record },
  { match: (k) => k === 'mem:catalog', schema: record },
  { match: (k) => k === 'mem:index', schema: v.record(v.string(), v.array(v.string())) },
  {
    match: (k) => k.startsWith('mem:profile:'),
    schema: v.object({ profileKey: v.string(), versions: v.array(v.object({ firstSeen: v.string(), lastSeen: v.string(), snapshot: record })), details: v.array(v.string()) }),
  },
  { match: (k) => k === 'report:log' || k === 'report:queue', schema: v.array(record) },
  { match: (k) => k.startsWith('review:'), schema: v.object({ outcome: v.string(), at: v.string() }) },
];

const FileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(1),
  data: v.record(v.string(), v.unknown()),
});

function withoutSecret(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { webhookSecret: _secret, ...rest } = value as Record<string, unknown>;
  return rest;
}

export async function exportAll(area: StorageArea, now: Date, extensionVersion: string): Promise<ExportFile> {
  const all = await area.getAll();
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!isTelltaleKey(key)) continue;
    data[key] = key === SETTINGS_KEY ? withoutSecret(value) : value;
  }
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    extensionVersion,
    note: 'Everything Telltale keeps in this browser, except the webhook secret. Keep this file private: it holds what you saw of other people\'s profiles.',
    data,
  };
}

export async function deleteAll(area: StorageArea): Promise<number> {
  const keys = Object.keys(await area.getAll()).filter(isTelltaleKey);
  if (keys.length > 0) await area.remove(keys);
  return keys.length;
}

/** Replaces Telltale's data with the file's. Refuses the whole file if any part of it is malformed. */
export async function importAll(area: StorageArea, file: unknown): Promise<{ ok: true; keys: number } | { ok: false; error: string }> {
  const parsed = v.safeParse(FileSchema, file);
  if (!parsed.success) return { ok: false, error: 'not a Telltale export file' };
  const items: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed.output.data)) {
    const rule = ValueSchemas.find((r) => r.match(key));
    if (!rule) return { ok: false, error: `unknown entry in the file: ${key.slice(0, 80)}` };
    if (!v.safeParse(rule.schema, value).success) return { ok: false, error: `malformed entry in the file: ${key.slice(0, 80)}` };
    items[key] = value;
  }
  const secret = parseSettings((await area.get([SETTINGS_KEY]))[SETTINGS_KEY]).webhookSecret;
  if (secret !== null) items[SETTINGS_KEY] = { ...((withoutSecret(items[SETTINGS_KEY]) as object | undefined) ?? {}), webhookSecret: secret };
  else if (items[SETTINGS_KEY] !== undefined) items[SETTINGS_KEY] = withoutSecret(items[SETTINGS_KEY]);
  await deleteAll(area);
  if (Object.keys(items).length > 0) await area.set(items);
  return { ok: true, keys: Object.keys(items).length };
}
