// A valid number written the way nobody in its own country writes it ("+44 0…", "+1" before a
// non-NANP grouping, groups cut in odd places) can betray a number copied into an invented identity.
// Writing habits travel with people, so this is `info` only.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { contactOverlayMissing } from './common/contact.ts';
import { formattingOddities, readPhone } from '../phone/phone-reading.ts';

const self = { id: 'unusual-phone-format', category: 'contact' } as const;

export const unusualPhoneFormat: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = contactOverlayMissing(snapshot, self);
    if (missing) return { findings: [], notChecked: missing };
    const findings: Finding[] = [];
    snapshot.contact!.phones.forEach((phone, i) => {
      const reading = readPhone(phone.raw, ctx.region);
      if (reading.kind !== 'valid') return;
      const oddities = formattingOddities(reading);
      if (oddities.length === 0) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'info',
          title: t('f_phone_format_title'),
          evidence: t('f_phone_format_evidence', [phone.raw, oddities.join('; '), reading.international]),
          howToVerify: t('f_phone_format_verify'),
          refs: [phone.ref],
        }),
      );
    });
    return { findings };
  },
};

export default unusualPhoneFormat;
