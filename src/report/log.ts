// The local report log ("report:log" in storage.local): every report the user made, newest last,
// with what happened at each destination (the webhook's delivery and the team hub's, each its own). It is the "always" destination: a report exists here
// even when nothing else could take it. Bounded to the latest MAX_LOG_ENTRIES reports.
import type { Destination } from '../settings.ts';
import { serialQueue, type StorageArea } from '../storage/area.ts';
import type { EvidenceBundle } from './bundle.ts';
import type { DeliveryTarget } from './queue.ts';

export const LOG_KEY = 'report:log';
export const MAX_LOG_ENTRIES = 200;

export type WebhookStatus =
  | { state: 'pending'; attempts: number; lastError: string | null; nextAttemptAt: string | null }
  | { state: 'delivered'; attempts: number; deliveredAt: string; status: number }
  | { state: 'discarded'; attempts: number; lastError: string | null }
  /** Not accepted within 7 days of attempts: no longer sent (src/report/queue.ts). */
  | { state: 'failed'; attempts: number; lastError: string };

export interface ReportLogEntry {
  id: string;
  profileKey: string;
  profileUrl: string | null;
  name: string | null;
  createdAt: string;
  destinations: Destination[];
  note: string | null;
  webhook: WebhookStatus | null;
  /** The delivery to the team's hub; absent in entries logged before the hub was a destination. */
  hub?: WebhookStatus | null;
  /** The bundle as made, without the screenshot (kept only while a delivery is queued). */
  bundle: EvidenceBundle;
}

export function createReportLog(area: StorageArea, serial = serialQueue()) {
  async function read(): Promise<ReportLogEntry[]> {
    return ((await area.get([LOG_KEY]))[LOG_KEY] as ReportLogEntry[] | undefined) ?? [];
  }
  async function write(entries: ReportLogEntry[]): Promise<void> {
    await area.set({ [LOG_KEY]: entries.slice(-MAX_LOG_ENTRIES) });
  }
  function add(entry: ReportLogEntry): Promise<void> {
    return serial(async () => {
      const entries = await read();
      if (entries.some((e) => e.id === entry.id)) return;
      const bundle = entry.bundle.screenshot
        ? { ...entry.bundle, screenshot: null, screenshotNote: 'a screenshot was taken and sent with the report; the log does not keep it' }
        : entry.bundle;
      entries.push({ ...entry, bundle });
      await write(entries);
    });
  }
  /** Records the state of one report's delivery to one destination. */
  function setDelivery(id: string, target: DeliveryTarget, status: WebhookStatus): Promise<void> {
    return serial(async () => {
      const entries = await read();
      const entry = entries.find((e) => e.id === id);
      if (!entry) return;
      if (target === 'hub') entry.hub = status;
      else entry.webhook = status;
      await write(entries);
    });
  }
  const setWebhook = (id: string, status: WebhookStatus) => setDelivery(id, 'webhook', status);
  async function forProfile(profileKey: string): Promise<ReportLogEntry[]> {
    return (await read()).filter((e) => e.profileKey === profileKey);
  }
  function removeProfile(profileKey: string): Promise<void> {
    return serial(async () => {
      const entries = await read();
      const left = entries.filter((e) => e.profileKey !== profileKey);
      if (left.length !== entries.length) await write(left);
    });
  }
  return { read, add, setDelivery, setWebhook, forProfile, removeProfile };
}

export type ReportLog = ReturnType<typeof createReportLog>;
