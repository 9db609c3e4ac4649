import { describe, expect, it } from 'vitest';
import { caseDetails } from '../../hub/exports/case.ts';
import { uuidV5, canonicalStrings } from '../../hub/exports/uuid.ts';
import { snapshot } from '../worker/fakes.ts';
import { ALEX_NAME, DANA_EMAIL, DANA_KEY, DANA_NAME, alex, dana } from './cases.ts';

describe('what a confirmed case carried in clear', () => {
  it('gathers names, identifiers, phones and e-mails, most recent first, each once', () => {
    const d = caseDetails(dana);
    expect(d.profileKey).toBe(DANA_KEY);
    expect(d.names).toEqual([DANA_NAME, 'Dana Oneil']);
    expect(d.headlines).toEqual(['Senior Backend Engineer', 'Backend Engineer']);
    expect(d.publicIdentifiers).toEqual(['dana-oneil']);
    expect(d.profileUrls).toEqual(['https://www.linkedin.com/in/dana-oneil/']);
    // "+1 (555) 0141" is "+1 555 0141" written another way: once, as the latest report wrote it.
    expect(d.phones.map((p) => p.value)).toEqual(['+1 555 0142', '+1 (555) 0141', '+1 555 0140']);
    expect(d.emails).toEqual([
      { value: DANA_EMAIL, source: 'profile' },
      { value: 'dj.work@example.test', source: 'evidence' },
    ]);
    expect(d.reportCount).toBe(2);
    expect(d.firstReported).toBe('2026-11-10T12:00:00.000Z');
    expect(d.lastReported).toBe('2026-11-18T15:45:00.000Z');
    expect(d.firstSeen).toBe('2026-10-01T08:00:00.000Z');
    expect(d.findingTitles).toContain('The application gives another e-mail');
  });

  it('takes no masked address and cuts no address short', () => {
    const emails = caseDetails(dana).emails.map((e) => e.value);
    expect(emails.some((e) => e.includes('•'))).toBe(false);
    // "o'brien@example.com" in evidence would read as "brien@example.com": not taken at all.
    expect(emails).not.toContain('brien@example.com');
  });

  it('keeps the key as given and the text as shown, hidden characters marked', () => {
    const d = caseDetails({ ...alex, reports: [{ ...alex.reports[0]!, snapshot: snapshot({ slug: 'alex-smith-2b', name: 'Alex\u202ESmith' }) }] });
    expect(d.profileKey).toBe(alex.profileKey);
    expect(d.names[0]).toBe('Alex⟦U+202E⟧Smith');
    expect(caseDetails(alex).names[0]).toBe(ALEX_NAME);
  });
});

describe('name-based UUIDs', () => {
  it('match RFC 4122 version 5 (Python documentation: uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('serialise ID contributing properties with sorted keys', () => {
    expect(canonicalStrings({ user_id: 'a', account_type: 'linkedin', account_login: "o'b\"c" })).toBe('{"account_login":"o\'b\\"c","account_type":"linkedin","user_id":"a"}');
  });
});
