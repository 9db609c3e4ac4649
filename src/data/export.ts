// Export of everything Telltale keeps in storage.local as one JSON document, and its import.
// The webhook secret is left out of the file (a file gets mailed around; the secret stays in the
// browser), and so are the shared-detail index and its key. An import keeps this browser's webhook
// settings and queued deliveries, and takes neither from a file (see importAll). The joined team
// (TEAM_KEY: its hub, token and team key) never leaves in a file and is never taken from one.
import * as v from 'valibot';
import { ComparisonSchema, ReviewOutcomeSchema } from '../memory/schemas.ts';
import { BUNDLE_FORMAT } from '../report/bundle.ts';
import { LOG_KEY, type ReportLogEntry } from '../report/log.ts';
import { QUEUE_KEY } from '../report/queue.ts';
import { DESTINATIONS, DestinationSchema, SETTINGS_KEY } from '../settings.ts';
import { cutSnapshot } from '../snapshot-cut.ts';
import { SnapshotSchema } from '../snapshot-schema.ts';
import type { StorageArea } from '../storage/area.ts';
import { INSTALL_KEY } from '../memory/install-key.ts';
import { INDEX_KEY, PROFILE_PREFIX } from '../memory/store.ts';

export const EXPORT_FORMAT = 'telltale-export';

/**
 * The team this browser joined (src/worker/team.ts): hub, ids, the member's token and the team key.
 * Telltale's data (Delete all removes it), but never in an export (the token and key would let
 * anyone with the file act as this member and read the team's keys) and never from an import.
 */
export const TEAM_KEY = 'team';

/** The keys that are Telltale's data; anything else in the area is left alone. */
export function isTelltaleKey(key: string): boolean {
  return key === SETTINGS_KEY || key === TEAM_KEY || key.startsWith('mem:') || key.startsWith('report:') || key.startsWith('review:');
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
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const isoTime = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());
const profileKeyText = str(300);
const nullableStr = (max: number) => v.nullable(str(max));

const CatalogEntrySchema = v.object({
  profileUrl: nullableStr(2_000),
  name: nullableStr(2_000),
  firstSeen: isoTime,
  lastSeen: isoTime,
  level: v.nullable(v.picklist(['low', 'medium', 'high'])),
  score: v.optional(v.nullable(v.number()), null),
  top: v.pipe(v.array(str(500)), v.maxLength(10)),
  size: v.pipe(v.number(), v.minValue(0)),
});
const WebhookStatusSchema = v.nullable(
  v.variant('state', [
    v.object({ state: v.literal('pending'), attempts: v.number(), lastError: nullableStr(2_000), nextAttemptAt: v.nullable(isoTime) }),
    v.object({ state: v.literal('delivered'), attempts: v.number(), deliveredAt: isoTime, status: v.number() }),
    v.object({ state: v.literal('discarded'), attempts: v.number(), lastError: nullableStr(2_000) }),
    v.object({ state: v.literal('failed'), attempts: v.number(), lastError: str(2_000) }),
  ]),
);
const LogEntrySchema = v.object({
  id: str(100),
  profileKey: profileKeyText,
  profileUrl: nullableStr(2_000),
  name: nullableStr(2_000),
  createdAt: isoTime,
  destinations: v.pipe(v.array(DestinationSchema), v.maxLength(10)),
  note: nullableStr(4_000),
  webhook: WebhookStatusSchema,
  hub: v.optional(WebhookStatusSchema),
  bundle: v.looseObject({ format: v.literal(BUNDLE_FORMAT), idempotencyKey: str(100) }),
});
const VersionSchema = v.object({ firstSeen: isoTime, lastSeen: isoTime, snapshot: v.unknown() });
/** A profile's kept comparison with an application (memory/store.ts StoredComparison). */
const StoredComparisonSchema = v.object({
  ...ComparisonSchema.entries,
  comparedAt: isoTime,
  contactsMasked: v.optional(v.boolean()),
  contacts: v.optional(v.object({ phones: v.pipe(v.array(str(60)), v.maxLength(10)), emails: v.pipe(v.array(str(320)), v.maxLength(10)) })),
});

/**
 * Every key a file may hold, and what its value must be. Checked for the whole file before anything
 * changes; a file whose nesting or size is beyond anything Telltale writes is refused before that.
 */
