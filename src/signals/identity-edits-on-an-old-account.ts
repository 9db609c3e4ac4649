// Account takeover practice: the new holder of a dormant account renames it, swaps the photo and the
// contact details. LinkedIn's "About this profile" overlay dates those edits; without it, the photo
// URL carries its upload time. One edit is ordinary (a new photo, a married name); several at once on
// an old, quiet account is the pattern.
import type { ElementRef } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked, partlyChecked } from './common/findings.ts';
import { accountAge, monthsAgo } from './common/account-age.ts';
import { actionAgeDays, findActivityGap } from './activity-gap-then-burst.ts';

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
          '"About this profile" was not opened, so name and contact-detail changes are unknown' +
            (snapshot.photo?.uploadedAt ? ' (the photo upload time was checked)' : ''),
          'click the name or the verification badge and open "About this profile"',
          'aboutThisProfile',
        );
    const age = accountAge(snapshot, ctx);
    if (!age) {
      return {
        findings: [],
        notChecked: notChecked(self, 'nothing on the page dates the account (no join date, positions, schooling or activity)', 'open "About this profile" to see when the member joined', 'aboutThisProfile'),
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
      edits.push({ kind: 'photo', when: `profile photo uploaded ${snapshot.photo.uploadedAt.slice(0, 10)}`, ref: 'photo' });
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
    const what = edits.map((e) => e.when).join(' · ');
    const bannerNote = bannerNew ? ` · banner uploaded ${snapshot.banner!.uploadedAt!.slice(0, 10)}` : '';
    const quietNote = gap
      ? ` · activity resumed after about ${Math.round(gap.silenceDays / 365)} years of silence`
      : quiet
        ? ' · no activity in the last year'
        : '';
    const single =
      kinds.has('name')
        ? ' A name change alone has ordinary causes (marriage, transition, transliteration).'
        : ' One change alone has ordinary causes.';
    return {
      findings: [
        finding(self, {
          severity,
          title: photoOnly
            ? 'New photo on an old, quiet account'
            : kinds.size === 1
              ? `Recent ${[...kinds][0]} change on an old account`
              : 'Several identity edits at once on an old account',
          evidence: `${age.basis} · ${what}${bannerNote}${quietNote}.${kinds.size === 1 && !photoOnly ? single : ' The account is possibly compromised or misrepresented.'}`,
          howToVerify: 'Ask the candidate when and why they changed their name, photo or contact details, and compare with the CV they sent.',
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
