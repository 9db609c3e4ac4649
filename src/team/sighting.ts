// What a member's extension tells its team's hub about a profile it assessed (issue 27): one
// sighting, with the profile's address and its details as keys under the team key (keys.ts), never
// as written. The details are the ones the extension's own index compares (src/memory/identifiers.ts:
// contact phones and e-mails, the photo, the About text), plus the phones and e-mails of the
// application kept with the profile, so the same number behind two names meets across the team.
import { detailsOf, normaliseEmail, normalisePhone } from '../memory/identifiers.ts';
import type { Level, ProfileSnapshot } from '../model.ts';
import { MAX_DETAILS, type SightingRequest } from './api.ts';
import { canonicalProfileUrl, detailKey, type TeamDetailKind } from './keys.ts';

export interface SightingInput {
  snapshot: ProfileSnapshot;
  level: Level | null;
  at: Date;
  /** The phone region for numbers written without a country code (the setting). */
  region: string | null;
  /** The kept application's contact details, as written. */
  application?: { phones: readonly string[]; emails: readonly string[] } | null;
}

/** A detail the sighting carries, as this page or application shows it: a team finding names it, the hub never sees it. */
export interface SightingLabel {
  kind: Exclude<TeamDetailKind, 'profile' | 'application'>;
  shown: string;
  /** A photo's print (src/photo/print.ts): what it matches is a likeness. */
  likeness?: true;
}

/** The sighting to send, or null when the page names no profile address to key it by. */
export async function sightingOf(teamKey: string, input: SightingInput): Promise<SightingRequest | null> {
  return (await labelledSightingOf(teamKey, input))?.request ?? null;
}

/** The sighting, and for each of its detail keys what it stands for on this page (for the team's findings). */
export async function labelledSightingOf(teamKey: string, input: SightingInput): Promise<{ request: SightingRequest; labels: Map<string, SightingLabel> } | null> {
  const { snapshot, region } = input;
  const from = snapshot.profileUrl ?? snapshot.url;
  const address = from === null ? null : canonicalProfileUrl(from);
  if (address === null) return null;
  const plain: { kind: SightingLabel['kind']; normalised: string; shown: string; likeness?: true }[] = detailsOf(snapshot, region).map((d) => ({ kind: d.kind, normalised: d.normalised, shown: d.shown, ...(d.likeness ? { likeness: d.likeness } : {}) }));
  for (const raw of input.application?.phones ?? []) {
    const normalised = normalisePhone(raw, region);
    if (normalised) plain.push({ kind: 'phone', normalised, shown: raw.trim() });
  }
  for (const raw of input.application?.emails ?? []) {
    const normalised = normaliseEmail(raw);
    if (normalised) plain.push({ kind: 'email', normalised, shown: raw.trim() });
  }
  const seen = new Set<string>();
  const unique = plain.filter((d) => {
    const id = `${d.kind}:${d.normalised}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
  const details = await Promise.all(unique.slice(0, MAX_DETAILS).map(async (d) => ({ kind: d.kind, key: await detailKey(teamKey, d.kind, d.normalised), shown: d.shown, likeness: d.likeness })));
  return {
    request: {
      profile: await detailKey(teamKey, 'profile', address),
      details: details.map(({ kind, key }) => ({ kind, key })),
      level: input.level,
      at: input.at.toISOString(),
    },
    labels: new Map(details.map((d) => [d.key, d.likeness ? { kind: d.kind, shown: d.shown, likeness: d.likeness } : { kind: d.kind, shown: d.shown }])),
  };
}