const ValueSchemas: { match: (key: string) => boolean; schema: v.GenericSchema }[] = [
  { match: (k) => k === SETTINGS_KEY, schema: record },
  { match: (k) => k === 'mem:catalog', schema: v.record(profileKeyText, CatalogEntrySchema) },
  // Kept for files from earlier versions; never imported (below).
  { match: (k) => k === 'mem:index', schema: v.record(str(200), v.array(profileKeyText)) },
  { match: (k) => k === INSTALL_KEY, schema: v.string() },
  {
    match: (k) => k.startsWith('mem:profile:'),
    schema: v.object({ profileKey: profileKeyText, versions: v.pipe(v.array(VersionSchema), v.maxLength(50)), details: v.array(str(200)), application: v.optional(StoredComparisonSchema) }),
  },
  { match: (k) => k === 'report:log', schema: v.pipe(v.array(LogEntrySchema), v.maxLength(1_000)) },
  { match: (k) => k === 'report:queue', schema: v.array(record) },
  // Never written to a file by Telltale; a file that has one is not refused for it, and it is never taken (below).
  { match: (k) => k === TEAM_KEY, schema: v.unknown() },
  { match: (k) => k.startsWith('review:'), schema: v.object({ outcome: ReviewOutcomeSchema, at: isoTime, note: v.optional(str(2_000)), reportedTo: v.optional(v.pipe(v.array(DestinationSchema), v.maxLength(DESTINATIONS.length))) }) },
];

/** Deeper than anything Telltale writes (a report bundle's snapshot is about 6 levels down). */
const MAX_DEPTH = 32;

/** Whether a value nests at most `max` levels, checked without recursion (a 5,000-deep file must not overflow the stack). */
function depthWithin(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [x, depth] = stack.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    if (depth >= max) return false;
    for (const child of Object.values(x)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return true;
}

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

/** Settings that name where reports are sent: an import never takes them from the file. */
const WEBHOOK_SETTINGS = ['webhookUrl', 'webhookSecret', 'webhookFormat'] as const;

export async function exportAll(area: StorageArea, now: Date, extensionVersion: string): Promise<ExportFile> {
  const all = await area.getAll();
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!isTelltaleKey(key)) continue;
    // The install key and the index it keys never leave the browser: with both, a phone number in
    // the index could be found by trying every number.
    if (key === INSTALL_KEY || key === INDEX_KEY) continue;
    // The joined team's token and key stay in this browser: joining again needs the enrolment code.
    if (key === TEAM_KEY) continue;
    if (key === SETTINGS_KEY) data[key] = withoutSecret(value);
    else if (key.startsWith(PROFILE_PREFIX)) {
      // A profile's index keys stay in the browser too: its own (details) and its kept comparison's,
      // and so does its photo's print (src/photo/print.ts), which is taken again from the screen.
      const { applicationDetails: _keys, photoPrint: _print, ...record } = value as { applicationDetails?: unknown; photoPrint?: unknown };
      data[key] = { ...record, details: [] };
    } else data[key] = value;
  }
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    extensionVersion,
    note: 'Everything Telltale keeps in this browser, except the webhook secret, the shared-detail index and the joined team. Keep this file private: it holds what you saw of other people\'s profiles.',
    data,
  };
}

export async function deleteAll(area: StorageArea): Promise<number> {
  const keys = Object.keys(await area.getAll()).filter(isTelltaleKey);
  if (keys.length > 0) await area.remove(keys);
  return keys.length;
}

/**
 * Replaces Telltale's data with the file's. The whole file is checked first (its nesting, then every
 * entry against what Telltale writes, snapshots against the worker's own schema); a file with any
 * malformed part changes nothing. What an import never takes from a file: queued webhook deliveries
 * (a file could name any server; the reports this browser has queued stay queued), the webhook
 * settings (URL, secret, format: this browser's stay), the joined team (this browser's stays), and the shared-detail index and its key
 * (another install's index is of no use without the key that made it; profiles seen again are
 * indexed afresh). This browser's key stays, with its queued reports.
 */
