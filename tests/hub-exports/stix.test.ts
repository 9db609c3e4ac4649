import { describe, expect, it } from 'vitest';
import { casesToStix, patternString, type StixObject } from '../../hub/exports/stix.ts';
import { ALEX_KEY, DANA_EMAIL, DANA_KEY, DANA_NAME, NEVER, NOW, PRIYA_LEAKS, alex, dana, nobody, priyaReport } from './cases.ts';
import { errorsOf, validateStix } from './ajv.ts';

const bundle = () => casesToStix([dana, alex], { now: NOW, producer: 'Example Corp Talent Security' });
const byType = (objects: StixObject[], type: string) => objects.filter((o) => o.type === type);
const clone = <T>(value: T): T => structuredClone(value);

describe('STIX 2.1 export', () => {
  it('is a valid bundle under the schema written from the specification', () => {
    const b = bundle();
    expect(validateStix(b), errorsOf(validateStix).join('\n')).toBe(true);
    expect(validateStix(casesToStix([nobody], { now: NOW, producer: 'Example Corp' })), errorsOf(validateStix).join('\n')).toBe(true);
  });

  it('names the producing team as an organization, the creator of every SDO and SRO', () => {
    const { objects } = bundle();
    const producer = objects[0]!;
    expect(producer).toMatchObject({ type: 'identity', identity_class: 'organization', name: 'Example Corp Talent Security' });
    for (const o of objects.filter((o) => !['user-account', 'email-addr'].includes(o.type) && o !== producer)) expect(o.created_by_ref).toBe(producer.id);
  });

  it('holds the right people, phones, e-mails and accounts, and the key as a key', () => {
    const { objects } = bundle();
    const people = byType(objects, 'identity').filter((o) => o.identity_class === 'individual');
    expect(people.map((p) => p.name)).toEqual([DANA_NAME, '=HYPERLINK("http://evil.test","Alex")']);
    expect(people[0]).toMatchObject({
      x_telltale_profile_key: DANA_KEY,
      x_telltale_names_displayed: [DANA_NAME, 'Dana Oneil'],
      x_telltale_phone_numbers: ['+1 555 0142', '+1 (555) 0141', '+1 555 0140'],
    });
    expect(people[1]!.x_telltale_profile_key).toBe(ALEX_KEY);
    expect(byType(objects, 'email-addr').map((o) => o.value)).toEqual([DANA_EMAIL, 'dj.work@example.test', 'alex@example.test']);
    expect(byType(objects, 'user-account').map((o) => [o.user_id, o.account_login, o.account_type])).toEqual([
      ['dana-oneil', 'dana-oneil', 'linkedin'],
      ['alex-smith-2b', 'alex-smith-2b', 'linkedin'],
    ]);
  });

  it('gives SCOs the deterministic ids of the specification (computed independently with Python uuid5 and sorted-key JSON)', () => {
    const { objects } = bundle();
    expect(objects.find((o) => o.value === DANA_EMAIL)!.id).toBe('email-addr--81fdeb20-ea78-5eb5-b8bb-8ee57ded4efd');
    expect(objects.find((o) => o.user_id === 'dana-oneil')!.id).toBe('user-account--f8070764-a40c-5b61-8216-9e6a2b4aac24');
  });

  it('escapes quotes and backslashes in patterns', () => {
    const { objects } = bundle();
    const patterns = byType(objects, 'indicator').map((o) => o.pattern);
    expect(patterns).toContain("[email-addr:value = 'dana.o\\'neil@example.com']");
    expect(patterns).toContain("[user-account:account_type = 'linkedin' AND user-account:user_id = 'dana-oneil']");
    expect(patternString("a\\b'c")).toBe("'a\\\\b\\'c'");
    for (const i of byType(objects, 'indicator')) expect(i).toMatchObject({ pattern_type: 'stix', indicator_types: ['malicious-activity'] });
  });

  it('ties each case together: every reference resolves, modified is never before created', () => {
    const { objects } = bundle();
    const ids = new Set(objects.map((o) => o.id));
    expect(ids.size).toBe(objects.length);
    const reports = byType(objects, 'report');
    expect(reports.map((r) => r.x_telltale_profile_key)).toEqual([DANA_KEY, ALEX_KEY]);
    for (const r of reports) for (const ref of r.object_refs as string[]) expect(ids.has(ref)).toBe(true);
    for (const rel of byType(objects, 'relationship')) {
      expect(ids.has(rel.source_ref as string) && ids.has(rel.target_ref as string)).toBe(true);
    }
    for (const o of objects.filter((o) => typeof o.created === 'string')) expect(Date.parse(o.modified as string)).toBeGreaterThanOrEqual(Date.parse(o.created as string));
  });

  it('is the same for the same cases and time', () => {
    expect(JSON.stringify(bundle())).toBe(JSON.stringify(bundle()));
  });

  it('carries nothing from a report outside the confirmed cases, nor notes, screenshots or local keys', () => {
    const text = JSON.stringify(bundle());
    for (const leak of [...PRIYA_LEAKS, ...NEVER]) expect(text).not.toContain(leak);
    // The unconfirmed report exists and would show if it were passed.
    expect(JSON.stringify(casesToStix([{ ...dana, reports: [priyaReport] }], { now: NOW, producer: 'x' }))).toContain('priya@example.com');
  });

  describe('the schema refuses what the specification does not allow', () => {
    const broken: [string, (objects: StixObject[], b: Record<string, unknown>) => void][] = [
      ['an SDO without spec_version', (o) => delete o[1]!.spec_version],
      ['spec_version 2.0', (o) => (o[1]!.spec_version = '2.0')],
      ['an id that is not type--UUID', (o) => (o[1]!.id = 'identity--1234')],
      ['an id of another type', (o) => (o[1]!.id = (o[1]!.id as string).replace('identity--', 'indicator--'))],
      ['an SCO id that is not UUIDv5', (o) => (o.find((x) => x.type === 'email-addr')!.id = 'email-addr--2f6a3c3e-0d0b-4c1e-9b5a-6f0e1d2c3b4a')],
      ['a created time without milliseconds', (o) => (o[1]!.created = '2026-11-10T12:00:00Z')],
      ['a timestamp not in UTC', (o) => (o[1]!.modified = '2026-11-10T12:00:00.000+01:00')],
      ['an identity without a name', (o) => delete o[1]!.name],
      ['an indicator without valid_from', (o) => delete o.find((x) => x.type === 'indicator')!.valid_from],
      ['a report with no object_refs', (o) => (o.find((x) => x.type === 'report')!.object_refs = [])],
      ['an empty list', (o) => (o[1]!.x_telltale_phone_numbers = [])],
      ['a custom property without x_', (o) => (o[1]!.telltale_profile_key = 'k')],
      ['a custom property in capitals', (o) => (o[1]!.x_Telltale = 'k')],
      ['a user-account with no property', (o) => {
        const u = o.find((x) => x.type === 'user-account')!;
        for (const k of ['user_id', 'account_login', 'account_type', 'display_name']) delete u[k];
      }],
      ['an SCO with created', (o) => (o.find((x) => x.type === 'email-addr')!.created = '2026-11-10T12:00:00.000Z')],
      ['a bundle with spec_version (gone in 2.1)', (_o, b) => (b.spec_version = '2.1')],
      ['an object type the export does not make', (o) => (o[1]!.type = 'x-telltale-case')],
    ];
    it.each(broken)('%s', (_what, breakIt) => {
      const b = clone(bundle()) as unknown as Record<string, unknown> & { objects: StixObject[] };
      expect(validateStix(b)).toBe(true);
      breakIt(b.objects, b);
      expect(validateStix(b)).toBe(false);
    });
  });
});
