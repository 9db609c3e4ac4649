// A valid number on the application written the way nobody in its country writes it (a kept trunk
// "0" after the country code, "+1" before a grouping that is not 3-3-4, groups cut where the country
// never cuts). Writing habits travel with people: information only.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { applicationWithPhones, applicationRegion } from './common/application.ts';
import { formattingOddities, readPhone } from '../phone/phone-reading.ts';

const self = { id: 'application-phone-format', category: 'application' } as const;

export const applicationPhoneFormat: Signal = {
  ...self,
  run(snapshot, ctx) {
    const { app, notChecked: cannot } = applicationWithPhones(ctx, self);
    if (!app) return { findings: [], notChecked: cannot };
    const region = applicationRegion(app, snapshot, ctx);
    const findings: Finding[] = [];
    app.phones.forEach((phone, i) => {
      const reading = readPhone(phone.raw, region);
      if (reading.kind !== 'valid') return;
      const oddities = formattingOddities(reading);
      if (oddities.length === 0) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'info',
          title: t('fa_phone_format_title'),
          evidence: t('fa_phone_format_evidence', [phone.raw, oddities.join('; ')]),
          howToVerify: t('fa_phone_format_verify'),
          refs: [],
        }),
      );
    });
    return { findings };
  },
};

export default applicationPhoneFormat;
