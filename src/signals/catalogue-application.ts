// The panel's texts for the `application` signals: what each comparison of the profile with the
// candidate's application means, the innocent explanations to rule out, how to settle it, and where
// the concern comes from. Plain text: the UI may import it (through ./catalogue.ts).
import type { CatalogueEntry } from './catalogue-entry.ts';

const AMAZON =
  "Amazon's chief security officer, Stephen Schmidt, wrote in December 2025 that wrongly formatted phone numbers and mismatched education histories are tell-tale signs.";
const FBI_PSA =
  "The FBI and South Korean advisory PSA231018 and the FBI's announcement of January 2025 warn of profiles that do not match the résumé and of one identity shown with different pictures, and advise cross-checking contact details.";
const ADVISORY_2022 =
  'The May 2022 advisory of the US State Department, Treasury and FBI on North Korean IT workers lists inconsistent names, contact details, education and work history among the signs.';
const PLATFORMS =
  "Hiring platforms report real engineers' LinkedIn profiles given on applications with an email that is not theirs.";
const TAILORED = 'Résumés are tailored and shortened, profiles are not kept up to date, school names are translated, companies are renamed or acquired.';

export const applicationCatalogue: readonly CatalogueEntry[] = [
  {
    id: 'application-linkedin-url-vs-profile',
    category: 'application',
    name: 'LinkedIn address on the application vs this profile',
    whyItMatters: "The application links another member's profile than the one on screen: applications borrow real members' profiles to look established.",
    benignExplanations: 'A member who changed their profile address since writing the résumé: the old link then opens this same profile.',
    howToVerify: "Open the application's link; if it lands on another profile, ask which profile is the candidate's and confirm on a video call.",
    source: `${PLATFORMS} ${FBI_PSA}`,
  },
  {
    id: 'application-name-vs-profile',
    category: 'application',
    name: 'Name on the application vs the profile',
    whyItMatters: 'The application and the profile share no name at all: the profile is possibly not the candidate\'s, or the account was taken over and re-dressed.',
    benignExplanations: 'Nicknames, initials, transliteration, reordered names and maiden or married names are allowed for; a name in a script the check cannot transliterate is not checked.',
    howToVerify: 'Ask about the difference; compare an ID document with both names on a video call.',
    source: `${ADVISORY_2022} ${FBI_PSA}`,
  },
  {
    id: 'application-phone-invalid',
    category: 'application',
    name: "Application's phone number cannot exist",
    whyItMatters: 'A number with the wrong number of digits for its country, or in no number range: "wrongly formatted phone numbers" is the first sign Amazon named.',
    benignExplanations: 'Typing slips: the finding shows the number and what is wrong with it.',
    howToVerify: 'Ask for the number on a call and dial it.',
    source: AMAZON,
  },
  {
    id: 'application-phone-format',
    category: 'application',
    name: "Application's phone number written unusually",
    whyItMatters: 'A valid number written the way nobody in its own country writes it can betray a copied number.',
    benignExplanations: 'Writing habits travel with people: information only.',
    howToVerify: 'Call the number; it matters only beside other signs.',
    source: AMAZON,
  },
  {
    id: 'application-phone-type',
    category: 'application',
    name: "Application's phone is not a personal line",
    whyItMatters: 'A VoIP, pager or premium-rate number is easy to obtain anonymously and is not a personal line.',
    benignExplanations: 'Company switchboards use toll-free and shared-cost numbers (information only). US/NANP numbers cannot be told apart offline: not checked.',
    howToVerify: 'Ask for a personal mobile number and call it.',
    source: `${AMAZON} ${FBI_PSA}`,
  },
  {
    id: 'application-phone-country-vs-location',
    category: 'application',
    name: "Application's phone country vs its location",
    whyItMatters: "The application's number belongs to another country than the place the application (or the profile) states.",
    benignExplanations: 'Expatriates and people who moved keep their numbers: information only. The location is used only for this comparison.',
    howToVerify: 'Ask where the candidate lives and works now.',
    source: ADVISORY_2022,
  },
  {
    id: 'application-phone-vs-profile-phone',
    category: 'application',
    name: 'Phone on the application vs the profile',
    whyItMatters: 'The application and the profile give no phone number in common: inconsistent contact details across an identity.',
    benignExplanations: 'A work number and a private one; a number changed since the profile was last edited.',
    howToVerify: 'Call both numbers, or ask which is current and confirm it on a call.',
    source: `${ADVISORY_2022} ${FBI_PSA}`,
  },
  {
    id: 'application-disposable-email',
    category: 'application',
    name: "Application's email is a throwaway address",
    whyItMatters: 'The application gives an address at a throwaway domain (from the maintained disposable-email-domains list).',
    benignExplanations: 'None on an application.',
    howToVerify: 'Ask for a lasting address and send it a message that needs a reply.',
    source: ADVISORY_2022,
  },
  {
    id: 'application-email-names-someone-else',
    category: 'application',
    name: "Application's email names someone else",
    whyItMatters: "The application's address spells a name that is neither the application's nor the profile's: a real member's profile given with another person's address.",
    benignExplanations: 'Family members share addresses: a warning at most.',
    howToVerify: 'Ask whose address it is; write to it and ask for a reply.',
    source: `${PLATFORMS} ${ADVISORY_2022}`,
  },
  {
    id: 'application-school-vs-profile',
    category: 'application',
    name: 'School on the application vs the profile',
    whyItMatters: 'The same degree placed at different schools: "mismatched education histories" is a sign Amazon named.',
    benignExplanations: `Translated school names ("Technical University of Munich" / "Technische Universität München"), renamed and merged schools. ${TAILORED}`,
    howToVerify: 'Verify the degree with the school.',
    source: `${AMAZON} ${ADVISORY_2022}`,
  },
  {
    id: 'application-degree-dates-vs-profile',
    category: 'application',
    name: 'Degree dates on the application vs the profile',
    whyItMatters: 'The same degree at the same school dated more than a year apart: an education history written twice, differently.',
    benignExplanations: 'Dates typed from memory; a thesis finished late; bare years read as the closest months.',
    howToVerify: 'Ask when the degree was awarded and verify it with the school.',
    source: `${AMAZON} ${ADVISORY_2022}`,
  },
  {
    id: 'application-degree-not-on-profile',
    category: 'application',
    name: 'Degree on the application missing from the profile',
    whyItMatters: 'The application claims a degree the profile does not list.',
    benignExplanations: `Profiles are not kept up to date; a degree named in another language. ${TAILORED}`,
    howToVerify: 'Verify the degree with the school.',
    source: `${AMAZON} ${FBI_PSA}`,
  },
  {
    id: 'application-employer-missing-on-the-other-side',
    category: 'application',
    name: 'Employer on one side only',
    whyItMatters: 'An employer on the application that the profile does not show in years it covers (a warning), or one on the profile that the application leaves out (information): "the profile does not match the résumé".',
    benignExplanations: TAILORED,
    howToVerify: 'Ask about the role and check it with a reference or an employment verification.',
    source: `${FBI_PSA} ${ADVISORY_2022}`,
  },
  {
    id: 'application-employment-dates-vs-profile',
    category: 'application',
    name: 'Job dates on the application vs the profile',
    whyItMatters: 'The same employer dated more than six months apart: one of the two histories was written to fit.',
    benignExplanations: 'A profile not updated after leaving a job; a notice period counted on one side; bare years read as the closest months.',
    howToVerify: 'Ask for the dates and confirm them with an employment verification or a reference.',
    source: `${FBI_PSA} ${ADVISORY_2022}`,
  },
  {
    id: 'application-title-more-senior-than-profile',
    category: 'application',
    name: 'More senior title on the application',
    whyItMatters: 'The application gives a more senior title than the profile for the same employer and months.',
    benignExplanations: 'Titles translated or rounded up to the role actually done; a promotion not yet on the profile.',
    howToVerify: 'Ask what the role involved and confirm the title with a reference.',
    source: ADVISORY_2022,
  },
];
