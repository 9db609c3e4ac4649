// The application's number belongs to another country than the place the application states (or,
// when it states none, the profile's location). Expatriates and movers keep their numbers: info
// only, and the location is read for this comparison and nothing else.
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { applicationWithPhones, applicationRegion } from './common/application.ts';
import { describeCountry, readPhone } from '../phone/phone-reading.ts';
import { countryOfLocation } from '../phone/location-country.ts';

const self = { id: 'application-phone-country-vs-location', category: 'application' } as const;

function sameCountry(phoneCountry: CountryCode | null, callingCode: string, located: CountryCode): boolean {
  if (getCountryCallingCode(located) !== callingCode) return false;
  if (callingCode === '1' || callingCode === '7') return phoneCountry === null || phoneCountry === located;
  return true;
}

export const applicationPhoneCountryVsLocation: Signal = {
  ...self,
  run(snapshot, ctx) {
    const { app, notChecked: cannot } = applicationWithPhones(ctx, self);
    if (!app) return { findings: [], notChecked: cannot };
    const place = countryOfLocation(app.location) ? app.location : snapshot.location;
    const located = countryOfLocation(place);
    if (!located || !place) {
      return { findings: [], notChecked: notChecked(self, t('fa_phone_country_none_reason'), t('fa_phone_country_none_see')) };
    }
    const fromApplication = place === app.location;
    const region = applicationRegion(app, snapshot, ctx);
    const findings: Finding[] = [];
    app.phones.forEach((phone, i) => {
      const reading = readPhone(phone.raw, region);
      if (reading.kind !== 'valid' || sameCountry(reading.country, reading.callingCode, located)) return;
      const args = [phone.raw, describeCountry(reading.country, reading.callingCode), place, describeCountry(located)];
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'info',
          title: t('fa_phone_country_title'),
          evidence: fromApplication ? t('fa_phone_country_evidence_application', args) : t('fa_phone_country_evidence_profile', args),
          howToVerify: t('fa_phone_country_verify'),
          refs: [],
        }),
      );
    });
    return { findings };
  },
};

export default applicationPhoneCountryVsLocation;
