// An enrolment code: everything a member's client needs to join a team, in one string to paste:
// "telltale-team:" + base64url(JSON { v: 1, hub, team, name, member, role, token, key }). It carries
// the team key, so it is made on the admin's side (the CLI, later the extension), shown once, and
// never sent to the hub. Parsed strictly: a code that is cut, altered or of another version is
// refused with a message that says what is wrong.
import * as v from 'valibot';
import { KEY_PATTERN, fromBase64url, toBase64url } from './base64url.ts';

export const ENROLMENT_PREFIX = 'telltale-team:';
export const ROLES = ['admin', 'member'] as const;
export type Role = (typeof ROLES)[number];

/** Ids the hub gives teams and members: "t_" / "m_" and 22 base64url characters (128 bits). */
export const TEAM_ID_PATTERN = /^t_[A-Za-z0-9_-]{22}$/;
export const MEMBER_ID_PATTERN = /^m_[A-Za-z0-9_-]{22}$/;

const origin = v.pipe(
  v.string(),
  v.check((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s;
    } catch {
      return false;
    }
  }, 'hub must be an origin such as https://hub.example.com (no path)'),
);

export const EnrolmentSchema = v.strictObject({
  v: v.literal(1),
  hub: origin,
  team: v.pipe(v.string(), v.regex(TEAM_ID_PATTERN, 'team is not a team id')),
  // Shown to members as written: no control characters nor bidirectional overrides that would reorder it.
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[^\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/u, 'name has control or direction characters')),
  member: v.pipe(v.string(), v.regex(MEMBER_ID_PATTERN, 'member is not a member id')),
  role: v.picklist(ROLES),
  token: v.pipe(v.string(), v.regex(KEY_PATTERN, 'token is not a 43-character base64url token')),
  key: v.pipe(v.string(), v.regex(KEY_PATTERN, 'key is not a 43-character base64url team key')),
});
export type Enrolment = v.InferOutput<typeof EnrolmentSchema>;

export function formatEnrolment(e: Enrolment): string {
  const checked = v.parse(EnrolmentSchema, e);
  return ENROLMENT_PREFIX + toBase64url(new TextEncoder().encode(JSON.stringify(checked)));
}

export class EnrolmentError extends Error {}

export const MAX_CODE_CHARS = 2_000;

/** The enrolment a code carries; throws EnrolmentError saying what is wrong. Surrounding white space is ignored. */
export function parseEnrolment(code: string): Enrolment {
  const text = code.trim();
  // A code is a few hundred characters: anything past this is not one (and is not decoded).
  if (text.length > MAX_CODE_CHARS) throw new EnrolmentError(`An enrolment code is at most ${MAX_CODE_CHARS} characters; this text is ${text.length}.`);
  if (!text.startsWith(ENROLMENT_PREFIX)) throw new EnrolmentError(`An enrolment code starts with "${ENROLMENT_PREFIX}".`);
  const bytes = fromBase64url(text.slice(ENROLMENT_PREFIX.length));
  if (!bytes || bytes.length === 0) throw new EnrolmentError('The enrolment code is cut or altered (not base64url after the prefix).');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new EnrolmentError('The enrolment code is cut or altered (its content is not JSON).');
  }
  if (typeof json === 'object' && json !== null && 'v' in json && json.v !== 1) {
    throw new EnrolmentError(`The enrolment code is of version ${(JSON.stringify(json.v) ?? typeof json.v).slice(0, 20)}; this Telltale reads version 1.`);
  }
  const parsed = v.safeParse(EnrolmentSchema, json);
  if (!parsed.success) throw new EnrolmentError(`The enrolment code is not valid: ${describeIssues(parsed.issues)}`);
  return parsed.output;
}

/** Valibot issues as "path: message; …" (the first three), for error answers that name the field. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((i) => {
      const path = v.getDotPath(i);
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');
}
