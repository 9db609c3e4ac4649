// The user's settings, kept in storage.local under one key and validated on every read: a value
// from an older version or a hand-edited import falls back to its default, field by field.
// A team can fix some of them through managed storage (managed_schema.json; Firefox: enterprise
// policies); those win over the user's own values and show as locked in options.
import * as v from 'valibot';

export const SETTINGS_KEY = 'settings';

/** Quiet mode in a stored settings value as it is, without validating the rest (the background's push to the tabs). */
export const quietIn = (settings: unknown): boolean =>
  typeof settings === 'object' && settings !== null && (settings as { quietMode?: unknown }).quietMode === true;

/**
 * Where a report can go. The local report log always gets it and is not a choice. `team`: the
 * team hub this browser joined (src/worker/team.ts), offered only while joined and ticked whenever
 * it is, whatever `reportDestinations` says (that setting names the others).
 */
export const DESTINATIONS = ['clipboard', 'download', 'email', 'webhook', 'team', 'linkedin', 'ic3'] as const;
export type Destination = (typeof DESTINATIONS)[number];
export const DestinationSchema = v.picklist(DESTINATIONS);

/** Destinations that send profile data out of the browser (Firefox asks for data-collection consent). */
export const SENDING_DESTINATIONS: readonly Destination[] = ['email', 'webhook', 'team'];

/** An https URL, or http on the loopback interface (a relay on this machine, tests). */
export function isAllowedWebhookUrl(text: string): boolean {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]');
}

/** The host permission a webhook needs: scheme and host, any port (match patterns carry no port in Firefox). */
export function webhookOriginPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export const WebhookUrlSchema = v.pipe(v.string(), v.maxLength(2_000), v.check(isAllowedWebhookUrl, 'must be an https URL (or http on 127.0.0.1)'));
export const EmailSchema = v.pipe(v.string(), v.maxLength(320), v.regex(/^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/, 'not an email address'));

/** Each setting's schema without its default, so a managed value can be checked as it is. */
const FIELDS = {
  /** Default phone region (ISO 3166-1 alpha-2) for numbers written without a country code. */
  region: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  /** Signal ids the user turned off. */
  disabledSignals: v.array(v.pipe(v.string(), v.maxLength(100))),
  /** No elements in the page at all: findings show in the popup only. */
  quietMode: v.boolean(),
  /** How long snapshots of viewed profiles are kept. */
  retentionDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
  /** Destinations ticked when the report form opens. */
  reportDestinations: v.array(DestinationSchema),
  /** Address the "email" destination prefills. */
  email: v.nullable(EmailSchema),
  /** Team webhook: the JSON bundle is POSTed here. */
  webhookUrl: v.nullable(WebhookUrlSchema),
  /** Sent as "Authorization: Bearer <secret>" when set. */
  webhookSecret: v.nullable(v.pipe(v.string(), v.maxLength(500))),
  /** "json": the evidence bundle; "slack": a Slack-compatible {text} message. */
  webhookFormat: v.picklist(['json', 'slack']),
  /** The webhook's report and the text for IC3 in English, whatever the browser's language (the rest follows the browser). */
  reportsInEnglish: v.boolean(),
};

export const SettingsSchema = v.object({
  region: v.fallback(FIELDS.region, null),
  disabledSignals: v.fallback(FIELDS.disabledSignals, []),
  quietMode: v.fallback(FIELDS.quietMode, false),
  retentionDays: v.fallback(FIELDS.retentionDays, 90),
  reportDestinations: v.fallback(FIELDS.reportDestinations, ['clipboard', 'download']),
  email: v.fallback(FIELDS.email, null),
  webhookUrl: v.fallback(FIELDS.webhookUrl, null),
  webhookSecret: v.fallback(FIELDS.webhookSecret, null),
  webhookFormat: v.fallback(FIELDS.webhookFormat, 'json'),
  reportsInEnglish: v.fallback(FIELDS.reportsInEnglish, false),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingName = keyof Settings;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

export function parseSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, typeof raw === 'object' && raw !== null ? raw : {});
}

