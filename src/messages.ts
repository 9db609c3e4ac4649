// Messages between the extension's contexts. Each request type is named by direction:
// `page/…` content script → worker, `ui/…` popup or options → worker. Every message is validated
// by its receiver (valibot) and every answer has the shape `{ ok: true, … } | { ok: false, error }`,
// so a malformed or unknown message gets a clear error and changes nothing.
import type { SignalExplanation } from './ui/explanation.ts';
import * as v from 'valibot';
import type { Assessment, ProfileSnapshot } from './model.ts';
import type { EvidenceBundle } from './report/bundle.ts';
import type { ReportLogEntry, WebhookStatus } from './report/log.ts';
import type { ExportFile } from './memory/export.ts';
import type { StoredComparison } from './memory/store.ts';
import { DestinationSchema, type Destination, type SettingName, type Settings } from './settings.ts';

export const ReviewOutcomeSchema = v.picklist(['cleared', 'needs-follow-up', 'reported']);
export type ReviewOutcome = v.InferOutput<typeof ReviewOutcomeSchema>;

const profileKey = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const destinations = v.pipe(v.array(DestinationSchema), v.maxLength(6));
const note = v.pipe(v.string(), v.maxLength(4_000));
const reportId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** A JPEG or PNG data: URL from tabs.captureVisibleTab, at most ~15 MB. */
const shortText = v.pipe(v.string(), v.maxLength(2_000));
/** The compare page's result, to keep with the profile: findings only, the contact as hashes, the text if asked. */
export const ComparisonSchema = v.object({
  source: v.picklist(['text', 'pdf', 'docx', 'json-resume']),
  fileName: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  findings: v.pipe(
    v.array(v.object({ id: shortText, signal: shortText, severity: v.picklist(['info', 'warn', 'alert']), title: shortText, evidence: v.pipe(v.string(), v.maxLength(4_000)) })),
    v.maxLength(100),
  ),
  notChecked: v.pipe(v.array(shortText), v.maxLength(40)),
  text: v.nullable(v.pipe(v.string(), v.maxLength(200_000))),
});
const screenshot = v.nullable(v.pipe(v.string(), v.maxLength(15_000_000), v.regex(/^data:image\/(jpeg|png);base64,[A-Za-z0-9+/=]+$/)));

/** Content script → worker. The snapshot itself is validated separately (snapshot-schema.ts),
 * so that schema stays in the worker's bundle, not the content script's. */
export const PageRequestSchema = v.variant('type', [
  v.object({ type: v.literal('page/snapshot'), snapshot: v.unknown() }),
  /**
   * What a content script needs of the settings (quiet mode), asked of the worker: the storage areas
   * are closed to content scripts (Chrome: TRUSTED_CONTEXTS), whose world a compromised page may reach.
   */
  v.object({ type: v.literal('page/settings') }),
  v.object({
    type: v.literal('page/not-a-profile'),
    url: v.pipe(v.string(), v.maxLength(4_000)),
    kind: v.picklist(['authwall', 'private', 'not-a-profile']),
    reason: v.pipe(v.string(), v.maxLength(2_000)),
  }),
  v.object({ type: v.literal('page/review'), profileKey, outcome: v.nullable(ReviewOutcomeSchema), note: v.optional(shortText) }),
  /**
   * The panel's "Report this profile…": the worker opens the extension's report page for this tab's
   * profile (report.html#tab=<id>). The form, its note and the evidence bundle stay in that page:
   * nothing of the report comes back into the LinkedIn page.
   */
  v.object({ type: v.literal('page/open-report'), profileKey }),
  /** The panel's "Compare with the application…": the worker opens compare.html#tab=<id> for this tab's profile. */
  v.object({ type: v.literal('page/open-compare'), profileKey }),
  /** The panel's "Forget this profile"; its report log entries go too only when `reports` is ticked. */
  v.object({ type: v.literal('page/forget'), profileKey, reports: v.optional(v.boolean()) }),
]);
export type PageRequest = v.InferOutput<typeof PageRequestSchema>;

/** Popup or options page → worker. */
export const UiRequestSchema = v.variant('type', [
  v.object({ type: v.literal('ui/tab-state'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ type: v.literal('ui/review'), profileKey, outcome: v.nullable(ReviewOutcomeSchema), note: v.optional(shortText) }),
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
  v.object({ type: v.literal('ui/forget'), profileKey, reports: v.optional(v.boolean()) }),
  /** Recent flagged profiles, reports made, deliveries pending. */
  v.object({ type: v.literal('ui/overview') }),
  v.object({ type: v.literal('ui/settings') }),
  v.object({ type: v.literal('ui/settings-set'), patch: v.record(v.string(), v.unknown()) }),
  /** Sends a test message to the configured webhook now (not queued) and says what it answered. */
  v.object({ type: v.literal('ui/webhook-test') }),
  /** Makes one queued delivery (or all, id null) due now. */
  v.object({ type: v.literal('ui/retry'), id: v.nullable(reportId) }),
  v.object({ type: v.literal('ui/discard'), id: reportId }),
  /** Sends held reports (one, or all with id null) to the webhook now set, with its secret: the user's choice. */
  v.object({ type: v.literal('ui/move-queued'), id: v.nullable(reportId) }),
  v.object({ type: v.literal('ui/export') }),
  v.object({ type: v.literal('ui/import'), file: v.unknown() }),
  v.object({ type: v.literal('ui/delete-all') }),
  /** The compare page keeps a comparison with the profile (its phones and emails only as index hashes). */
  v.object({
    type: v.literal('ui/keep-comparison'),
    profileKey,
    comparison: ComparisonSchema,
    phones: v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(10)),
    emails: v.pipe(v.array(v.pipe(v.string(), v.maxLength(320))), v.maxLength(10)),
  }),
  /** The comparison kept with a profile, for the compare page to show when it opens (null: none kept). */
  v.object({ type: v.literal('ui/kept-comparison'), profileKey }),
  /** Deletes the kept comparison and the application's phones and emails from the shared-detail index; the profile stays remembered. */
  v.object({ type: v.literal('ui/delete-comparison'), profileKey }),
]);
export type UiRequest = v.InferOutput<typeof UiRequestSchema>;

