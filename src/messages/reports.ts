// Reports and their delivery: the Report form's options and "Send", the popup's overview of
// reports and queued deliveries, and what the user does with a delivery (retry, move, discard).
import * as v from 'valibot';
import type { EvidenceBundle } from '../report/bundle.ts';
import type { ReportLogEntry, WebhookStatus } from '../report/log.ts';
import { DELIVERY_TARGETS, type DeliveryTarget } from '../report/queue.ts';
import { DESTINATIONS, DestinationSchema, type Destination } from '../settings.ts';
import { profileKey, type Answer } from './common.ts';

const destinations = v.pipe(v.array(DestinationSchema), v.maxLength(DESTINATIONS.length));
/** Which of a report's queued deliveries: the webhook's or the hub's (absent: as the request says). */
const target = v.optional(v.picklist(DELIVERY_TARGETS));
const note = v.pipe(v.string(), v.maxLength(4_000));
const reportId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** A JPEG or PNG data: URL from tabs.captureVisibleTab, at most ~15 MB. */
const screenshot = v.nullable(v.pipe(v.string(), v.maxLength(15_000_000), v.regex(/^data:image\/(jpeg|png);base64,[A-Za-z0-9+/=]+$/)));

export const reportUiRequests = [
  /** With a profile: also the reports already made of it, so the form can say so before a second. */
  v.object({ type: v.literal('ui/report-options'), profileKey: v.optional(profileKey) }),
  /**
   * The Report form's "Send", from the popup (which grants activeTab, so it can attach a screenshot
   * of the tab) or from the report page the panel opened (`from: 'report-page'`: no screenshot).
   */
  v.object({
    type: v.literal('ui/report'),
    profileKey,
    destinations,
    note,
    screenshot,
    from: v.optional(v.picklist(['popup', 'report-page'])),
    /** The application's phones and e-mails in clear in the report (the form's tick); masked without it. */
    clearContacts: v.optional(v.boolean()),
  }),
  /** Recent flagged profiles, reports made, deliveries pending. */
  v.object({ type: v.literal('ui/overview') }),
  /** Sends a test message to the configured webhook now (not queued) and says what it answered. */
  v.object({ type: v.literal('ui/webhook-test') }),
  /** Makes one report's queued deliveries (or all, id null; only those to `target` when given) due now. */
  v.object({ type: v.literal('ui/retry'), id: v.nullable(reportId), target }),
  /** Drops one report's queued delivery to `target` (both of its deliveries without one). */
  v.object({ type: v.literal('ui/discard'), id: reportId, target }),
  /**
   * Sends held reports (one, or all with id null) to the webhook now set, with its secret, or with
   * `target: 'hub'` to the team joined now: the user's choice.
   */
  v.object({ type: v.literal('ui/move-queued'), id: v.nullable(reportId), target }),
] as const;

export interface ReportOptions {
  /** Ticked when the form opens. */
  defaults: Destination[];
  /** Destinations that can work now (email needs an address, webhook a URL, team a joined team and a profile address to key). */
  available: Destination[];
  email: string | null;
  webhookUrl: string | null;
  /** The team hub joined now (not revoked): the form offers it only then. */
  team: { name: string } | null;
  /** Reports already made of the profile asked about, newest first (empty without a profile). */
  earlier: { createdAt: string; destinations: Destination[] }[];
  /** The profile's kept comparison quotes the application's phones and e-mails in clear: the form asks whether the report may. */
  applicationInClear: boolean;
}

/** What a made report hands back to the form, which does the parts that need the user's page. */
export interface ReportAnswer {
  id: string;
  bundle: EvidenceBundle;
  /** Readable text (file, clipboard). */
  text: string;
  files: { json: string; text: string };
  /** Set when "email" was chosen and an address is configured. */
  mailto: string | null;
  /** Set when "linkedin" was chosen: open it and use LinkedIn's own Report / Block. */
  linkedinUrl: string | null;
  /** Set when "ic3" was chosen: the complaint site, and the text to paste there. */
  ic3: { url: string; text: string } | null;
  webhook: WebhookStatus | null;
  /** Set when the team's hub was chosen: queued for it, as the webhook is. */
  hub: { team: string; status: WebhookStatus } | null;
  /** Destinations chosen that could not be used, with why ("webhook (no webhook URL in options)"). */
  notSent?: string[];
}

export interface RecentProfile {
  profileKey: string;
  profileUrl: string | null;
  name: string | null;
  lastSeen: string;
  level: 'low' | 'medium' | 'high' | null;
  top: string[];
}

export interface PendingDelivery {
  id: string;
  /** Where it goes: the webhook, or the team's hub (`team` its name when the report was made). */
  target: DeliveryTarget;
  team: string | null;
  profileName: string | null;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  /**
   * Queued for a webhook that is no longer the one set, or for a team this browser left, was refused
   * by or no longer is in as that member: waits until the user moves or discards it (`lastError` says why).
   */
  held: boolean;
  /** Held, and there is a webhook set or a team joined to send it to instead (ui/move-queued). */
  movable: boolean;
}

export interface Overview {
  recent: RecentProfile[];
  reports: Omit<ReportLogEntry, 'bundle'>[];
  pending: PendingDelivery[];
  /** The team hub joined now (not revoked). */
  team: { name: string } | null;
}

export interface ReportAnswers {
  'ui/report-options': Answer<{ options: ReportOptions }>;
  'ui/report': Answer<{ report: ReportAnswer }>;
  'ui/overview': Answer<{ overview: Overview }>;
  'ui/webhook-test': Answer<{ status: number | null; error: string | null }>;
  'ui/retry': Answer<{ retried: number }>;
  'ui/discard': Answer<{ discarded: boolean }>;
  'ui/move-queued': Answer<{ moved: number }>;
}
