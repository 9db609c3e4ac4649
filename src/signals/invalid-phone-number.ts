// "Wrongly formatted phone numbers" is the first tell-tale sign Amazon named: a number that cannot
// exist anywhere, or has the wrong number of digits for its country. Typing slips happen, so the
// finding shows the number and exactly what is wrong with it.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t, tn } from '../i18n.ts';
import { finding, notChecked, partlyChecked } from './common/findings.ts';
import { contactOverlayMissing } from './common/contact.ts';
import { readPhone } from '../phone/phone-reading.ts';

const self = { id: 'invalid-phone-number', category: 'contact' } as const;

export const invalidPhoneNumber: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = contactOverlayMissing(snapshot, self);
    if (missing) return { findings: [], notChecked: missing };
    const findings: Finding[] = [];
    const unplaced: string[] = [];
    snapshot.contact!.phones.forEach((phone, i) => {
      const reading = readPhone(phone.raw, ctx.region);
      if (reading.kind === 'no-region') {
        unplaced.push(phone.raw);
        return;
      }
      if (reading.kind === 'valid') return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'warn',
          title: t('f_invalid_phone_title'),
          evidence: phone.label
            ? t('f_invalid_phone_evidence_label', [phone.raw, phone.label, reading.problem])
            : t('f_invalid_phone_evidence', [phone.raw, reading.problem]),
          howToVerify: t('f_invalid_phone_verify'),
          refs: [phone.ref],
        }),
      );
    });
    return {
      findings,
      notChecked:
        unplaced.length > 0
          ? (unplaced.length < snapshot.contact!.phones.length ? partlyChecked : notChecked)(
              self,
              tn('f_invalid_phone_no_region_reason', unplaced.length, [unplaced.map((r) => `"${r}"`).join(', ')]),
              t('f_invalid_phone_no_region_see'),
            )
          : undefined,
    };
  },
};

export default invalidPhoneNumber;
