// What the explanation panel shows for each signal: its name, why it matters, the innocent
// explanations to rule out, and where the concern comes from. Paraphrased from ../../../shared/signals.md.
// No phone metadata or domain lists here: the UI may import this file.
import type { CatalogueEntry } from './catalogue-entry.ts';
import { applicationCatalogue } from './catalogue-application.ts';

const AMAZON =
  'Amazon\'s chief security officer, Stephen Schmidt, wrote in December 2025 that these schemes hijack dormant LinkedIn accounts "to gain verification", and named wrongly formatted phone numbers and mismatched education as tell-tale signs.';
const ADVISORY_2022 =
  'The May 2022 advisory of the US State Department, Treasury and FBI on North Korean IT workers lists inconsistent names, contact details, education and work history among the signs.';
const FBI_PSA =
  "The FBI's public service announcements of October 2023 and January 2025 warn of profiles that do not match the résumé and of one identity shown with different pictures, and advise cross-checking photos and contact details.";
const VENDORS =
  'Mandiant (UNC5267), Microsoft (Jasper Sleet) and CrowdStrike (Famous Chollima) describe stolen identities, doctored photos and several remote jobs held at the same time.';
const ATO =
  'Account-takeover practice names dormant accounts as the main targets, so an account that wakes up after years should be checked as if it were new.';

