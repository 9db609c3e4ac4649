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

/** The sighting to send, or null when the page names no profile address to key it by. */
export async function sightingOf(teamKey: string, input: SightingInput): Promise<SightingRequest | null> {
  const { snapshot, region } = input;
  const from = snapshot.profileUrl ?? snapshot.url;
  const address = from === null ? null : canonicalProfileUrl(from);
  if (address === null) return null;
  const plain: { kind: TeamDetailKind; normalised: string }[] = detailsOf(snapshot, region).map((d) => ({ kind: d.kind, normalised: d.normalised }));
  for (const raw of input.application?.phones ?? []) {
    const normalised = normalisePhone(raw, region);
    if (normalised) plain.push({ kind: 'phone', normalised });
  }
  for (const raw of input.application?.emails ?? []) {
    const normalised = normaliseEmail(raw);
    if (normalised) plain.push({ kind: 'email', normalised });
  }
  const seen = new Set<string>();
  const unique = plain.filter((d) => {
    const id = `${d.kind}:${d.normalised}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
  return {
    profile: await detailKey(teamKey, 'profile', address),
    details: await Promise.all(unique.slice(0, MAX_DETAILS).map(async (d) => ({ kind: d.kind, key: await detailKey(teamKey, d.kind, d.normalised) }))),
    level: input.level,
    at: input.at.toISOString(),
  };
}
