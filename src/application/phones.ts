// Phone numbers in an application's text. libphonenumber-js finds the valid numbers anywhere in the
// text (with the stated location's country as the default for numbers written without a country
// code); a number written beside a phone label, or as its own part of the header line, is kept even
// when it is not valid, because an impossible number is exactly what the comparison must show.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import type { ApplicationPhone } from './model.ts';

/** Digits, spaces and the punctuation numbers are written with; at least 7 digits. */
const PHONE_SHAPE = /^\+?\(?\d[\d\s()./–-]{5,}\d$/;

export function isPhoneShaped(text: string): boolean {
  const t = text.trim();
  const digits = t.replace(/\D/g, '').length;
  return PHONE_SHAPE.test(t) && digits >= 7 && digits <= 17;
}

/**
 * The numbers of an application: first those found by label or shape (as written), then every valid
 * number the library finds in the header and contact lines that is not already among them.
 */
export function findPhones(labelledOrShaped: readonly ApplicationPhone[], contactText: string, region: CountryCode | null): ApplicationPhone[] {
  const out: ApplicationPhone[] = [];
  const seen = new Set<string>();
  const key = (raw: string): string => raw.replace(/\D/g, '').replace(/^00/, '').slice(-9);
  for (const p of labelledOrShaped) {
    const k = key(p.raw);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ raw: p.raw.trim(), label: p.label });
  }
  let found: ReturnType<typeof findPhoneNumbersInText>;
  try {
    found = findPhoneNumbersInText(contactText, region ? { defaultCountry: region } : undefined);
  } catch {
    found = [];
  }
  for (const f of found) {
    const raw = contactText.slice(f.startsAt, f.endsAt);
    const k = key(raw);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ raw, label: null });
  }
  return out;
}