export const catalogue: readonly CatalogueEntry[] = [
  {
    id: 'activity-gap-then-burst',
    category: 'reactivation',
    name: 'Activity gap, then a burst',
    whyItMatters: 'Posts, comments or reposts in the last month after a silence of a year or more can mean a dormant account was woken by someone else.',
    benignExplanations: 'Returns from a sabbatical, parental leave or a job search look the same; alone this is a warning, never an alert. Only a few items show on the main page.',
    source: `${AMAZON} ${ATO}`,
  },
  {
    id: 'identity-edits-on-an-old-account',
    category: 'reactivation',
    name: 'Identity edits on an old account',
    whyItMatters: 'An old account whose name, photo and contact details all changed recently is the footprint of an account taken over and re-dressed as a new person.',
    benignExplanations: 'A new photo alone is normal. A name change alone (marriage, transition, transliteration) is only information. The pattern is several edits at once on a quiet account.',
    source: `${AMAZON} ${ATO}`,
  },
  {
    id: 'new-current-role-after-a-long-gap',
    category: 'reactivation',
    name: 'New current role after a long gap',
    whyItMatters: 'A fresh current role after a year or more with none, often with a headline turned to remote work, is how a woken account is made employable.',
    benignExplanations: 'Career breaks are common (caring, illness, study, parental leave): this counts only beside other reactivation signs.',
    source: ATO,
  },
  {
    id: 'verification-on-a-reactivated-account',
    category: 'reactivation',
    name: 'Verification on a reactivated account',
    whyItMatters: 'Attackers take over dormant accounts to gain their verification: a badge on an account with reactivation signs does not clear it.',
    benignExplanations: 'Context only: it adds nothing to the score and never counts the same evidence twice.',
    source: AMAZON,
  },
  {
    id: 'overlapping-full-time-roles',
    category: 'timeline',
    name: 'Overlapping full-time roles',
    whyItMatters: 'Two full-time jobs at different employers for months at once; several simultaneous remote jobs is a known pattern of these schemes.',
    benignExplanations: 'Part-time, contract, freelance, self-employed, founder, advisory, board, volunteer and internship roles; moves inside one company; short hand-overs; year-only dates; positions with no employment type prove nothing.',
    source: VENDORS,
  },
  {
    id: 'impossible-dates',
    category: 'timeline',
    name: 'Impossible dates',
    whyItMatters: 'A position that ends before it starts, starts in the future, or whose duration disagrees with its dates is a history that was not entered the normal way.',
    benignExplanations: "LinkedIn's own month rounding (\"Less than a year\") is allowed for.",
    source: ADVISORY_2022,
  },
  {
    id: 'career-before-education',
    category: 'timeline',
    name: 'Career before education',
    whyItMatters: 'A senior full-time career that ended years before the first degree even began does not hold together.',
    benignExplanations: 'Working students, mature students and second degrees: only senior full-time roles before the first degree count.',
    source: `${AMAZON} ${ADVISORY_2022}`,
  },
  {
    id: 'seniority-without-history',
    category: 'timeline',
    name: 'Seniority without history',
    whyItMatters: 'A "Senior", "Principal", "Head of" or "Director" title with almost nothing before it, or a claimed "10+ years" the positions do not cover, suggests a history written to fit an advert.',
    benignExplanations: 'Founders and small companies give senior titles early: at most a warning, and only information for them.',
    source: ADVISORY_2022,
  },
  {
    id: 'invalid-phone-number',
    category: 'contact',
    name: 'Invalid phone number',
    whyItMatters: 'A number that cannot exist in any region, or has the wrong number of digits for its country: "wrongly formatted phone numbers" is the first tell-tale sign Amazon named.',
    benignExplanations: 'Typing slips: the finding shows the number and what is wrong with it.',
    source: AMAZON,
  },
  {
    id: 'unusual-phone-format',
    category: 'contact',
    name: 'Unusual phone format',
    whyItMatters: 'A valid number written the way nobody in its own country writes it (a kept trunk "0" after the country code, "+1" before a non-NANP grouping) can betray a copied number.',
    benignExplanations: 'Writing habits travel with people: information only.',
    source: AMAZON,
  },
  {
    id: 'phone-country-vs-location',
    category: 'contact',
    name: 'Phone country vs location',
    whyItMatters: "The phone's country differs from the profile's stated location.",
    benignExplanations: 'Expatriates and people who moved keep their numbers: information only. The location is used only for this comparison.',
    source: ADVISORY_2022,
  },
  {
    id: 'non-personal-number-type',
    category: 'contact',
    name: 'Non-personal number type',
    whyItMatters: 'A VoIP, pager or premium-rate number is easy to obtain anonymously and is not a personal line.',
    benignExplanations: 'Company switchboards use toll-free and shared-cost numbers (information only). For US/NANP numbers the library cannot tell VoIP offline: reported as not checked.',
    source: `${AMAZON} ${FBI_PSA}`,
  },
  {
    id: 'disposable-email',
    category: 'contact',
    name: 'Disposable email',
    whyItMatters: 'The contact email uses a throwaway domain (from the maintained disposable-email-domains list).',
    benignExplanations: 'None on a professional profile.',
    source: ADVISORY_2022,
  },
  {
    id: 'implausible-degree-dates',
    category: 'education',
    name: 'Implausible degree dates',
    whyItMatters: "A degree that ends before it starts, a bachelor's in under two years, or full degrees at different schools in parallel for years.",
    benignExplanations: 'Part-time and online study: parallel degrees are information unless two bachelor\'s ran together for two years or more.',
    source: `${AMAZON} ${ADVISORY_2022}`,
  },
  {
    id: 'school-with-no-institution-page',
    category: 'education',
    name: 'School with no institution page',
    whyItMatters: 'A school given as free text and only as a bare acronym cannot be looked up.',
    benignExplanations: 'Small and foreign schools often have no page and famous ones go by acronyms: information only. Country of study is never a signal.',
    source: ADVISORY_2022,
  },
  {
    id: 'education-that-contradicts-the-timeline',
    category: 'education',
    name: 'Education that contradicts the timeline',
    whyItMatters: 'A first degree studied while holding a senior full-time job that had begun years before the studies: education and work tell two different lives.',
    benignExplanations: 'Working students (junior or part-time roles), mature students, second degrees (master\'s, MBA, PhD) after years of work.',
    source: `${AMAZON} ${ADVISORY_2022}`,
  },
  {
    id: 'url-slug-vs-name',
    category: 'identity',
    name: 'URL slug vs name',
    whyItMatters: 'A hijacked account often keeps its old owner\'s profile address while the displayed name changes to the new persona.',
    benignExplanations: "LinkedIn's random suffixes, initials, nicknames, maiden and married names, transliteration and reordered names are all allowed for; a name in a script the check cannot transliterate is not checked.",
    source: `${AMAZON} ${ATO}`,
  },
  {
    id: 'name-inconsistency-on-the-page',
    category: 'identity',
    name: 'Name inconsistency on the page',
    whyItMatters: 'The top card, the page title, the structured data and the photo text disagree about who this is; a renamed account can keep its old name in one of them.',
    benignExplanations: 'Credentials ("PhD", "CPA"), pronouns and middle names beside a name are allowed for.',
    source: ADVISORY_2022,
  },
  {
    id: 'photo',
    category: 'identity',
    name: 'Photo',
    whyItMatters: 'No photo, or the same photo on another profile: fabricated identities use stolen or doctored photos.',
    benignExplanations: 'Many genuine members have no photo: information alone, a warning only beside other signs.',
    source: `${FBI_PSA} ${VENDORS}`,
  },
  {
    id: 'new-account-long-career',
    category: 'network',
    name: 'New account, long career',
    whyItMatters: 'An account created recently that claims many years of experience: a fabricated identity gets a fresh account.',
    benignExplanations: 'People who avoided LinkedIn for years: information alone, a warning only beside other signs.',
    source: FBI_PSA,
  },
  {
    id: 'thin-network-for-seniority',
    category: 'network',
    name: 'Thin network for seniority',
    whyItMatters: 'Very few connections and followers for a long, senior career: the footprint is too thin for the claims.',
    benignExplanations: 'Private people keep small networks: information alone, a warning only beside other signs.',
    source: FBI_PSA,
  },
  {
    id: 'contact-details-that-name-someone-else',
    category: 'network',
    name: 'Contact details that name someone else',
    whyItMatters: "The contact email's or personal website's name is a different person's than the profile's.",
    benignExplanations: 'Family members share addresses: a warning at most.',
    source: `${ADVISORY_2022} ${FBI_PSA}`,
  },
  {
    id: 'changed-since-last-seen',
    category: 'history',
    name: 'Changed since last seen',
    whyItMatters: 'Since you last viewed the profile, its photo, headline, location or past positions were rewritten; rewritten history is stronger than a new current role.',
    benignExplanations: 'New jobs and new photos happen; a name change alone is information (marriage, transition).',
    source: FBI_PSA,
  },
  {
    id: 'shared-across-profiles',
    category: 'history',
    name: 'Shared across profiles',
    whyItMatters: 'The same phone, email, photo or About text appears on another profile you have seen: one operator, several identities.',
    benignExplanations: 'Colleagues at one company may share a switchboard number; the finding says which profiles share what.',
    source: `${FBI_PSA} ${VENDORS}`,
  },
  {
    id: 'already-reported',
    category: 'history',
    name: 'Reported by a colleague',
    whyItMatters: 'Someone in your team reported this profile through the team hub: an earlier, independent judgement to read before you decide. Your own reports are not this: they are shown beside the pill as your status and never add to the score.',
    benignExplanations: 'A colleague can be wrong: the team may have found it a false alarm (the finding says so and weighs nothing then), and a hijacked account\'s owner is usually a victim.',
    source: 'The team hub\'s record of the reports its members made (only keyed hashes of the profile reach the hub).',
  },
  ...applicationCatalogue,
];

export const catalogueById: ReadonlyMap<string, CatalogueEntry> = new Map(catalogue.map((e) => [e.id, e]));
