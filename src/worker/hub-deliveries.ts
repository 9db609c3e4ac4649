// Reports to the team's hub (issue 27 item 5): the hub is a destination beside the webhook, through
// the same durable queue (src/report/queue.ts), one item per report. What is particular to the hub:
// - the body is the webhook's JSON evidence bundle (in English with reportsInEnglish), fixed when
//   the report is made; a screenshot that would take it past the hub's 5 MB is left out of the
//   hub's copy, with a note saying so;
// - the profile is named to the hub by its key under the team key (Telltale-Profile-Key), which
//   needs a canonical profile address: a profile without one cannot go to the hub;
// - an item is bound to the team and member it was made for (its hub, team id, member id), sent
//   only while this browser is joined to that team as that member, with the token read then (the
//   queue never holds the token); after the browser left the team, joined another or the hub
//   refused the token (401, the team is then marked revoked), it is held with the reason;
// - 400, 409 and 413 are the hub refusing this very body: it is never accepted, so the item is
//   given up at once; anything else (503 while its database is down, no network) is tried again.
//   But a 409 `idempotency_conflict` says the team's hub already holds a report under this
//   report's own key (a random id made for it by this browser): this very report, sent before as
//   another member of the team (it was moved after the hub had taken it, its answer lost): it is
//   delivered, once.
import { t } from '../i18n.ts';
import type { EvidenceBundle } from '../report/bundle.ts';
import { targetOf, type HubBinding, type QueuedDelivery, type Verdict } from '../report/queue.ts';
import { webhookPost } from '../report/webhook-post.ts';
import type { PostResult } from '../report/webhook-reply.ts';
import { API_PREFIX, PROFILE_KEY_HEADER, REPORT_BODY_LIMIT } from '../team/api.ts';
import { canonicalProfileUrl, detailKey } from '../team/keys.ts';
import type { TeamState } from './team.ts';

export const hubReportsUrl = (hub: string) => `${hub}${API_PREFIX}/reports`;

/** The address a report to the hub names its profile by (canonical), or null: that profile cannot go to the hub. */
export const hubAddressOf = (profileUrl: string | null): string | null => (profileUrl === null ? null : canonicalProfileUrl(profileUrl));

/** What a hub item is bound to: the team and member joined now, and the profile's key under that team's key. */
export async function hubBinding(state: TeamState, address: string): Promise<HubBinding> {
  return { hub: state.hub, team: state.team, member: state.member, name: state.name, profileKey: await detailKey(state.key, 'profile', address) };
}

/** Whether the team joined now (usable: not revoked) is the one a hub item was made for. */
export const boundTo = (binding: HubBinding | undefined, joined: TeamState | null): boolean =>
  binding !== undefined && joined !== null && binding.hub === joined.hub && binding.team === joined.team && binding.member === joined.member;

/** The headers a hub item is sent with besides Content-Type and Idempotency-Key (added by the queue). */
export const hubHeaders = (joined: TeamState, binding: HubBinding): Record<string, string> => ({
  Authorization: `Bearer ${joined.token}`,
  [PROFILE_KEY_HEADER]: binding.profileKey,
  Accept: 'application/json',
});

/**
 * The body the hub gets: the evidence bundle as the webhook's JSON has it. A screenshot that would
 * take it past what the hub takes (REPORT_BODY_LIMIT) is left out, and the note says so: the rest
 * of the report is worth more to the team than a refusal.
 */
export function hubBody(bundle: EvidenceBundle): string {
  const whole = JSON.stringify(bundle);
  if (!bundle.screenshot || new TextEncoder().encode(whole).byteLength <= REPORT_BODY_LIMIT) return whole;
  return JSON.stringify({ ...bundle, screenshot: null, screenshotNote: t('err_hub_screenshot_left_out', Math.round(REPORT_BODY_LIMIT / 1024 / 1024)) });
}

/** The hub's error code ({ error, message }), or null. */
function hubError(result: PostResult): string | null {
  try {
    const parsed = JSON.parse(result.text) as { error?: unknown };
    return typeof parsed.error === 'string' ? parsed.error : null;
  } catch {
    return null;
  }
}

/** The hub's own words for a failure ({ error, message }), or the reply's first characters. */
function hubMessage(result: PostResult): string {
  try {
    const parsed = JSON.parse(result.text) as { message?: unknown };
    if (typeof parsed.message === 'string' && parsed.message.trim()) return parsed.message.replace(/\s+/g, ' ').trim().slice(0, 300);
  } catch {
    // not the hub's JSON: its text as it came
  }
  const text = result.text.replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text || '-';
}

/** What a hub's answer means for a report (see the file's header). */
export function hubVerdict(result: PostResult, hub: string): Verdict {
  if (result.redirected) return { delivered: false, error: t('team_err_redirect', hub) };
  if (result.status >= 200 && result.status < 300) return { delivered: true };
  if (result.status === 401) return { delivered: false, error: t('err_hub_token_refused', hub) };
  if (result.status === 413) return { delivered: false, error: t('err_hub_too_large', Math.round(REPORT_BODY_LIMIT / 1024 / 1024)), final: true };
  if (result.status === 409 && hubError(result) === 'idempotency_conflict') return { delivered: true };
  if (result.status === 400 || result.status === 409) return { delivered: false, error: t('err_hub_refused', [result.status, hubMessage(result)]), final: true };
  return { delivered: false, error: t('err_hub_answered', [result.status, hubMessage(result)]) };
}

/** Sends one hub attempt with the hub's fetch: no redirect followed, no cookies, the reply capped (webhook-post.ts). */
export const hubPost = (hubFetch: typeof fetch) => (url: string, body: string, headers: Record<string, string>) => webhookPost(hubFetch, url, body, headers);

/**
 * Why a hub item is not sent now, or null when it may be: the browser left its team (`left`), the
 * hub refused its member's token (`revoked`), or the browser is joined to another team or as
 * another member (`other`; `movable` when that team may be sent to).
 */
export type HubHold = { kind: 'left' } | { kind: 'revoked' } | { kind: 'other'; movable: boolean };

/** `stored`: the team as stored, revoked or not (Team.current). */
export function hubHold(item: QueuedDelivery, joined: TeamState | null, stored: TeamState | null): HubHold | null {
  if (targetOf(item) !== 'hub') return null;
  if (boundTo(item.hub, joined)) return null;
  const b = item.hub;
  if (stored === null || b === undefined) return { kind: 'left' };
  if (stored.hub === b.hub && stored.team === b.team && stored.member === b.member) return stored.revokedAt !== null ? { kind: 'revoked' } : { kind: 'left' };
  return { kind: 'other', movable: joined !== null };
}

/** The popup's words for a held hub item, in the UI language. */
export function hubHoldReason(hold: HubHold, binding: HubBinding | undefined): string {
  const name = binding?.name ?? '?';
  switch (hold.kind) {
    case 'left':
      return t('err_hub_held_left', name);
    case 'revoked':
      return t('err_hub_held_revoked', name);
    case 'other':
      return hold.movable ? t('err_hub_held_other', name) : t('err_hub_held_other_revoked', name);
  }
}

/** The profile address a queued hub item's body names (its bundle's), for binding it to another team. */
export function addressInBody(item: QueuedDelivery): string | null {
  try {
    const bundle = JSON.parse(item.body) as { profile?: { url?: unknown } };
    return typeof bundle.profile?.url === 'string' ? hubAddressOf(bundle.profile.url) : null;
  } catch {
    return null;
  }
}
