// The team hub: the options page joins a team with an enrolment code, asks how the joined team
// stands (and, with `check`, asks the hub again), and leaves it. Only the extension's own pages ask
// (ui/…): a content script never learns the hub, the token or the team key, and no answer carries
// the token or the key.
import * as v from 'valibot';
import type { Role } from '../team/enrolment.ts';
import type { Answer } from './common.ts';

export const teamUiRequests = [
  /** How the joined team stands; `check`: ask the hub again now (GET /v1/me), as "Check now" does. */
  v.object({ type: v.literal('ui/team-status'), check: v.optional(v.boolean()) }),
  /** Joins with a pasted enrolment code: checked, then stored only once the hub names that member of that team. */
  v.object({ type: v.literal('ui/team-join'), code: v.pipe(v.string(), v.maxLength(4_000)) }),
  /** Forgets the joined team: its code, the token and the team key. */
  v.object({ type: v.literal('ui/team-leave') }),
] as const;

/** What the extension's pages are told of the joined team: never the token nor the team key. */
export type TeamStatus =
  | {
      joined: false;
      /** A team policy sets an enrolment code (Chrome managed storage, Firefox enterprise policies): no Join by hand. */
      managed: boolean;
      /** The hub's origin a policy's code names (to ask its host permission), else null. */
      managedHub: string | null;
      /** Why the policy's code could not join, in plain words; null when there is no policy or nothing failed. */
      error: string | null;
    }
  | {
      joined: true;
      managed: boolean;
      /** The hub's origin (https://hub.example.com). */
      hub: string;
      team: string;
      name: string;
      member: string;
      role: Role;
      label: string | null;
      joinedAt: string;
      /** When the hub last answered that this token is unknown or revoked (then nothing is sent). */
      revokedAt: string | null;
      checkedAt: string | null;
      /** When this browser last asked the hub (a sighting, Check now) in this browser session, and why it failed (null: it answered). */
      lastContact: { at: string; error: string | null } | null;
    };

export interface TeamAnswers {
  /** `error`: a check that could not reach the hub (the state is kept as it was). */
  'ui/team-status': Answer<{ status: TeamStatus; error: string | null }>;
  'ui/team-join': Answer<{ status: TeamStatus }>;
  /** `hub`: the origin that was left, for the page to give its host permission back; null when none was joined. */
  'ui/team-leave': Answer<{ left: boolean; hub: string | null }>;
}
