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
import { t } from '../i18n.ts';

/**
 * Phone-library types that are not a personal line, in words, with their severity (the application's
 * check uses the same). The words are read when used, in the UI language.
 */
export const NON_PERSONAL_TYPES: Partial<Record<string, { readonly words: string; severity: Severity }>> = {
  VOIP: { get words() { return t('f_nonpersonal_type_voip'); }, severity: 'warn' },
  PAGER: { get words() { return t('f_nonpersonal_type_pager'); }, severity: 'warn' },
  PREMIUM_RATE: { get words() { return t('f_nonpersonal_type_premium_rate'); }, severity: 'warn' },
  PERSONAL_NUMBER: { get words() { return t('f_nonpersonal_type_personal_number'); }, severity: 'warn' },
  TOLL_FREE: { get words() { return t('f_nonpersonal_type_toll_free'); }, severity: 'info' },
  SHARED_COST: { get words() { return t('f_nonpersonal_type_shared_cost'); }, severity: 'info' },
  UAN: { get words() { return t('f_nonpersonal_type_uan'); }, severity: 'info' },
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
          title: t('f_nonpersonal_title'),
          evidence: phone.label
            ? t('f_nonpersonal_evidence_labelled', [phone.raw, known.words, phone.label])
            : t('f_nonpersonal_evidence', [phone.raw, known.words]),
          howToVerify: t('f_nonpersonal_verify'),
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
              t('f_nonpersonal_nanp', nanp.map((r) => `"${r}"`).join(', ')),
              t('f_nonpersonal_nanp_how'),
            )
          : undefined,
    };
  },
};

export default nonPersonalNumberType;
