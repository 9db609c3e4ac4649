// Confirmed cases as one MISP event (MISP core format, draft-dulaunoy-misp-core-format; object
// templates from MISP/misp-objects). Per case: a `person` object (the name as displayed, earlier
// names as aliases, the public identifier as handle, phones, e-mails, the profile key as its text)
// and a `user-account` object per LinkedIn public identifier, the person referring to each with
// `related-to`. The event is for the receiving organisation only (distribution 0), not published,
// tagged tlp:amber: it names people, and a hijacked account's owner is a victim.
//
// Instance-local ids (id, event_id, object_id, org_id, orgc_id) are left out: the receiving MISP
// assigns them on import. UUIDs are UUIDv5 in Telltale's namespace over the case's key and what
// they hold (the draft RECOMMENDS v4 for new ones): the same case exports with the same UUIDs,
// which the draft asks to be kept for updates of the same event, object and attribute.
import { caseDetails, type CaseDetails, type ConfirmedCase } from './case.ts';
import { TELLTALE_NAMESPACE, uuidV5 } from './uuid.ts';
import { inPathSlug } from '../../src/linkedin-url.ts';

export interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  to_ids: boolean;
  distribution: string;
  sharing_group_id: string;
  timestamp: string;
  comment: string;
  deleted: boolean;
  disable_correlation: boolean;
  object_relation?: string;
}

export interface MispObject {
  uuid: string;
  name: string;
  'meta-category': string;
  description: string;
  template_uuid: string;
  template_version: string;
  timestamp: string;
  distribution: string;
  sharing_group_id: string;
  comment: string;
  deleted: boolean;
  first_seen?: string;
  last_seen?: string;
  Attribute: MispAttribute[];
  ObjectReference: { uuid: string; object_uuid: string; referenced_uuid: string; relationship_type: string; timestamp: string; comment: string; deleted: boolean }[];
}

export interface MispEvent {
  Event: {
    uuid: string;
    info: string;
    date: string;
    timestamp: string;
    publish_timestamp: string;
    threat_level_id: string;
    analysis: string;
    distribution: string;
    sharing_group_id: string;
    published: boolean;
    Orgc: { uuid: string; name: string };
    Tag: { name: string }[];
    Attribute: MispAttribute[];
    Object: MispObject[];
  };
}

/** The templates used, as MISP/misp-objects defines them (objects/<name>/definition.json). */
export const TEMPLATES = {
  person: { uuid: 'a15b0477-e9d1-4b9c-9546-abe78a4f4248', version: '19', metaCategory: 'misc', description: 'An object which describes a person or an identity.' },
  'user-account': {
    uuid: '49606b06-22f0-4ac8-8eee-2f12ad46f3d3',
    version: '6',
    metaCategory: 'misc',
    description: 'User-account object, defining aspects of user identification, authentication, privileges and other relevant data points.',
  },
} as const;

const CAUTION =
  'Confirmed as fraudulent by the team from Telltale reports. The account may be fake, or a real member\'s account taken over, whose owner is then a victim; names and details are as the profile displayed them. Evidence for review.';

const id = (name: string) => uuidV5(TELLTALE_NAMESPACE, name);
const seconds = (time: string | Date) => String(Math.floor(new Date(time).getTime() / 1000));

export function casesToMisp(cases: readonly ConfirmedCase[], options: { now: Date; orgName: string }): MispEvent {
  const timestamp = seconds(options.now);
  const details = cases.map(caseDetails);
  const made = details.map((d) => caseObjects(d, timestamp));
  const count = cases.length;
  return {
    Event: {
      uuid: id(`misp-event|${options.orgName}|${options.now.toISOString()}|${cases.map((c) => c.profileKey).join(',')}`),
      info: `Telltale: ${count} LinkedIn profile${count === 1 ? '' : 's'} confirmed as fraudulent (fake or taken over)`,
      date: options.now.toISOString().slice(0, 10),
      timestamp,
      publish_timestamp: '0',
      // Undefined: the team confirmed fraud, not how much of a threat it is; the receiving team sets it.
      threat_level_id: '4',
      // Complete: every case here was triaged and confirmed.
      analysis: '2',
      distribution: '0',
      sharing_group_id: '0',
      published: false,
      Orgc: { uuid: id(`misp-org|${options.orgName}`), name: options.orgName },
      Tag: [{ name: 'tlp:amber' }],
      Attribute: made.flatMap((m) => m.attributes),
      Object: made.flatMap((m) => m.objects),
    },
  };
}

