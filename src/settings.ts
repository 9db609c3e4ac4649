// The user's settings, kept in storage.local under one key and validated on every read: a value
// from an older version or a hand-edited import falls back to its default, field by field.
import * as v from 'valibot';

export const SETTINGS_KEY = 'settings';

export const SettingsSchema = v.object({
  /** Default phone region (ISO 3166-1 alpha-2) for numbers written without a country code. */
  region: v.fallback(v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))), null),
  /** Signal ids the user turned off. */
  disabledSignals: v.fallback(v.array(v.pipe(v.string(), v.maxLength(100))), []),
  /** No elements in the page at all: findings show in the popup only. */
  quietMode: v.fallback(v.boolean(), false),
  /** How long snapshots of viewed profiles are kept. */
  retentionDays: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)), 90),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

export function parseSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, typeof raw === 'object' && raw !== null ? raw : {});
}
