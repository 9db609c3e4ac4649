// A VoIP, premium-rate, shared-cost, toll-free or pager number is not a personal phone. The library
// knows the type for most countries' ranges, but not for US/NANP numbers offline (mobile, fixed line
// and VoIP share ranges there): those are reported as not checked, never guessed. Company
// switchboards use toll-free and shared-cost numbers, so those are `info`; VoIP, pager and
// premium-rate numbers are `warn`.
import type { Finding, Severity } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked, partlyChecked } from './common/findings.ts';
import { contactOverlayMissing } from './common/contact.ts';
import { isNanp, readPhone } from '../phone/phone-reading.ts';

/** Phone-library types that are not a personal line, in words, with their severity (the application's check uses the same). */
export const NON_PERSONAL_TYPES: Partial<Record<string, { words: string; severity: Severity }>> = {
  VOIP: { words: 'an internet (VoIP) number', severity: 'warn' },
  PAGER: { words: 'a pager number', severity: 'warn' },
  PREMIUM_RATE: { words: 'a premium-rate number', severity: 'warn' },
  PERSONAL_NUMBER: { words: 'a forwarding "personal number" service', severity: 'warn' },
  TOLL_FREE: { words: 'a toll-free number', severity: 'info' },
  SHARED_COST: { words: 'a shared-cost number', severity: 'info' },
  UAN: { words: 'a company-wide (UAN) number', severity: 'info' },
};

const self = { id: 'non-personal-number-type', category: 'contact' } as const;

export const nonPersonalNumberType: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = contactOverlayMissing(snapshot, self);
    if (missing) return { findings: [], notChecked: missing };
    const findings: Finding[] = [];
    const nanp: string[] = [];
    snapshot.contact!.phones.forEach((phone, i) => {
      const reading = readPhone(phone.raw, ctx.region);
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
          title: 'Phone is not a personal line',
          evidence: `"${phone.raw}" is ${known.words}${phone.label ? ` (labelled "${phone.label}")` : ''}. Company switchboards use such numbers too.`,
          howToVerify: 'Ask for a personal mobile number and call it during the interview process.',
          refs: [phone.ref],
        }),
      );
    });
    return {
      findings,
      notChecked:
        nanp.length > 0
          ? (nanp.length < snapshot.contact!.phones.length ? partlyChecked : notChecked)(
              self,
              `${nanp.map((r) => `"${r}"`).join(', ')}: for US/NANP numbers the phone library cannot tell mobile, landline and VoIP apart offline`,
              'use a carrier lookup service, or call the number',
            )
          : undefined,
    };
  },
};

export default nonPersonalNumberType;
