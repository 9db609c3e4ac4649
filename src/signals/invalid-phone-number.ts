// "Wrongly formatted phone numbers" is the first tell-tale sign Amazon named: a number that cannot
// exist anywhere, or has the wrong number of digits for its country. Typing slips happen, so the
// finding shows the number and exactly what is wrong with it.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
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
          title: 'Phone number cannot exist',
          evidence: `"${phone.raw}"${phone.label ? ` (${phone.label})` : ''}: ${reading.problem}. It may be a typing slip.`,
          howToVerify: 'Ask for the number on a call and dial it; a real number that rings the candidate settles it.',
          refs: [phone.ref],
        }),
      );
    });
    return {
      findings,
      notChecked:
        unplaced.length > 0
          ? (unplaced.length < snapshot.contact!.phones.length ? partlyChecked : notChecked)(self, `${unplaced.map((r) => `"${r}"`).join(', ')} has no country code and no default region is set`, 'set your default phone region in the options, or ask for the number with its country code')
          : undefined,
    };
  },
};

export default invalidPhoneNumber;
