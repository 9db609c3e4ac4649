// A phone number on the application that cannot exist: too few or too many digits for its country,
// or no number range starts like it. "Wrongly formatted phone numbers" is the first sign Amazon
// named; typing slips happen, so the finding shows the number and what is wrong with it.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t, tn } from '../i18n.ts';
import { finding, notChecked, partlyChecked } from './common/findings.ts';
import { applicationWithPhones, applicationRegion } from './common/application.ts';
import { readPhone } from '../phone/phone-reading.ts';

const self = { id: 'application-phone-invalid', category: 'application' } as const;

export const applicationPhoneInvalid: Signal = {
  ...self,
  run(snapshot, ctx) {
    const { app, notChecked: cannot } = applicationWithPhones(ctx, self);
    if (!app) return { findings: [], notChecked: cannot };
    const region = applicationRegion(app, snapshot, ctx);
    const findings: Finding[] = [];
    const unplaced: string[] = [];
    app.phones.forEach((phone, i) => {
      const reading = readPhone(phone.raw, region);
      if (reading.kind === 'no-region') unplaced.push(phone.raw);
      if (reading.kind !== 'invalid' && reading.kind !== 'unreadable') return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'warn',
          title: t('fa_phone_invalid_title'),
          evidence: t('fa_phone_invalid_evidence', [phone.raw, reading.problem]),
          howToVerify: t('fa_phone_invalid_verify'),
          refs: [],
        }),
      );
    });
    const reason = tn('fa_phone_invalid_no_region_reason', unplaced.length, [unplaced.map((r) => t('fa_quoted', [r])).join(', ')]);
    return {
      findings,
      notChecked: unplaced.length === 0 ? undefined : (unplaced.length < app.phones.length ? partlyChecked : notChecked)(self, reason, t('fa_phone_invalid_no_region_see')),
    };
  },
};

export default applicationPhoneInvalid;
