// No photo is common among genuine members, so alone it is `info`; beside reactivation, identity or
// history signs assess() raises it to `warn`. The same photo on another profile is scored once, by
// shared-across-profiles; this signal only puts a badge on the photo for it. Until the worker has the
// picture's print (src/worker/photo-prints.ts), only the uploaded file is compared, not the
// picture: that is said as a part left unchecked.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked, partlyChecked } from './common/findings.ts';
import { isOwnUpload } from '../photo/own-upload.ts';

const self = { id: 'photo', category: 'identity' } as const;

export const photo: Signal = {
  ...self,
  corroboration: { categories: ['reactivation', 'identity', 'history'], severity: 'warn' },
  run(snapshot, ctx) {
    const findings: Finding[] = [];
    if (snapshot.hasPhoto === null) {
      return { findings, notChecked: notChecked(self, t('f_photo_unknown_reason'), t('f_photo_unknown_see')) };
    }
    if (snapshot.hasPhoto === false) {
      findings.push(
        finding(self, {
          detail: 'none',
          severity: 'info',
          title: t('f_photo_none_title'),
          evidence: t('f_photo_none_evidence'),
          howToVerify: t('f_photo_none_verify'),
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
          title: t('f_photo_shared_title'),
          evidence: t('f_photo_shared_evidence', shared.others.map((o) => o.name ?? o.profileUrl ?? t('f_photo_another_profile')).join(', ')),
          howToVerify: t('f_photo_shared_verify'),
          refs: ['photo'],
        }),
      );
    }
    // A member's own upload whose picture has no print yet: the same face under another upload is not found.
    if (isOwnUpload(snapshot) && !snapshot.photo.print) return { findings, notChecked: partlyChecked(self, t('f_photo_print_reason'), t('f_photo_print_see')) };
    return { findings };
  },
};

export default photo;
