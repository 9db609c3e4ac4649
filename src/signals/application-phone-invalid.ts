// A phone number on the application that cannot exist: too few or too many digits for its country,
// or no number range starts like it. "Wrongly formatted phone numbers" is the first sign Amazon
// named; typing slips happen, so the finding shows the number and what is wrong with it.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked, partlyChecked } from './common/findings.ts';
import { applicationWithPhones, applicationRegion } from './common/application.ts';
import { readPhone } from '../phone/phone-reading.ts';

const self = { id: 'application-phone-invalid', category: 'application' } as const;

export const applicationPhoneInvalid: Signal = {
  ...self,
  run(snapshot, ctx) {
    const { app, notChecked: cannot } = applicationWithPhones(ctx, self);
    if (!app) return { findings: [], notChecked: cannot };
    const region = applicationRegion(app, snapshot, ctx);
    const findings: Finding[] = [];
    const unplaced: string[] = [];
    app.phones.forEach((phone, i) => {
      const reading = readPhone(phone.raw, region);
      if (reading.kind === 'no-region') unplaced.push(phone.raw);
      if (reading.kind !== 'invalid' && reading.kind !== 'unreadable') return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'warn',
          title: "The application's phone number cannot exist",
          evidence: `Application: "${phone.raw}": ${reading.problem}. It may be a typing slip.`,
          howToVerify: 'Ask for the number on a call and dial it; a real number that rings the candidate settles it.',
          refs: [],
        }),
      );
    });
    const reason = `${unplaced.map((r) => `"${r}"`).join(', ')} has no country code, and neither the application nor the profile names a country`;
    return {
      findings,
      notChecked: unplaced.length === 0 ? undefined : (unplaced.length < app.phones.length ? partlyChecked : notChecked)(self, reason, 'set your default phone region in the options, or ask for the number with its country code'),
    };
  },
};

export default applicationPhoneInvalid;
