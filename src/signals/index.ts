// Every signal, one import line each. The file name is the signal id (see ../../docs/signals.md).
// Order is the catalogue's: reactivation, timeline, contact, education, identity, network, history.
import type { Signal } from './signal.ts';
import activityGapThenBurst from './activity-gap-then-burst.ts';
import identityEditsOnAnOldAccount from './identity-edits-on-an-old-account.ts';
import newCurrentRoleAfterLongGap from './new-current-role-after-a-long-gap.ts';
import verificationOnReactivatedAccount from './verification-on-a-reactivated-account.ts';
import overlappingFullTimeRoles from './overlapping-full-time-roles.ts';
import impossibleDates from './impossible-dates.ts';
import careerBeforeEducation from './career-before-education.ts';
import seniorityWithoutHistory from './seniority-without-history.ts';
import invalidPhoneNumber from './invalid-phone-number.ts';
import unusualPhoneFormat from './unusual-phone-format.ts';
import phoneCountryVsLocation from './phone-country-vs-location.ts';
import nonPersonalNumberType from './non-personal-number-type.ts';
import disposableEmail from './disposable-email.ts';
import implausibleDegreeDates from './implausible-degree-dates.ts';
import schoolWithNoInstitutionPage from './school-with-no-institution-page.ts';
import educationThatContradictsTheTimeline from './education-that-contradicts-the-timeline.ts';
import urlSlugVsName from './url-slug-vs-name.ts';
import nameInconsistencyOnThePage from './name-inconsistency-on-the-page.ts';
import photo from './photo.ts';
import newAccountLongCareer from './new-account-long-career.ts';
import thinNetworkForSeniority from './thin-network-for-seniority.ts';
import contactDetailsThatNameSomeoneElse from './contact-details-that-name-someone-else.ts';
import changedSinceLastSeen from './changed-since-last-seen.ts';
import sharedAcrossProfiles from './shared-across-profiles.ts';
import alreadyReported from './already-reported.ts';
import teamSharedDetails from './team-shared-details.ts';
import applicationLinkedinUrlVsProfile from './application-linkedin-url-vs-profile.ts';
import applicationNameVsProfile from './application-name-vs-profile.ts';
import applicationPhoneInvalid from './application-phone-invalid.ts';
import applicationPhoneFormat from './application-phone-format.ts';
import applicationPhoneType from './application-phone-type.ts';
import applicationPhoneCountryVsLocation from './application-phone-country-vs-location.ts';
import applicationPhoneVsProfilePhone from './application-phone-vs-profile-phone.ts';
import applicationDisposableEmail from './application-disposable-email.ts';
import applicationEmailNamesSomeoneElse from './application-email-names-someone-else.ts';
import applicationSchoolVsProfile from './application-school-vs-profile.ts';
import applicationDegreeDatesVsProfile from './application-degree-dates-vs-profile.ts';
import applicationDegreeNotOnProfile from './application-degree-not-on-profile.ts';
import applicationEmployerMissingOnTheOtherSide from './application-employer-missing-on-the-other-side.ts';
import applicationEmploymentDatesVsProfile from './application-employment-dates-vs-profile.ts';
import applicationTitleMoreSeniorThanProfile from './application-title-more-senior-than-profile.ts';

export const signals: readonly Signal[] = [
  activityGapThenBurst,
  identityEditsOnAnOldAccount,
  newCurrentRoleAfterLongGap,
  verificationOnReactivatedAccount,
  overlappingFullTimeRoles,
  impossibleDates,
  careerBeforeEducation,
  seniorityWithoutHistory,
  invalidPhoneNumber,
  unusualPhoneFormat,
  phoneCountryVsLocation,
  nonPersonalNumberType,
  disposableEmail,
  implausibleDegreeDates,
  schoolWithNoInstitutionPage,
  educationThatContradictsTheTimeline,
  urlSlugVsName,
  nameInconsistencyOnThePage,
  photo,
  newAccountLongCareer,
  thinNetworkForSeniority,
  contactDetailsThatNameSomeoneElse,
  changedSinceLastSeen,
  sharedAcrossProfiles,
  alreadyReported,
  teamSharedDetails,
];

export const signalIds: readonly string[] = signals.map((s) => s.id);

/**
 * The comparisons of a profile with the candidate's application (category `application`). Kept apart
 * from `signals`: they run only when an application is given (src/compare.ts), so a profile assessed
 * on its own is scored and counted exactly as before.
 */
export const applicationSignals: readonly Signal[] = [
  applicationLinkedinUrlVsProfile,
  applicationNameVsProfile,
  applicationPhoneInvalid,
  applicationPhoneFormat,
  applicationPhoneType,
  applicationPhoneCountryVsLocation,
  applicationPhoneVsProfilePhone,
  applicationDisposableEmail,
  applicationEmailNamesSomeoneElse,
  applicationSchoolVsProfile,
  applicationDegreeDatesVsProfile,
  applicationDegreeNotOnProfile,
  applicationEmployerMissingOnTheOtherSide,
  applicationEmploymentDatesVsProfile,
  applicationTitleMoreSeniorThanProfile,
];
