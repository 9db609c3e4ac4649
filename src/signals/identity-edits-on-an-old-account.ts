// Account takeover practice: the new holder of a dormant account renames it, swaps the photo and the
// contact details. LinkedIn's "About this profile" overlay dates those edits; without it, the photo
// URL carries its upload time. One edit is ordinary (a new photo, a married name); several at once on
// an old, quiet account is the pattern.
import type { ElementRef } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked, partlyChecked } from './common/findings.ts';
import { accountAge, monthsAgo } from './common/account-age.ts';
import { actionAgeDays, findActivityGap } from './activity-gap-then-burst.ts';
import { t, tn } from '../i18n.ts';

const RECENT_EDIT_MONTHS = 6;
const OLD_ACCOUNT_MONTHS = 36;

type EditKind = 'name' | 'photo' | 'contact';

interface Edit {
  kind: EditKind;
  when: string;
  ref: ElementRef;
}

const self = { id: 'identity-edits-on-an-old-account', category: 'reactivation' } as const;

export const identityEditsOnAnOldAccount: Signal = {
  ...self,
  run(snapshot, ctx) {
    const about = snapshot.aboutThisProfile;
    const overlayMissing = about
      ? undefined
      : partlyChecked(
          self,
          snapshot.photo?.uploadedAt ? t('f_identity_edits_no_about_photo') : t('f_identity_edits_no_about'),
          t('f_identity_edits_no_about_how'),
          'aboutThisProfile',
        );
    const age = accountAge(snapshot, ctx);
    if (!age) {
      return {
        findings: [],
        notChecked: notChecked(self, t('f_identity_edits_undated'), t('f_identity_edits_undated_how'), 'aboutThisProfile'),
      };
    }
    const edits: Edit[] = [];
    const recent = (value: string | null | undefined) => {
      const m = monthsAgo(value, ctx);
      return m !== null && m >= 0 && m <= RECENT_EDIT_MONTHS;
    };
    if (about?.nameChanged && recent(about.nameChanged.date)) edits.push({ kind: 'name', when: about.nameChanged.raw, ref: 'about-this-profile' });
    if (about?.photoChanged && recent(about.photoChanged.date)) edits.push({ kind: 'photo', when: about.photoChanged.raw, ref: 'about-this-profile' });
    else if (snapshot.photo?.uploadedAt && recent(snapshot.photo.uploadedAt)) {
      edits.push({ kind: 'photo', when: t('f_identity_edits_photo_uploaded', snapshot.photo.uploadedAt.slice(0, 10)), ref: 'photo' });
    }
    if (about?.contactChanged && recent(about.contactChanged.date)) edits.push({ kind: 'contact', when: about.contactChanged.raw, ref: 'about-this-profile' });
    const bannerNew = snapshot.banner?.uploadedAt && recent(snapshot.banner.uploadedAt);

    if (age.months < OLD_ACCOUNT_MONTHS || edits.length === 0) return { findings: [], notChecked: overlayMissing };
    const kinds = new Set(edits.map((e) => e.kind));
    const gap = findActivityGap(snapshot, ctx);
    const datedAges = snapshot.activity.map((a) => actionAgeDays(a, ctx)).filter((d): d is number => d !== null);
    // Quiet: the account woke after a year's silence, or has done nothing for a year.
    const quiet = gap !== null || (datedAges.length > 0 && datedAges.every((d) => d > 365));
    const photoOnly = kinds.size === 1 && kinds.has('photo');
    // A new photo alone is normal; on an account silent for a year it is the first edit of a takeover.
    if (photoOnly && !quiet) return { findings: [], notChecked: overlayMissing };
    const severity = photoOnly ? 'warn' : kinds.size === 1 ? 'info' : kinds.size === 3 || quiet ? 'alert' : 'warn';
    // The facts, apart by " · ": how old the account is, each edit, a new banner, the silence.
    const facts = [age.basis, ...edits.map((e) => e.when)];
    if (bannerNew) facts.push(t('f_identity_edits_banner_uploaded', snapshot.banner!.uploadedAt!.slice(0, 10)));
    if (gap) facts.push(tn('f_identity_edits_resumed', Math.round(gap.silenceDays / 365)));
    else if (quiet) facts.push(t('f_identity_edits_no_recent_activity'));
    const what = facts.join(' · ');
    const evidence =
      kinds.size === 1 && !photoOnly
        ? kinds.has('name')
          ? t('f_identity_edits_evidence_name', what)
          : t('f_identity_edits_evidence_one', what)
        : t('f_identity_edits_evidence_several', what);
    const title = photoOnly
      ? t('f_identity_edits_title_photo')
      : kinds.size > 1
        ? t('f_identity_edits_title_several')
        : kinds.has('name')
          ? t('f_identity_edits_title_name')
          : t('f_identity_edits_title_contact');
    return {
      findings: [
        finding(self, {
          severity,
          title,
          evidence,
          howToVerify: t('f_identity_edits_verify'),
          // On what changed (the photo, the name, the contact line), once; the name when the page does not show it.
          refs: [...new Set(edits.map((e) => e.ref))],
          fallbackRef: 'name',
        }),
      ],
      notChecked: overlayMissing,
    };
  },
};

export default identityEditsOnAnOldAccount;
