// The same phone, e-mail, photo or About text on two different profiles the user has seen: FBI
// advisories describe one operator running several identities with recycled details. Colleagues may
// share a company switchboard, and teams copy About templates, so a shared phone or About text is
// `warn`; a shared personal e-mail address or photo is `alert`. Each finding says who shares what.
// A photo matched only by its print (the same picture by its fingerprint, another upload:
// src/photo/print.ts) is a likeness, `warn`, with the two photos to compare by eye.
import type { Finding, Severity, SharedDetail } from '../model.ts';
import type { Signal } from './signal.ts';
import { t, words } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { memoryMissing } from './common/memory.ts';

const SEVERITY: Record<SharedDetail['detail'], Severity> = { phone: 'warn', about: 'warn', email: 'alert', photo: 'alert' };
const REFS: Record<SharedDetail['detail'], string> = { phone: 'contact:phone:0', email: 'contact:email:0', photo: 'photo', about: 'about' };
const TITLES = words('f_shared_title_', ['phone', 'email', 'photo', 'about']);
const EVIDENCE: Record<SharedDetail['detail'], (value: string, others: string) => string> = {
  phone: (value, others) => t('f_shared_evidence_phone', [value, others]),
  email: (value, others) => t('f_shared_evidence_email', [value, others]),
  photo: (value, others) => t('f_shared_evidence_photo', [value, others]),
  about: (value, others) => t('f_shared_evidence_about', [value, others]),
};

const self = { id: 'shared-across-profiles', category: 'history' } as const;

export const sharedAcrossProfiles: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = memoryMissing(ctx, self);
    if (missing) return { findings: [], notChecked: missing };
    const findings: Finding[] = ctx.memory!.shared
      .filter((s) => s.others.length > 0)
      .map((s) => {
        const ref =
          s.detail === 'phone'
            ? snapshot.contact?.phones.find((p) => p.raw.replace(/\D/g, '').endsWith(s.value.replace(/\D/g, '').slice(-7)))?.ref ?? REFS.phone
            : s.detail === 'email'
              ? snapshot.contact?.emails.find((e) => e.address.toLowerCase() === s.value.toLowerCase())?.ref ?? REFS.email
              : REFS[s.detail];
        const others = s.others.map((o) => `${o.name ?? t('f_shared_a_profile')}${o.profileUrl ? ` (${o.profileUrl})` : ''}`).join(', ');
        if (s.likeness) {
          return finding(self, {
            detail: `${s.detail}:${s.value}`,
            severity: 'warn',
            title: t('f_shared_title_picture'),
            evidence: t('f_shared_evidence_picture', [others, s.value]),
            howToVerify: t('f_shared_verify_picture'),
            refs: [ref],
          });
        }
        return finding(self, {
          detail: `${s.detail}:${s.value}`,
          severity: SEVERITY[s.detail],
          title: TITLES[s.detail],
          evidence: EVIDENCE[s.detail](s.value, others),
          howToVerify: t('f_shared_verify'),
          refs: [ref],
        });
      });
    return { findings };
  },
};

export default sharedAcrossProfiles;
