// The team hub's API, version 1: the bodies each side sends, as valibot schemas the hub validates
// with and the types a client (the CLI now, the extension in issue 27) builds them with. The hub's
// OpenAPI document (hub/openapi.ts) describes the same shapes.
import * as v from 'valibot';
import { BUNDLE_FORMAT, type EvidenceBundle } from '../report/bundle.ts';
import { KEY_PATTERN } from './base64url.ts';
import { DETAIL_KINDS } from './keys.ts';
import { ROLES, type Role } from './enrolment.ts';

export const API_PREFIX = '/v1';
/** The header a report carries the profile's keyed hash in: the hub cannot compute it. */
export const PROFILE_KEY_HEADER = 'Telltale-Profile-Key';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Caps: details per sighting, a report's body (bundles may carry a screenshot), every other body. */
export const MAX_DETAILS = 50;
export const REPORT_BODY_LIMIT = 5 * 1024 * 1024;
export const BODY_LIMIT = 64 * 1024;
export const MAX_NOTE = 2_000;

export const PROFILE_STATUSES = ['new', 'under_review', 'confirmed_fraud', 'false_alarm'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];
export const LEVELS = ['low', 'medium', 'high'] as const;

export const KeySchema = v.pipe(v.string(), v.regex(KEY_PATTERN, 'must be a 43-character base64url keyed hash'));
/**
 * A real moment between 1970 and 9999: "2026-02-30" rolls over in JavaScript and is refused by
 * PostgreSQL, and a year 1 "+14:00" is stored BC, which no client can read back.
 */
export function realIsoTime(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(text);
  const t = Date.parse(text);
  if (!m || !Number.isFinite(t)) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return year >= 1970 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && t >= 0 && t < Date.UTC(9999, 11, 31);
}

const isoTime = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('must be an ISO 8601 timestamp'), v.check(realIsoTime, 'must be a real date and time between 1970 and 9999'));

export const SightingRequestSchema = v.strictObject({
  profile: KeySchema,
  details: v.pipe(
    v.array(v.strictObject({ kind: v.picklist(DETAIL_KINDS, `must be one of ${DETAIL_KINDS.join(', ')}`), key: KeySchema })),
    v.maxLength(MAX_DETAILS, `at most ${MAX_DETAILS} details`),
  ),
  level: v.nullable(v.picklist(LEVELS, `must be one of ${LEVELS.join(', ')} or null`)),
  at: isoTime,
});
export type SightingRequest = v.InferOutput<typeof SightingRequestSchema>;

export const TriageRequestSchema = v.strictObject({
  status: v.picklist(PROFILE_STATUSES, `must be one of ${PROFILE_STATUSES.join(', ')}`),
  note: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_NOTE, `at most ${MAX_NOTE} characters`))), null),
});
export type TriageRequest = v.InferInput<typeof TriageRequestSchema>;

export const MemberCreateRequestSchema = v.strictObject({
  role: v.optional(v.picklist(ROLES, `must be one of ${ROLES.join(', ')}`), 'member'),
  label: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(100, 'at most 100 characters'))), null),
});
export type MemberCreateRequest = v.InferInput<typeof MemberCreateRequestSchema>;

const short = (max: number) => v.pipe(v.string(), v.maxLength(max));
const anObject = v.custom<object>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'must be an object');

/**
 * The essentials of the evidence bundle (src/report/bundle.ts) as the extension sends it to a
 * webhook: what the hub reads is checked; fields it does not know are allowed, and the body is
 * stored as sent.
 */
export const ReportBundleSchema = v.object({
  format: v.literal(BUNDLE_FORMAT, `must be "${BUNDLE_FORMAT}"`),
  version: v.literal(1, 'must be 1'),
  idempotencyKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  createdAt: isoTime,
  extension: v.object({ name: v.literal('Telltale'), version: short(40) }),
  statement: short(4_000),
  profile: v.object({ key: short(500), url: v.nullable(short(2_000)), name: v.nullable(short(500)) }),
  assessment: v.object({ level: v.picklist(LEVELS), score: v.number(), checksRun: v.number(), checksTotal: v.number() }),
  findings: v.pipe(
    v.array(v.object({ id: short(100), category: short(100), severity: v.picklist(['alert', 'warn', 'info']), title: short(1_000), evidence: short(20_000), howToVerify: short(20_000) })),
    v.maxLength(500),
  ),
  notChecked: v.array(v.unknown()),
  snapshot: anObject,
  earlierSnapshots: v.array(v.unknown()),
  application: v.nullable(anObject),
  note: v.nullable(short(20_000)),
  destinations: v.pipe(v.array(short(40)), v.maxLength(20)),
  screenshot: v.nullable(v.object({ dataUrl: v.string(), capturedAt: isoTime })),
  screenshotNote: v.nullable(short(2_000)),
});
export type ReportBundle = v.InferOutput<typeof ReportBundleSchema>;
// The schema accepts every bundle the extension builds (checked by the compiler).
export const acceptsEvidenceBundle = (b: EvidenceBundle): v.InferInput<typeof ReportBundleSchema> => b;

export interface MemberRef {
  id: string;
  label: string | null;
}

export interface ColleagueReport {
  id: string;
  member: MemberRef;
  /** When the report was made (the bundle's createdAt). */
  at: string;
  receivedAt: string;
  destinations: string[];
  /** The profile's triage status now: what came of it. */
  outcome: ProfileStatus;
}

export interface ProfileView {
  key: string;
  status: ProfileStatus;
  note: string | null;
  statusBy: MemberRef | null;
  statusAt: string | null;
  firstSeen: string | null;
  /** Members of the team who saw it (sightings) and how many sightings. */
  seenBy: number;
  sightings: number;
  reports: ColleagueReport[];
}

export interface DetailCount {
  kind: (typeof DETAIL_KINDS)[number];
  key: string;
  /**
   * Other profiles of the team that carry this detail as OTHER members saw them (the asker's own
   * sightings are left out: its extension remembers those itself, and must not count them twice),
   * those members, and how many of those profiles were reported or confirmed as fraud.
   */
  otherProfiles: number;
  members: number;
  reported: number;
  confirmed: number;
}

export interface SightingResponse {
  profile: ProfileView;
  details: DetailCount[];
}

export interface ReportCreated {
  id: string;
  /** True when this Idempotency-Key was already stored: the same id, nothing stored again. */
  duplicate: boolean;
}

export interface MemberCreated {
  team: string;
  name: string;
  member: string;
  role: Role;
  label: string | null;
  token: string;
}

export interface ApiError {
  error: string;
  message: string;
}
