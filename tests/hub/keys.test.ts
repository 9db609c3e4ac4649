// How a team keys a detail (src/team/keys.ts) and the enrolment code (src/team/enrolment.ts).
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/team/base64url.ts';
import { canonicalProfileUrl, detailKey, hmacSha256, keyOf, newTeamKey, profileKey } from '../../src/team/keys.ts';
import { EnrolmentError, formatEnrolment, parseEnrolment, type Enrolment } from '../../src/team/enrolment.ts';

const hex = (b64url: string) => [...fromBase64url(b64url)!].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('team keys', () => {
  it('computes HMAC-SHA-256 as RFC 4231 says (test cases 1 and 2)', async () => {
    expect(hex(await hmacSha256(new Uint8Array(20).fill(0x0b), 'Hi There'))).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
    expect(hex(await hmacSha256(new TextEncoder().encode('Jefe'), 'what do ya want for nothing?'))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('keys "kind:normalised" under the team key, as 43 base64url characters', async () => {
    const teamKey = toBase64url(new Uint8Array(32).fill(7));
    const key = await detailKey(teamKey, 'phone', '+442079460018');
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).toBe(await hmacSha256(new Uint8Array(32).fill(7), 'phone:+442079460018'));
    // Computed with Node's own crypto.createHmac, not this code: any client of the hub must match it.
    expect(key).toBe('deQpyR0AdVuqMTm727_uLIwduU9981WggyKwOTDy2D4');
  });

  it('gives the same key for the same value, another for another team key or kind', async () => {
    const a = newTeamKey();
    const b = newTeamKey();
    expect(a).not.toBe(b);
    expect(await keyOf(a, 'phone', '+44 20 7946 0018')).toBe(await keyOf(a, 'phone', '020 7946 0018', 'GB'));
    expect(await keyOf(a, 'phone', '+44 20 7946 0018')).not.toBe(await keyOf(b, 'phone', '+44 20 7946 0018'));
    expect(await keyOf(a, 'email', 'Ada@Example.org')).toBe(await keyOf(a, 'email', ' mailto:ada@example.ORG'));
    expect(await detailKey(a, 'email', 'x@y.org')).not.toBe(await detailKey(a, 'about', 'x@y.org'));
    expect(await keyOf(a, 'phone', '12')).toBeNull();
    await expect(detailKey('short', 'phone', '+1')).rejects.toThrow(/43 characters/);
  });

  it('keys a profile by its canonical address, whatever the host, case, query or sub-page', async () => {
    expect(canonicalProfileUrl('https://uk.linkedin.com/in/Ada-Example/details/experience/?trk=x#top')).toBe('https://www.linkedin.com/in/ada-example/');
    expect(canonicalProfileUrl('https://www.linkedin.com/in/ada%2Dexample')).toBe('https://www.linkedin.com/in/ada-example/');
    expect(canonicalProfileUrl('https://evil.example/in/ada-example/')).toBeNull();
    expect(canonicalProfileUrl('https://www.linkedin.com/company/acme/')).toBeNull();
    const k = newTeamKey();
    expect(await profileKey(k, 'https://uk.linkedin.com/in/Ada-Example?trk=1')).toBe(await profileKey(k, 'https://www.linkedin.com/in/ada-example/'));
  });
});

describe('enrolment codes', () => {
  const e: Enrolment = {
    v: 1,
    hub: 'https://hub.example.com',
    team: 't_AAAAAAAAAAAAAAAAAAAAAA',
    name: 'Acme Recruiting',
    member: 'm_BBBBBBBBBBBBBBBBBBBBBB',
    role: 'member',
    token: 'T'.repeat(43),
    key: 'K'.repeat(43),
  };

  it('round-trips, and ignores white space around the code', () => {
    const code = formatEnrolment(e);
    expect(code).toMatch(/^telltale-team:[A-Za-z0-9_-]+$/);
    expect(parseEnrolment(`  ${code}\n`)).toEqual(e);
  });

  it('refuses a code that is cut, altered, of another version or with a field wrong, saying what', () => {
    const code = formatEnrolment(e);
    const body = (o: object) => `telltale-team:${toBase64url(new TextEncoder().encode(JSON.stringify(o)))}`;
    expect(() => parseEnrolment('team:abc')).toThrow(/starts with "telltale-team:"/);
    expect(() => parseEnrolment(code.slice(0, -10))).toThrow(EnrolmentError);
    expect(() => parseEnrolment('telltale-team:!!')).toThrow(/not base64url/);
    expect(() => parseEnrolment(body({ ...e, v: 2 }))).toThrow(/version 2/);
    expect(() => parseEnrolment(body({ ...e, hub: 'https://hub.example.com/path' }))).toThrow(/hub/);
    expect(() => parseEnrolment(body({ ...e, key: 'short' }))).toThrow(/key/);
    expect(() => parseEnrolment(body({ ...e, role: 'owner' }))).toThrow(/role/);
    expect(() => parseEnrolment(body({ ...e, extra: 1 }))).toThrow(EnrolmentError);
  });
});