function caseObjects(d: CaseDetails, timestamp: string): { objects: MispObject[]; attributes: MispAttribute[] } {
  const attribute = (owner: string, relation: string | null, type: string, category: string, value: string, comment = '', toIds = false): MispAttribute => ({
    uuid: id(`misp-attribute|${owner}|${relation ?? ''}|${type}|${value}`),
    type,
    category,
    value,
    to_ids: toIds,
    distribution: '5',
    sharing_group_id: '0',
    timestamp,
    comment,
    deleted: false,
    disable_correlation: false,
    ...(relation === null ? {} : { object_relation: relation }),
  });
  const object = (template: keyof typeof TEMPLATES, key: string, comment: string, attributes: (owner: string) => MispAttribute[]): MispObject => {
    const t = TEMPLATES[template];
    const uuid = id(`misp-object|${template}|${d.profileKey}|${key}`);
    return {
      uuid,
      name: template,
      'meta-category': t.metaCategory,
      description: t.description,
      template_uuid: t.uuid,
      template_version: t.version,
      timestamp,
      distribution: '5',
      sharing_group_id: '0',
      comment,
      deleted: false,
      first_seen: new Date(d.firstSeen).toISOString(),
      last_seen: new Date(d.lastSeen).toISOString(),
      Attribute: attributes(uuid),
      ObjectReference: [],
    };
  };

  const [name, ...earlierNames] = d.names;
  const note = d.note ? `: ${d.note.replace(/[.\s]+$/, '')}` : '';
  const triage = `Confirmed ${d.triagedAt.slice(0, 10)} by ${d.triagedBy}${note}. ${d.reportCount} report(s), ${d.firstReported.slice(0, 10)} to ${d.lastReported.slice(0, 10)}.`;
  const person = object('person', 'person', `${CAUTION} ${triage}`, (owner) => [
    ...(name ? [attribute(owner, 'full-name', 'full-name', 'Person', name, 'As the profile displayed it')] : []),
    ...earlierNames.map((n) => attribute(owner, 'alias', 'text', 'Person', n, 'Displayed by the profile earlier')),
    ...d.publicIdentifiers.map((h) => attribute(owner, 'handle', 'text', 'Social network', h, 'LinkedIn public identifier')),
    ...d.phones.map((p) => attribute(owner, 'phone-number', 'phone-number', 'Person', p.value, `Shown in the profile's contact info${p.label ? ` (${p.label})` : ''}`)),
    ...d.emails.map((e) =>
      attribute(owner, 'e-mail', 'email-src', 'Social network', e.value, e.source === 'profile' ? "Shown in the profile's contact info" : 'Named in the evidence of a finding', true),
    ),
    attribute(owner, 'text', 'text', 'Other', `Telltale profile key: ${d.profileKey}`, 'A keyed hash the team hub files the profile under; not the profile\'s own identifier'),
  ]);
  // A person object needs one of first-name, last-name, full-name, alias or handle (requiredOneOf):
  // with neither a name nor a public identifier shown, the profile key goes as a plain attribute.
  const personValid = name !== undefined || d.publicIdentifiers.length > 0;

  const accounts = d.publicIdentifiers.map((identifier, i) =>
    object('user-account', identifier.toLowerCase(), CAUTION, (owner) => [
      attribute(owner, 'username', 'text', 'Social network', identifier, 'LinkedIn public identifier'),
      attribute(owner, 'account-type', 'text', 'Other', 'linkedin'),
      ...(i === 0 && name ? [attribute(owner, 'display-name', 'text', 'Social network', name)] : []),
      // `link` is not multiple in the template: the most recent address that names this identifier.
      ...d.profileUrls.filter((u) => urlNames(u, identifier)).slice(0, 1).map((u) => attribute(owner, 'link', 'link', 'External analysis', u, 'Profile address as reported')),
      ...(i === 0 && d.headlines[0] ? [attribute(owner, 'description', 'text', 'Other', `Headline displayed: ${d.headlines[0]}`)] : []),
    ]),
  );
  if (personValid) {
    person.ObjectReference = accounts.map((a) => ({
      uuid: id(`misp-reference|${person.uuid}|related-to|${a.uuid}`),
      object_uuid: person.uuid,
      referenced_uuid: a.uuid,
      relationship_type: 'related-to',
      timestamp,
      comment: '',
      deleted: false,
    }));
    return { objects: [person, ...accounts], attributes: [] };
  }
  const loose = person.Attribute.filter((a) => a.object_relation !== 'text').map(({ object_relation: _relation, ...a }) => a);
  const key = attribute(d.profileKey, null, 'text', 'Other', `Telltale profile key: ${d.profileKey}`, `${CAUTION} ${triage}`);
  return { objects: accounts, attributes: [key, ...loose] };
}

/** Whether a profile address names this public identifier ("/in/<identifier>"). */
function urlNames(url: string, identifier: string): boolean {
  try {
    return inPathSlug(new URL(url))?.toLowerCase() === identifier.toLowerCase();
  } catch {
    return false;
  }
}
