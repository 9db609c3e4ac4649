// The application's number is not a personal line where the phone library can tell: VoIP, pager,
// premium-rate and forwarding numbers are warnings; toll-free, shared-cost and company-wide numbers
// (switchboards) are information. US/NANP numbers cannot be told apart offline: not checked.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked, partlyChecked } from './common/findings.ts';
import { applicationWithPhones, applicationRegion } from './common/application.ts';
import { isNanp, readPhone } from '../phone/phone-reading.ts';
import { NON_PERSONAL_TYPES } from './non-personal-number-type.ts';


const self = { id: 'application-phone-type', category: 'application' } as const;

export const applicationPhoneType: Signal = {
  ...self,
  run(snapshot, ctx) {
    const { app, notChecked: cannot } = applicationWithPhones(ctx, self);
    if (!app) return { findings: [], notChecked: cannot };
    const region = applicationRegion(app, snapshot, ctx);
    const findings: Finding[] = [];
    const nanp: string[] = [];
    app.phones.forEach((phone, i) => {
      const reading = readPhone(phone.raw, region);
      if (reading.kind !== 'valid') return;
      const known = NON_PERSONAL_TYPES[reading.type ?? ''];
      if (!known && isNanp(reading) && reading.type === 'FIXED_LINE_OR_MOBILE') {
        nanp.push(phone.raw);
        return;
      }
      if (!known) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: known.severity,
          title: t('fa_phone_type_title'),
          evidence: t('fa_phone_type_evidence', [phone.raw, known.words]),
          howToVerify: t('fa_phone_type_verify'),
          refs: [],
        }),
      );
    });
    const reason = t('fa_phone_type_nanp_reason', [nanp.map((r) => t('fa_quoted', [r])).join(', ')]);
    return {
      findings,
      notChecked: nanp.length === 0 ? undefined : (nanp.length < app.phones.length ? partlyChecked : notChecked)(self, reason, t('fa_phone_type_nanp_see')),
    };
  },
};

export default applicationPhoneType;