/** What the worker keeps about one tab, for the popup. */
export type TabState =
  | { status: 'profile'; profileKey: string; snapshot: ProfileSnapshot; assessment: Assessment; review: Review | null }
  | { status: 'not-a-profile'; url: string; kind: 'authwall' | 'private' | 'not-a-profile'; reason: string }
  | { status: 'none' };

/**
 * What a person decided about a profile: one state, whichever page set it. Sending a report sets
 * it to "reported", with where it went; a second report then says when and where the first went.
 */
export interface Review {
  outcome: ReviewOutcome;
  at: string;
  /** The reviewer's own words, kept with the review (never sent anywhere unless put in a report's note). */
  note?: string;
  /** Set when a report made this review: where it went. */
  reportedTo?: Destination[];
}

export type Answer<T> = ({ ok: true } & T) | { ok: false; error: string };

export interface SnapshotAnswer {
  profileKey: string;
  /** (The merged view of the member is not sent back: the page has no use for it, and it is the
   * largest part of the answer. The popup finds it in the tab's state.)
   * Findings from memory (other profiles with the same phone, earlier versions, earlier reports)
   * come without their details (src/worker/page-assessment.ts): the content script lives in the
   * page, and those details are for the extension's own pages. */
  assessment: Assessment;
  /**
   * The catalogue's texts (why it matters, innocent explanations, source) for each signal the
   * assessment names: the catalogue stays in the worker, and out of the size-limited content script.
   */
  explanations: Record<string, SignalExplanation>;
  review: Review | null;
  /** The user's quiet mode: draw nothing in the page, findings show in the popup only. */
  quietMode: boolean;
}

export interface ReportOptions {
  /** Ticked when the form opens. */
  defaults: Destination[];
  /** Destinations that can work now (email needs an address, webhook a URL). */
  available: Destination[];
  email: string | null;
  webhookUrl: string | null;
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
  profileName: string | null;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  /** Queued for a webhook that is no longer the one set: waits until the user moves or discards it. */
  held: boolean;
}

export interface Overview {
  recent: RecentProfile[];
  reports: Omit<ReportLogEntry, 'bundle'>[];
  pending: PendingDelivery[];
}

/** Worker → content scripts of LinkedIn tabs: the quiet-mode setting changed (they cannot watch storage). */
export interface SettingsPush {
  type: 'worker/settings';
  quietMode: boolean;
}

/** Answers, by request type. */
export interface AnswerOf {
  'page/snapshot': Answer<SnapshotAnswer>;
  'page/settings': Answer<{ quietMode: boolean }>;
  'page/not-a-profile': Answer<object>;
  'page/review': Answer<{ review: Review | null }>;
  'ui/tab-state': Answer<{ state: TabState }>;
  'ui/review': Answer<{ review: Review | null }>;
  'page/open-report': Answer<object>;
  'page/open-compare': Answer<object>;
  'page/forget': Answer<{ forgotten: boolean }>;
  'ui/report-options': Answer<{ options: ReportOptions }>;
  'ui/report': Answer<{ report: ReportAnswer }>;
  'ui/forget': Answer<{ forgotten: boolean }>;
  'ui/overview': Answer<{ overview: Overview }>;
  'ui/settings': Answer<{ settings: Settings; locked: SettingName[] }>;
  'ui/settings-set': Answer<{ settings: Settings; locked: SettingName[] }>;
  'ui/webhook-test': Answer<{ status: number | null; error: string | null }>;
  'ui/retry': Answer<{ retried: number }>;
  'ui/discard': Answer<{ discarded: boolean }>;
  'ui/move-queued': Answer<{ moved: number }>;
  'ui/export': Answer<{ file: ExportFile }>;
  'ui/import': Answer<{ keys: number }>;
  'ui/delete-all': Answer<{ removed: number }>;
  'ui/keep-comparison': Answer<{ kept: boolean }>;
  'ui/kept-comparison': Answer<{ comparison: StoredComparison | null }>;
  'ui/delete-comparison': Answer<{ deleted: boolean }>;
}

export type RequestType = keyof AnswerOf;

/** Formats a valibot failure into one line for an error answer. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
