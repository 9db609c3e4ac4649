import { describe, expect, it } from 'vitest';
import { casesToMisp, TEMPLATES, type MispEvent, type MispObject } from '../../hub/exports/misp.ts';
import { ALEX_KEY, DANA_EMAIL, DANA_KEY, DANA_NAME, NEVER, NOBODY_KEY, NOW, PRIYA_LEAKS, alex, dana, nobody } from './cases.ts';
import { errorsOf, validateMisp } from './ajv.ts';

const event = () => casesToMisp([dana, alex], { now: NOW, orgName: 'Example Corp' });
const values = (o: MispObject, relation: string) => o.Attribute.filter((a) => a.object_relation === relation).map((a) => a.value);

describe('MISP export', () => {
  it('is a valid event under the schema written from the core format and the templates', () => {
    expect(validateMisp(event()), errorsOf(validateMisp).join('\n')).toBe(true);
    expect(validateMisp(casesToMisp([nobody], { now: NOW, orgName: 'Example Corp' })), errorsOf(validateMisp).join('\n')).toBe(true);
  });

  it('is an unpublished event for the organisation only', () => {
    const e = event().Event;
    expect(e).toMatchObject({ date: '2026-12-01', published: false, distribution: '0', analysis: '2', threat_level_id: '4', timestamp: String(NOW.getTime() / 1000), Orgc: { name: 'Example Corp' } });
    expect(e.info).toMatch(/^Telltale: 2 LinkedIn profiles confirmed as fraudulent/);
  });

  it('holds a person and a user-account object per case, with the right values', () => {
    const objects = event().Event.Object;
    expect(objects.map((o) => o.name)).toEqual(['person', 'user-account', 'person', 'user-account']);
    const [person, account] = objects as [MispObject, MispObject];
    expect(person).toMatchObject({ template_uuid: TEMPLATES.person.uuid, template_version: '19', 'meta-category': 'misc' });
    expect(person.comment).toContain('Confirmed 2026-11-20 by Sam (security): Same phone as two other applicants. 2 report(s), 2026-11-10 to 2026-11-18.');
    expect(person.comment).toMatch(/owner is then a victim/);
    expect(values(person, 'full-name')).toEqual([DANA_NAME]);
    expect(values(person, 'alias')).toEqual(['Dana Oneil']);
    expect(values(person, 'handle')).toEqual(['dana-oneil']);
    expect(values(person, 'phone-number')).toEqual(['+1 555 0142', '+1 (555) 0141', '+1 555 0140']);
    expect(values(person, 'e-mail')).toEqual([DANA_EMAIL, 'dj.work@example.test']);
    expect(values(person, 'text')).toEqual([`Telltale profile key: ${DANA_KEY}`]);
    expect(person.Attribute.find((a) => a.object_relation === 'e-mail')).toMatchObject({ type: 'email-src', category: 'Social network', to_ids: true });
    expect(account).toMatchObject({ template_uuid: TEMPLATES['user-account'].uuid, template_version: '6' });
    expect(values(account, 'username')).toEqual(['dana-oneil']);
    expect(values(account, 'account-type')).toEqual(['linkedin']);
    expect(values(account, 'link')).toEqual(['https://www.linkedin.com/in/dana-oneil/']);
    expect(person.ObjectReference).toEqual([expect.objectContaining({ object_uuid: person.uuid, referenced_uuid: account.uuid, relationship_type: 'related-to' })]);
    expect(values(objects[2]!, 'text')).toEqual([`Telltale profile key: ${ALEX_KEY}`]);
  });

  it('keeps the key as a plain attribute when the profile showed no name and no identifier', () => {
    const e = casesToMisp([nobody], { now: NOW, orgName: 'Example Corp' }).Event;
    expect(e.Object).toEqual([]);
    expect(e.Attribute.map((a) => a.value)).toEqual([`Telltale profile key: ${NOBODY_KEY}`, '+1 555 0100', 'nobody@example.test']);
  });

  it('gives every UUID once, the same on every export', () => {
    const e = event().Event;
    const uuids = [e.uuid, ...e.Object.flatMap((o) => [o.uuid, ...o.Attribute.map((a) => a.uuid), ...o.ObjectReference.map((r) => r.uuid)])];
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(JSON.stringify(event())).toBe(JSON.stringify(event()));
  });

  it('carries nothing from a report outside the confirmed cases, nor notes, screenshots or local keys', () => {
    const text = JSON.stringify(event());
    for (const leak of [...PRIYA_LEAKS, ...NEVER]) expect(text).not.toContain(leak);
  });

  describe('the schema refuses what the format does not allow', () => {
    const broken: [string, (e: MispEvent['Event']) => void][] = [
      ['an event without info', (e) => delete (e as Partial<typeof e>).info],
      ['info on two lines', (e) => (e.info = 'one\ntwo')],
      ['a date with a time', (e) => (e.date = '2026-12-01T12:00:00Z')],
      ['a numeric timestamp', (e) => ((e as unknown as Record<string, unknown>).timestamp = 1764590400)],
      ['a threat level out of range', (e) => (e.threat_level_id = '5')],
      ['a sharing group id without distribution 4', (e) => (e.sharing_group_id = '3')],
      ['a bad uuid', (e) => (e.uuid = 'not-a-uuid')],
      ['an object without template_uuid', (e) => delete (e.Object[0] as Partial<MispObject>).template_uuid],
      ['a person with another template', (e) => (e.Object[0]!.template_uuid = TEMPLATES['user-account'].uuid)],
      ['an attribute without to_ids', (e) => delete (e.Object[0]!.Attribute[0] as Partial<MispObject['Attribute'][number]>).to_ids],
      ['a type in a category that does not take it', (e) => (e.Object[0]!.Attribute.find((a) => a.type === 'email-src')!.category = 'Person')],
      ['a relation the template does not have', (e) => (e.Object[0]!.Attribute[0]!.object_relation = 'nickname')],
      ['a relation with the wrong type', (e) => (e.Object[0]!.Attribute.find((a) => a.object_relation === 'e-mail')!.type = 'text')],
      ['two full names', (e) => e.Object[0]!.Attribute.push({ ...e.Object[0]!.Attribute[0]!, uuid: '6f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f' })],
      ['a person with none of its required relations', (e) => (e.Object[0]!.Attribute = e.Object[0]!.Attribute.filter((a) => !['full-name', 'alias', 'handle'].includes(a.object_relation!)))],
      ['a user-account without username', (e) => (e.Object[1]!.Attribute = e.Object[1]!.Attribute.filter((a) => a.object_relation !== 'username'))],
      ['an object reference without referenced_uuid', (e) => delete (e.Object[0]!.ObjectReference[0] as Partial<MispObject['ObjectReference'][number]>).referenced_uuid],
    ];
    it.each(broken)('%s', (_what, breakIt) => {
      const e = structuredClone(event());
      expect(validateMisp(e)).toBe(true);
      breakIt(e.Event);
      expect(validateMisp(e)).toBe(false);
    });
  });
});