/** Settings a team may fix through managed storage (see managed_schema.json). */
export const MANAGED_SETTINGS = ['webhookUrl', 'webhookSecret', 'webhookFormat', 'email', 'retentionDays', 'reportDestinations', 'reportsInEnglish'] as const;

/**
 * Not a setting: a team policy's enrolment code (managed_schema.json `teamCode`), with which the
 * worker joins the team hub for every member (src/worker/team.ts). Never in the settings, never
 * exported; the options page shows the team as set by the organisation.
 */
export const MANAGED_TEAM_CODE = 'teamCode';

/** The policy's enrolment code as written (trimmed), or null when the policy sets none. */
export function managedTeamCode(managed: unknown): string | null {
  if (typeof managed !== 'object' || managed === null) return null;
  const code = (managed as Record<string, unknown>)[MANAGED_TEAM_CODE];
  return typeof code === 'string' && code.trim() !== '' ? code.trim().slice(0, 4_000) : null;
}

/**
 * Settings a snapshot's answer depends on: what is checked and whether the page shows anything.
 * The worker answers a snapshot without waiting for the team policy (src/worker/handlers.ts
 * answerSettings), so none of these may be managed: a policy that disabled a signal or forced quiet
 * mode would lose the first answer after a browser start. Making one managed needs the worker to
 * wait for the policy, or to redraw the page when it arrives; the line below stops the build until then.
 */
export const ANSWER_SETTINGS = ['region', 'disabledSignals', 'quietMode'] as const satisfies readonly SettingName[];
const answerSettingsAreNotManaged: [Extract<(typeof ANSWER_SETTINGS)[number], (typeof MANAGED_SETTINGS)[number]>] extends [never] ? true : never = true;
void answerSettingsAreNotManaged;

/**
 * The settings in force: the user's, with every valid managed value laid over them. A managed value
 * that does not validate is ignored (and the user's stays), so a typo in a policy locks nothing.
 */
export function effectiveSettings(local: unknown, managed: unknown): { settings: Settings; locked: SettingName[] } {
  const settings = parseSettings(local);
  const locked: SettingName[] = [];
  if (typeof managed !== 'object' || managed === null) return { settings, locked };
  const m = managed as Record<string, unknown>;
  for (const name of MANAGED_SETTINGS) {
    if (!(name in m) || m[name] === undefined) continue;
    // Checked without the default: an invalid managed value must not lock the default in.
    const parsed = v.safeParse(FIELDS[name] as v.GenericSchema, m[name]);
    if (!parsed.success) continue;
    (settings as Record<string, unknown>)[name] = parsed.output;
    locked.push(name);
  }
  return { settings, locked };
}

/**
 * The keys of a patch that name no setting, read from the object as it arrived (own keys, so
 * "__proto__" and "constructor", which a schema would silently drop, are seen). A setting is an own
 * field of FIELDS: "toString" or "hasOwnProperty" are not, whatever `in` would say.
 */
export function unknownSettingKeys(patch: unknown): string[] {
  if (typeof patch !== 'object' || patch === null) return [];
  return Object.getOwnPropertyNames(patch).filter((key) => !Object.hasOwn(FIELDS, key));
}

/**
 * Applies a user's change, field by field. Locked fields keep their managed values; a value that
 * does not validate is refused (named in `invalid`) rather than silently reset to its default.
 */
export function updateSettings(current: Settings, patch: Record<string, unknown>, locked: readonly SettingName[]): { settings: Settings; invalid: string[] } {
  const next: Record<string, unknown> = { ...current };
  const invalid: string[] = unknownSettingKeys(patch).map((key) => `${key.slice(0, 100)}: not a setting`);
  if (invalid.length > 0) return { settings: current, invalid };
  for (const [key, value] of Object.entries(patch)) {
    if (locked.includes(key as SettingName)) continue;
    const parsed = v.safeParse(FIELDS[key as SettingName] as v.GenericSchema, value);
    if (parsed.success) next[key] = parsed.output;
    else invalid.push(`${key}: ${parsed.issues[0]?.message ?? 'invalid'}`);
  }
  return { settings: parseSettings(next), invalid };
}
