// The phone's country against the profile's stated location. Expatriates and people who moved keep
// their numbers, so this is `info` only; the location is read only to compare, never as a judgement
// about where someone is from.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { contactOverlayMissing } from './common/contact.ts';
import { describeCountry, readPhone } from '../phone/phone-reading.ts';
import { countryOfLocation } from '../phone/location-country.ts';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';

const self = { id: 'phone-country-vs-location', category: 'contact' } as const;

/** Numbering plans shared by several countries (+1, +7) are compared by country; others by plan. */
function sameCountry(phoneCountry: CountryCode | null, callingCode: string, located: CountryCode): boolean {
  const locatedCode = getCountryCallingCode(located);
  if (locatedCode !== callingCode) return false;
  if (callingCode === '1' || callingCode === '7') return phoneCountry === null || phoneCountry === located;
  return true;
}

export const phoneCountryVsLocation: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = contactOverlayMissing(snapshot, self);
    if (missing) return { findings: [], notChecked: missing };
    if (snapshot.contact!.phones.length === 0) return { findings: [] };
    const located = countryOfLocation(snapshot.location);
    if (!located) {
      return {
        findings: [],
        notChecked: notChecked(
          self,
          snapshot.location ? t('f_phone_country_unknown_location_reason', snapshot.location) : t('f_phone_country_no_location_reason'),
          t('f_phone_country_see'),
        ),
      };
    }
    const findings: Finding[] = [];
    snapshot.contact!.phones.forEach((phone, i) => {
      const reading = readPhone(phone.raw, ctx.region);
      if (reading.kind !== 'valid') return;
      if (sameCountry(reading.country, reading.callingCode, located)) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'info',
          title: t('f_phone_country_title'),
          evidence: t('f_phone_country_evidence', [phone.raw, describeCountry(reading.country, reading.callingCode), snapshot.location ?? '', describeCountry(located)]),
          howToVerify: t('f_phone_country_verify'),
          refs: [phone.ref],
        }),
      );
    });
    return { findings };
  },
};

export default phoneCountryVsLocation;
