// No photo is common among genuine members, so alone it is `info`; beside reactivation, identity or
// history signs assess() raises it to `warn`. The same photo on another profile is scored once, by
// shared-across-profiles; this signal only puts a badge on the photo for it.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked } from './common/findings.ts';

const self = { id: 'photo', category: 'identity' } as const;

export const photo: Signal = {
  ...self,
  corroboration: { categories: ['reactivation', 'identity', 'history'], severity: 'warn' },
  run(snapshot, ctx) {
    const findings: Finding[] = [];
    if (snapshot.hasPhoto === null) {
      return { findings, notChecked: notChecked(self, 'the page does not show whether the profile has a photo', 'open the profile page itself') };
    }
    if (snapshot.hasPhoto === false) {
      findings.push(
        finding(self, {
          detail: 'none',
          severity: 'info',
          title: 'No profile photo',
          evidence: 'The profile shows the placeholder avatar (the photo may also be hidden from you by the member\'s settings). Many genuine members have none.',
          howToVerify: 'Meet on video; compare the person with any ID they provide.',
          refs: ['photo'],
        }),
      );
    }
    const shared = ctx.memory?.shared.find((s) => s.detail === 'photo');
    if (shared && snapshot.hasPhoto) {
      findings.push(
        finding(self, {
          detail: 'shared',
          severity: 'info',
          title: 'This photo was seen on another profile',
          evidence: `The same photo appeared on ${shared.others.map((o) => o.name ?? o.profileUrl ?? 'another profile').join(', ')} (counted under "shared across profiles").`,
          howToVerify: 'Run a reverse image search on the photo and compare the profiles.',
          refs: ['photo'],
        }),
      );
    }
    return { findings };
  },
};

export default photo;
