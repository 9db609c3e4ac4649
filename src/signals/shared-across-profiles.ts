// The same phone, e-mail, photo or About text on two different profiles the user has seen: FBI
// advisories describe one operator running several identities with recycled details. Colleagues may
// share a company switchboard, and teams copy About templates, so a shared phone or About text is
// `warn`; a shared personal e-mail address or photo is `alert`. Each finding says who shares what.
import type { Finding, Severity, SharedDetail } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding } from './common/findings.ts';
import { memoryMissing } from './common/memory.ts';

const SEVERITY: Record<SharedDetail['detail'], Severity> = { phone: 'warn', about: 'warn', email: 'alert', photo: 'alert' };
const REFS: Record<SharedDetail['detail'], string> = { phone: 'contact:phone:0', email: 'contact:email:0', photo: 'photo', about: 'about' };

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
        const others = s.others.map((o) => `${o.name ?? 'a profile'}${o.profileUrl ? ` (${o.profileUrl})` : ''}`).join(', ');
        return finding(self, {
          detail: `${s.detail}:${s.value}`,
          severity: SEVERITY[s.detail],
          title: `Same ${s.detail === 'about' ? 'About text' : s.detail} as another profile`,
          evidence: `${s.detail === 'about' || s.detail === 'photo' ? `The ${s.detail === 'about' ? 'About text' : 'photo'} (${s.value})` : s.value} also appears on ${others}.${s.detail === 'phone' ? ' Colleagues may share a company switchboard.' : ''}`,
          howToVerify: 'Open the other profiles and compare; ask the candidate about the shared detail.',
          refs: [ref],
        });
      });
    return { findings };
  },
};

export default sharedAcrossProfiles;