export async function importAll(area: StorageArea, file: unknown): Promise<{ ok: true; keys: number } | { ok: false; error: string }> {
  if (!depthWithin(file, MAX_DEPTH)) return { ok: false, error: 'not a Telltale export file: nested deeper than any export' };
  const parsed = v.safeParse(FileSchema, file);
  if (!parsed.success) return { ok: false, error: 'not a Telltale export file' };
  const items: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed.output.data)) {
    const rule = ValueSchemas.find((r) => r.match(key));
    if (!rule) return { ok: false, error: `unknown entry in the file: ${key.slice(0, 80)}` };
    const checked = v.safeParse(rule.schema, value);
    if (!checked.success) return { ok: false, error: `malformed entry in the file: ${key.slice(0, 80)}` };
    if (key === 'report:queue' || key === INDEX_KEY || key === INSTALL_KEY || key === TEAM_KEY) continue;
    if (key.startsWith(PROFILE_PREFIX)) {
      const profile = checked.output as { profileKey: string; versions: { firstSeen: string; lastSeen: string; snapshot: unknown }[]; application?: unknown };
      const versions = [];
      for (const version of profile.versions) {
        const snapshot = v.safeParse(SnapshotSchema, cutSnapshot(version.snapshot));
        if (!snapshot.success) return { ok: false, error: `malformed entry in the file: ${key.slice(0, 80)}` };
        versions.push({ ...version, snapshot: snapshot.output });
      }
      // The kept comparison comes along (its phones and e-mails as they were kept: masked unless the
      // application was kept); its index hashes do not, like the rest of the index.
      items[key] = { profileKey: profile.profileKey, versions, details: [], ...(profile.application ? { application: profile.application } : {}) };
      continue;
    }
    items[key] = checked.output;
  }

  const current = await area.get([SETTINGS_KEY, QUEUE_KEY, INSTALL_KEY, TEAM_KEY]);
  const here = (current[SETTINGS_KEY] ?? {}) as Record<string, unknown>;
  const queued = Array.isArray(current[QUEUE_KEY]) ? (current[QUEUE_KEY] as { id?: unknown; target?: unknown }[]) : [];
  if (items[SETTINGS_KEY] !== undefined || WEBHOOK_SETTINGS.some((k) => here[k] !== undefined)) {
    const fromFile = { ...((items[SETTINGS_KEY] as Record<string, unknown> | undefined) ?? {}) };
    for (const k of WEBHOOK_SETTINGS) {
      delete fromFile[k];
      if (here[k] !== undefined) fromFile[k] = here[k];
    }
    items[SETTINGS_KEY] = fromFile;
  }
  // Reports the file's log shows as waiting for the webhook or the team's hub were not brought in:
  // say so in the log (an item queued before the hub was a destination has no target: the webhook's).
  const stillQueued = new Set(queued.map((q) => `${String(q.target ?? 'webhook')}:${String(q.id)}`));
  if (Array.isArray(items[LOG_KEY])) {
    items[LOG_KEY] = (items[LOG_KEY] as ReportLogEntry[]).map((e) => {
      let entry = e;
      if (e.webhook?.state === 'pending' && !stillQueued.has(`webhook:${e.id}`)) {
        entry = { ...entry, webhook: { state: 'discarded', attempts: e.webhook.attempts, lastError: 'not delivered from this browser: an import never brings in queued webhook deliveries' } };
      }
      if (e.hub?.state === 'pending' && !stillQueued.has(`hub:${e.id}`)) {
        entry = { ...entry, hub: { state: 'discarded', attempts: e.hub.attempts, lastError: 'not delivered from this browser: an import never brings in queued deliveries to the team hub' } };
      }
      return entry;
    });
  }
  if (queued.length > 0) items[QUEUE_KEY] = queued;
  // This browser's key stays: its queued reports name their webhook's secret by a fingerprint made
  // with it (and the index it keyed is gone with the rest, so it unlocks nothing).
  if (typeof current[INSTALL_KEY] === 'string') items[INSTALL_KEY] = current[INSTALL_KEY];
  // The team this browser joined stays joined: a file never brings one in nor takes it away.
  if (current[TEAM_KEY] !== undefined) items[TEAM_KEY] = current[TEAM_KEY];
  await deleteAll(area);
  if (Object.keys(items).length > 0) await area.set(items);
  return { ok: true, keys: Object.keys(items).length };
}
