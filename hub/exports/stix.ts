// Confirmed cases as a STIX 2.1 bundle (OASIS STIX 2.1, https://docs.oasis-open.org/cti/stix/v2.1/os/stix-v2.1-os.html).
// Per case: an `identity` (individual) with the name as the profile displayed it, a `user-account`
// per LinkedIn public identifier, an `email-addr` per address, an `indicator` per account and
// address, `related-to` relationships from the identity to them, and a `report` whose object_refs
// hold the case together. The producing team is an `identity` (organization), every SDO's and
// SRO's created_by_ref. Phone numbers, which STIX has no object for, and the profile key are
// custom properties (x_telltale_…).
//
// Ids: SCOs by the spec's deterministic rule (UUIDv5 in the STIX namespace over the JCS form of the
// type's ID contributing properties: email-addr `value`; user-account `account_type`, `user_id`,
// `account_login`); SDOs and SROs by UUIDv5 in Telltale's namespace over the case's key and what
// they say (the spec says SHOULD use UUIDv4, not MUST): the same case exports with the same ids,
// so an importer sees a new version (`modified`) of what it has, not a duplicate.
import { caseDetails, type CaseDetails, type ConfirmedCase } from './case.ts';
import { canonicalStrings, STIX_SCO_NAMESPACE, TELLTALE_NAMESPACE, uuidV5 } from './uuid.ts';

export type StixObject = Record<string, unknown> & { type: string; id: string };
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** LinkedIn, in the open account-type-ov vocabulary (which lists Facebook and Twitter but no other social network). */
export const ACCOUNT_TYPE = 'linkedin';

const CAUTION =
  'The account may be fake, or a real member\'s account taken over, whose owner is then a victim. ' +
  'Names and details are as the profile displayed them and may not be the real person\'s. Evidence for review, not proof of who is behind the account.';

const sdoId = (type: string, name: string) => `${type}--${uuidV5(TELLTALE_NAMESPACE, `${type}|${name}`)}`;
const scoId = (type: string, contributing: Record<string, string>) => `${type}--${uuidV5(STIX_SCO_NAMESPACE, canonicalStrings(contributing))}`;
const iso = (time: string | Date) => new Date(time).toISOString();
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/** A string constant in a STIX pattern (STIX 2.1, Patterning, "Constants"): quoted with ', a backslash and a quote escaped with a backslash. */
export const patternString = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Custom list properties only when they hold something: STIX lists are never empty. */
const list = (key: string, values: readonly string[]) => (values.length > 0 ? { [key]: values } : {});

export function casesToStix(cases: readonly ConfirmedCase[], options: { now: Date; producer: string }): StixBundle {
  const now = iso(options.now);
  const producer: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: sdoId('identity', `producer|${options.producer}`),
    created: now,
    modified: now,
    name: options.producer,
    identity_class: 'organization',
  };
  const objects = new Map<string, StixObject>([[producer.id, producer]]);
  const add = (o: StixObject) => {
    if (!objects.has(o.id)) objects.set(o.id, o);
    return o.id;
  };
  for (const c of cases) {
    for (const o of caseObjects(caseDetails(c), producer.id, now)) add(o);
  }
  const keys = cases.map((c) => c.profileKey).join(',');
  return { type: 'bundle', id: `bundle--${uuidV5(TELLTALE_NAMESPACE, `bundle|${options.producer}|${now}|${keys}`)}`, objects: [...objects.values()] };
}

function caseObjects(d: CaseDetails, producerId: string, now: string): StixObject[] {
  const created = iso(d.firstReported);
  const common = { spec_version: '2.1', created_by_ref: producerId, created, modified: later(now, created) };
  const confirmed = iso(d.triagedAt);
  const displayName = d.names[0] ?? null;

  const person: StixObject = {
    type: 'identity',
    ...common,
    id: sdoId('identity', `case|${d.profileKey}`),
    name: displayName ?? (d.publicIdentifiers[0] ? `LinkedIn member ${d.publicIdentifiers[0]}` : 'LinkedIn member (name not shown)'),
    description: `The person a LinkedIn profile presented, which the team confirmed as fraudulent on ${confirmed.slice(0, 10)}. ${CAUTION}`,
    identity_class: 'individual',
    x_telltale_profile_key: d.profileKey,
    ...list('x_telltale_names_displayed', d.names),
    ...list('x_telltale_headlines', d.headlines),
    ...list('x_telltale_profile_urls', d.profileUrls),
    ...list('x_telltale_phone_numbers', d.phones.map((p) => p.value)),
  };

  const observables: StixObject[] = [];
  const indicators: StixObject[] = [];
  const indicator = (pattern: string, name: string, what: string): StixObject => ({
    type: 'indicator',
    ...common,
    id: sdoId('indicator', pattern),
    name,
    description: `${what} Reported by recruiters with Telltale and confirmed by the team on ${confirmed.slice(0, 10)}. ${CAUTION}`,
    indicator_types: ['malicious-activity'],
    pattern,
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: confirmed,
  });

  d.publicIdentifiers.forEach((identifier, i) => {
    const contributing = { account_type: ACCOUNT_TYPE, user_id: identifier, account_login: identifier };
    observables.push({
      type: 'user-account',
      spec_version: '2.1',
      id: scoId('user-account', contributing),
      ...contributing,
      // The name shown belongs to the identifier the profile has now, not to ones it had before.
      ...(i === 0 && displayName ? { display_name: displayName } : {}),
    });
    const pattern = `[user-account:account_type = ${patternString(ACCOUNT_TYPE)} AND user-account:user_id = ${patternString(identifier)}]`;
    indicators.push(indicator(pattern, `LinkedIn account ${identifier}`, `A LinkedIn profile with this public identifier.`));
  });
  for (const email of d.emails) {
    observables.push({ type: 'email-addr', spec_version: '2.1', id: scoId('email-addr', { value: email.value }), value: email.value });
    const where = email.source === 'profile' ? 'shown in the profile\'s contact info' : 'named in the evidence of a finding about the profile';
    indicators.push(indicator(`[email-addr:value = ${patternString(email.value)}]`, `E-mail address ${email.value}`, `An e-mail address ${where}.`));
  }

  const relationships: StixObject[] = observables.map((o) => ({
    type: 'relationship',
    ...common,
    id: sdoId('relationship', `${person.id}|related-to|${o.id}`),
    relationship_type: 'related-to',
    source_ref: person.id,
    target_ref: o.id,
  }));

  const members = [person, ...observables, ...indicators, ...relationships];
  const report: StixObject = {
    type: 'report',
    ...common,
    id: sdoId('report', `case|${d.profileKey}`),
    name: `Confirmed case: ${displayName ?? d.publicIdentifiers[0] ?? 'LinkedIn profile'}`,
    description: `${d.reportCount} Telltale report(s) of this LinkedIn profile, first ${iso(d.firstReported).slice(0, 10)}, last ${iso(d.lastReported).slice(0, 10)}; confirmed by the team. ${CAUTION}`,
    report_types: ['identity', 'indicator'],
    published: confirmed,
    object_refs: members.map((o) => o.id),
    x_telltale_profile_key: d.profileKey,
    x_telltale_status: d.status,
    x_telltale_triaged_by: d.triagedBy,
    ...(d.note ? { x_telltale_triage_note: d.note } : {}),
    x_telltale_report_count: d.reportCount,
    x_telltale_first_seen: iso(d.firstSeen),
    x_telltale_last_seen: iso(d.lastSeen),
    ...list('x_telltale_finding_titles', d.findingTitles),
  };
  return [...members, report];
}
