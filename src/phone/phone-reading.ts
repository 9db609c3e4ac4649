// Reading a phone number from the contact overlay with libphonenumber-js's full metadata. Worker only:
// the metadata is large and must never be bundled into the content script or the UI.
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type NumberType,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { t, wordsLanguage } from '../i18n.ts';

export type PhoneReading =
  | { kind: 'unreadable'; raw: string; problem: string }
  | { kind: 'no-region'; raw: string }
  | { kind: 'invalid'; raw: string; problem: string; country: CountryCode | null; callingCode: string | null }
  | {
      kind: 'valid';
      raw: string;
      number: PhoneNumber;
      country: CountryCode | null;
      callingCode: string;
      type: NumberType;
      international: string;
    };

/** What is wrong with a number's length, in the UI language (read when used). */
function lengthProblem(code: string | undefined): string {
  switch (code) {
    case 'TOO_SHORT':
      return t('phone_too_short');
    case 'TOO_LONG':
      return t('phone_too_long');
    case 'INVALID_LENGTH':
      return t('phone_invalid_length');
    case 'INVALID_COUNTRY':
      return t('phone_invalid_country');
    default:
      return t('phone_not_a_number');
  }
}

/** Country names in the UI language, made once per language. */
let regionNames: { language: string; names: Intl.DisplayNames } | null = null;

function countryName(country: CountryCode | null | undefined, callingCode: string | null): string {
  if (country) {
    try {
      const language = wordsLanguage();
      if (regionNames?.language !== language) regionNames = { language, names: new Intl.DisplayNames([language, 'en'], { type: 'region' }) };
      return regionNames.names.of(country) ?? country;
    } catch {
      return country;
    }
  }
  return callingCode ? `+${callingCode}` : t('phone_unknown_country');
}

/** "Sweden"; for numbering plans several countries share, "+44 (Guernsey)" so the plan is visible too. */
export function describeCountry(country: CountryCode | null | undefined, callingCode: string | null = null): string {
  const name = countryName(country, callingCode);
  return callingCode && country ? `+${callingCode} (${name})` : name;
}

/** Writes without a "+" or "00" have no country of their own: they need the default region. */
function hasCountryCode(raw: string): boolean {
  return /^\s*(\+|00)/.test(raw);
}

/**
 * Four contact signals read the same numbers: parsing with the full metadata is the costly step, so
 * readings are kept in a small bounded memo (the reading is a pure function of raw text and region).
 */
const MEMO_LIMIT = 512;
const memo = new Map<string, PhoneReading>();

export function readPhone(raw: string, defaultRegion: string | null): PhoneReading {
  // Its problem and country words are in the UI language: a reading is kept per language.
  const key = `${wordsLanguage()}|${defaultRegion ?? ''}|${raw}`;
  const known = memo.get(key);
  if (known) return known;
  const reading = parsePhone(raw, defaultRegion);
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(key, reading);
  return reading;
}

function parsePhone(raw: string, defaultRegion: string | null): PhoneReading {
  const region = (defaultRegion?.toUpperCase() ?? undefined) as CountryCode | undefined;
  const text = raw.trim().replace(/^00/, '+');
  if (!hasCountryCode(text) && !region) return { kind: 'no-region', raw };
  const number = parsePhoneNumberFromString(text, region);
  if (!number) {
    const length = validatePhoneNumberLength(text, region);
    return { kind: 'unreadable', raw, problem: lengthProblem(length) };
  }
  if (!number.isValid()) {
    const length = validatePhoneNumberLength(text, region);
    const where = countryName(number.country, number.countryCallingCode);
    const problem = length ? t('phone_problem_in', [lengthProblem(length), where]) : t('phone_no_range', [where, number.formatInternational()]);
    return { kind: 'invalid', raw, problem, country: number.country ?? null, callingCode: number.countryCallingCode };
  }
  return {
    kind: 'valid',
    raw,
    number,
    country: number.country ?? null,
    callingCode: number.countryCallingCode,
    type: number.getType(),
    international: number.formatInternational(),
  };
}

/** NANP (+1) numbers: the offline metadata cannot tell mobile, fixed line or VoIP apart. */
export function isNanp(reading: { callingCode: string }): boolean {
  return reading.callingCode === '1';
}

/**
 * How the number is written, against how its own country writes it. Returns the oddities found:
 * a trunk prefix kept after the country code ("+44 0…"), a "+1" before a grouping that is not
 * 3-3-4, or digit groups that cut across the country's usual groups. Merged groups are fine
 * ("+44 7911123456"): only a cut where the country never cuts counts.
 */
const odditiesOf = new WeakMap<object, string[]>();

export function formattingOddities(reading: Extract<PhoneReading, { kind: 'valid' }>): string[] {
  let known = odditiesOf.get(reading);
  if (!known) {
    known = findOddities(reading);
    odditiesOf.set(reading, known);
  }
  return known;
}

function findOddities(reading: Extract<PhoneReading, { kind: 'valid' }>): string[] {
  const oddities: string[] = [];
  const raw = reading.raw.trim().replace(/^00/, '+');
  if (!raw.startsWith('+')) return oddities;
  const afterCode = raw.slice(1 + reading.callingCode.length);
  const national = reading.number.nationalNumber as string;
  // "+44 (0) 20 …" and "+44 020 …" both keep the trunk "0" that only belongs to national dialling.
  const body = afterCode.replace(/\(0\)/, ' ');
  const bodyDigits = body.replace(/\D/g, '');
  const trunkInBody = bodyDigits.startsWith('0') && !national.startsWith('0');
  if (/\(0\)/.test(afterCode) || trunkInBody) {
    oddities.push(t('phone_odd_trunk', `+${reading.callingCode}`));
  }
  const groups = body
    .trim()
    .split(/[^\d]+/)
    .filter((g) => g.length > 0);
  // Drop a kept trunk zero so the groups line up with the national number.
  if (trunkInBody && groups[0] === '0') groups.shift();
  else if (trunkInBody && groups[0]) groups[0] = groups[0].slice(1);
  if (groups.length <= 1) return oddities;
  const cuts = cutPositions(groups);
  const usual = [reading.international.replace(/^\+\d+\s*/, ''), reading.number.formatNational().replace(/^\D*0?/, '')]
    .map((f) => cutPositions(f.split(/[^\d]+/).filter((g) => g.length > 0)));
  if (isNanp(reading)) {
    const sizes = groups.map((g) => g.length).join('-');
    if (!['3-3-4', '3-7', '6-4', '3-3-2-2'].includes(sizes)) {
      oddities.push(t('phone_odd_nanp_groups', sizes));
    }
    return oddities;
  }
  const fits = usual.some((u) => [...cuts].every((c) => u.has(c)));
  if (!fits) {
    oddities.push(t('phone_odd_groups', [groups.map((g) => g.length).join('-'), countryName(reading.country, reading.callingCode), reading.international]));
  }
  return oddities;
}

function cutPositions(groups: readonly string[]): Set<number> {
  const cuts = new Set<number>();
  let at = 0;
  for (const g of groups.slice(0, -1)) {
    at += g.length;
    cuts.add(at);
  }
  return cuts;
}
