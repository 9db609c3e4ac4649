// Unit checks of the two readers the identity and contact signals stand on (the disposable-domain
// list's: disposable-email.test.ts).
import { describe, expect, it } from 'vitest';
import { compareNameWithHandle, nameTokens, slugTokens } from '../../src/signals/common/person-names.ts';
import { formattingOddities, readPhone } from '../../src/phone/phone-reading.ts';
import { countryOfLocation } from '../../src/phone/location-country.ts';

const verdict = (name: string, slug: string) => compareNameWithHandle(name, slugTokens(slug)).verdict;

describe('name vs slug', () => {
  it.each([
    ['Anna Lindqvist', 'anna-lindqvist-4a2b3c1'],
    ['Bill Turner', 'william-turner-123456789'],
    ['Bob Smith', 'robert-smith'],
    ['Liz Morgan', 'elizabeth-hale'],
    ['Дмитрий Иванов', 'dmitry-ivanov'],
    ['Юрий Хмельницкий', 'yuri-khmelnitsky'],
    ['Alexander Petrov', 'aleksandr-petrov'],
    ['Βασίλειος Αλεβίζος', 'vasileiosalevizos'],
    ['José Müller-Sánchez', 'sanchez-jose'],
    ['Jörg Müller', 'joerg-mueller'],
    ['Łukasz Żółć', 'lukasz-zolc'],
    ['John Doe', 'jd-4a2b3c1'],
    ['Steve Hind', 'shind'],
    ["Austin O'Boyle", 'austinoboyle'],
    ['Nguyen Van An', 'an-nguyen'],
    ['Anna Lindqvist (She/Her)', 'anna-lindqvist'],
    ['Dr. Sarah Connor, PhD', 'sarah-connor-md'],
    ['Kevin Z.', 'zhang-wei-3a9b1c2'],
    ['Mohammed Al-Rashid', 'muhammad-alrashid'],
    ['Aleksandra Nowak', 'alexandra-kowalska'],
  ])('%s matches /in/%s/', (name, slug) => {
    expect(verdict(name, slug)).toBe('same');
  });

  it.each([
    ['Michael Carter', 'pieter-van-dijk-1b2c3d4'],
    ['Daniel Okafor', 'maria-gonzalez-4a2b3c1'],
    ['Kevin Brooks', 'sergei-volkov'],
  ])('%s does not match /in/%s/', (name, slug) => {
    expect(verdict(name, slug)).toBe('different');
  });

  it('leaves names in scripts it cannot transliterate undecided, never different', () => {
    expect(verdict('王伟', 'pieter-van-dijk')).toBe('undecidable');
    expect(verdict('محمد علي', 'john-smith')).toBe('undecidable');
  });

  it('keeps two-letter surnames as names', () => {
    expect(nameTokens('Ma Li')).toEqual(['ma', 'li']);
    expect(nameTokens('Le Van Do')).toEqual(['le', 'van', 'do']);
  });
});

describe('phone reading', () => {
  it('says what is wrong with an impossible number', () => {
    const r = readPhone('+46 70 123 45', null);
    expect(r.kind).toBe('invalid');
    expect(r.kind === 'invalid' && r.problem).toMatch(/Sweden/);
    expect(readPhone('+999 1234567', null).kind).toBe('unreadable');
  });

  it('uses the default region only for numbers without a country code', () => {
    expect(readPhone('070-123 45 67', null).kind).toBe('no-region');
    const r = readPhone('070-123 45 67', 'SE');
    expect(r.kind === 'valid' && r.country).toBe('SE');
  });

  it('knows VoIP outside NANP and does not pretend to inside it', () => {
    const uk = readPhone('+44 56 1234 5678', null);
    expect(uk.kind === 'valid' && uk.type).toBe('VOIP');
    const us = readPhone('+1 212 555 0123', null);
    expect(us.kind === 'valid' && us.type).toBe('FIXED_LINE_OR_MOBILE');
  });

  it('spots formats nobody in the country writes, and accepts local habits', () => {
    const odd = (raw: string) => {
      const r = readPhone(raw, null);
      if (r.kind !== 'valid') throw new Error(`${raw} should be valid`);
      return formattingOddities(r);
    };
    expect(odd('+44 (0) 7911 123456').join()).toMatch(/trunk/);
    expect(odd('+44 07911 123456').join()).toMatch(/trunk/);
    expect(odd('+1 41 5555 2671').join()).toMatch(/3-3-4/);
    expect(odd('+33 61 23 45 67 8').join()).toMatch(/grouped/);
    expect(odd('+44 7911 123456')).toEqual([]);
    expect(odd('+44 7911123456')).toEqual([]);
    expect(odd('+1 (415) 555-2671')).toEqual([]);
    expect(odd('+39 06 6982 1234')).toEqual([]);
    expect(odd('+33 6 12 34 56 78')).toEqual([]);
  });

  it('maps location text to a country for the phone comparison only', () => {
    expect(countryOfLocation('Stockholm, Stockholm County, Sweden')).toBe('SE');
    expect(countryOfLocation('Greater Stockholm Metropolitan Area')).toBe('SE');
    expect(countryOfLocation('Palo Alto, California, United States')).toBe('US');
    expect(countryOfLocation('San Francisco Bay Area')).toBe('US');
    expect(countryOfLocation('Remote')).toBeNull();
    expect(countryOfLocation('München, Bayern, Deutschland')).toBe('DE');
    expect(countryOfLocation('Lyon, Auvergne-Rhône-Alpes, France')).toBe('FR');
    expect(countryOfLocation('Kraków, Małopolskie, Polska')).toBe('PL');
  });
});
