// What the hub's tests send: clear values the hub must never store outside reports, their keys
// under a team key, and real evidence bundles (src/report/bundle.ts) as the extension builds them.
import type { Assessment } from '../../src/model.ts';
import { buildBundle } from '../../src/report/bundle.ts';
import { detailKey, newTeamKey, normaliseDetail, type TeamDetailKind } from '../../src/team/keys.ts';
import { snapshot, withContact } from '../worker/fakes.ts';

export const CLEAR = {
  phone: '+44 20 7946 0018',
  phoneE164: '+442079460018',
  email: 'ada.fake@example.org',
  otherEmail: 'grace.fake@example.net',
  profiles: ['https://www.linkedin.com/in/ada-example-1/', 'https://www.linkedin.com/in/ada-example-2/', 'https://uk.linkedin.com/in/Ada-Example-3?trk=x'],
} as const;

/** The key of a clear value under `teamKey`, normalised as the extension will. */
export async function keyFor(teamKey: string, kind: TeamDetailKind, raw: string): Promise<string> {
  const n = normaliseDetail(kind, raw, 'GB');
  if (n === null) throw new Error(`${kind} ${raw} does not normalise`);
  return detailKey(teamKey, kind, n);
}

export const teamKey = () => newTeamKey();

const assessment: Assessment = {
  score: 62,
  level: 'high',
  findings: [{ id: 'a', signal: 'a', category: 'contact', severity: 'alert', title: 'The same phone on another profile', evidence: `${CLEAR.phone} is on another profile`, howToVerify: 'Call.', refs: [] }],
  notChecked: [],
  checksRun: 20,
  checksTotal: 25,
};

/** A bundle exactly as the extension makes one for a webhook, with the clear phone, e-mail and address in it. */
export function bundle(idempotencyKey: string, slug = 'ada-example-2', extra: { screenshot?: string } = {}) {
  return buildBundle({
    idempotencyKey,
    createdAt: new Date('2026-12-01T10:00:00Z'),
    extensionVersion: '0.1.0',
    profileKey: `slug:${slug}`,
    snapshot: withContact(snapshot({ slug }), [CLEAR.phone], [CLEAR.email]),
    assessment,
    earlier: [],
    note: 'Applied twice under two names',
    destinations: ['webhook', 'clipboard'],
    screenshot: extra.screenshot ?? null,
    screenshotNote: extra.screenshot ? null : 'not available',
  });
}
