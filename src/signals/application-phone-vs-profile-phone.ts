// The application gives a phone number the profile's contact info does not show. People have a work
// and a private number, and change numbers; but a profile and an application that share no number
// is what the advisories mean by inconsistent contact details. Compared as full international numbers.
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { contactOverlayMissing } from './common/contact.ts';
import { applicationWithPhones, applicationRegion, sideBySide } from './common/application.ts';
import { readPhone } from '../phone/phone-reading.ts';

const self = { id: 'application-phone-vs-profile-phone', category: 'application' } as const;

/** "+46701234567" when the number can be read, else its last nine digits (so formatting never differs). */
function numberKey(raw: string, region: string | null): string {
  const reading = readPhone(raw, region);
  if (reading.kind === 'valid') return reading.number.number as string;
  return raw.replace(/\D/g, '').slice(-9);
}

export const applicationPhoneVsProfilePhone: Signal = {
  ...self,
  run(snapshot, ctx) {
    const { app, notChecked: cannot } = applicationWithPhones(ctx, self);
    if (!app) return { findings: [], notChecked: cannot };
    const overlay = contactOverlayMissing(snapshot, self);
    if (overlay) return { findings: [], notChecked: overlay };
    const profilePhones = snapshot.contact!.phones;
    if (profilePhones.length === 0) return { findings: [], notChecked: notChecked(self, t('fa_phone_vs_none_reason'), t('fa_phone_vs_none_see')) };
    const region = applicationRegion(app, snapshot, ctx);
    const onProfile = new Set(profilePhones.map((p) => numberKey(p.raw, ctx.region ?? region)));
    if (app.phones.some((p) => onProfile.has(numberKey(p.raw, region)))) return { findings: [] };
    return {
      findings: [
        finding(self, {
          severity: 'warn',
          title: t('fa_phone_vs_title'),
          evidence: t('fa_phone_vs_evidence', [
            sideBySide(
              app.phones.map((p) => t('fa_quoted', [p.raw])).join(', '),
              profilePhones.map((p) => (p.label ? t('fa_phone_vs_labelled', [p.raw, p.label]) : t('fa_quoted', [p.raw]))).join(', '),
            ),
          ]),
          howToVerify: t('fa_phone_vs_verify'),
          refs: profilePhones.map((p) => p.ref),
        }),
      ],
    };
  },
};

export default applicationPhoneVsProfilePhone;
