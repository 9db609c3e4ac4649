// The typed profile snapshot: what the content script (or `scan`) read from one page.
// Field names follow ../shared/linkedin-pages/expected/README.md where they overlap, so a
// snapshot and an expected file compare directly. Raw text is always kept beside a parsed value.
import type { PhotoPrint } from './photo/print.ts';

/** What the page is. Pages that are not profiles are reported as such, never as an empty profile. */
export type PageKind =
  | 'profile'
  | 'details-experience'
  | 'details-education'
  | 'details-certifications'
  | 'details-skills'
  | 'activity'
  | 'authwall'
  | 'private'
  | 'not-a-profile';

/** Which markup generation the reader recognised. */
export type Layout =
  | 'logged-in-2024'
  | 'logged-in-2025'
  | 'logged-in-2022'
  | 'guest'
  | 'sdui-2026'
  | 'unknown';

/**
 * A reference to the page element a value was read from, so a badge can sit beside it.
 * Stable for one page run: "name", "photo", "experience:0", "education:1", "certification:0",
 * "activity", "activity:2", "contact:phone:0", "contact:email:0", "about-this-profile".
 */
export type ElementRef = string;

/** "YYYY-MM" or "YYYY" (a bare year stays a year). */
export type PartialDate = string;

export interface Position {
  ref: ElementRef;
  title: string;
  company: string;
  /** Link to a LinkedIn company page, when the company is one (not free text). */
  companyUrl: string | null;
  employmentType: string | null;
  /** Range text as shown, before " · ". */
  dates: string | null;
  /** Duration text as shown, after " · ". */
  duration: string | null;
  start: PartialDate | null;
  /** null: "Present" (or no end shown). */
  end: PartialDate | null;
  /** true when the range ends in "Present" (or its translation). */
  current: boolean;
  location: string | null;
  description: string | null;
}

export interface Education {
  ref: ElementRef;
  school: string;
  /** Link to a LinkedIn school page, when the school is one. */
  schoolUrl: string | null;
  degree: string | null;
  field: string | null;
  dates: string | null;
  start: PartialDate | null;
  end: PartialDate | null;
}

export interface Certification {
  ref: ElementRef;
  name: string;
  issuer: string | null;
  issued: PartialDate | null;
}

export interface ActivityItem {
  ref: ElementRef;
  /** Relative time label as shown ("1d", "3w", "7mo", "2yr"); dates the member's own action. */
  relative: string | null;
  /** Days before capture that `relative` stands for (approximate: "1mo" = 30 days). */
  relativeDays: number | null;
  /** urn:li:activity id; dates the post, which for a repost is someone else's older post. */
  activityId: string | null;
  /** UTC date (YYYY-MM-DD) of the activity id's embedded timestamp. */
  postedAt: string | null;
  /** "post" | "repost" | "comment" | "reaction" | null when the page does not say. */
  action: 'post' | 'repost' | 'comment' | 'reaction' | null;
}

export interface PhoneNumber {
  ref: ElementRef;
  /** The number exactly as written on the page. */
  raw: string;
  /** The label LinkedIn shows beside it ("Mobile", "Work", "Home"), if any. */
  label: string | null;
}

/** The contact-info overlay (/overlay/contact-info/), read only when the user opens it. */
export interface ContactInfo {
  phones: PhoneNumber[];
  emails: { ref: ElementRef; address: string }[];
  websites: { ref: ElementRef; url: string; label: string | null }[];
  birthday: string | null;
  connectedSince: string | null;
}

/** The "About this profile" overlay, read only when the user opens it. */
export interface AboutThisProfile {
  /** Raw text and parsed month of "Joined <Month YYYY>". */
  joined: { raw: string; date: PartialDate | null } | null;
  nameChanged: { raw: string; date: PartialDate | null } | null;
  photoChanged: { raw: string; date: PartialDate | null } | null;
  contactChanged: { raw: string; date: PartialDate | null } | null;
  /** Verification lines as shown ("Verified with a workplace email", "Identity verified with CLEAR"). */
  verifications: string[];
}

/** How much of one part of the profile this snapshot saw. */
export interface PartCoverage {
  /** The part was on the page (the section, the overlay, the activity list). */
  seen: boolean;
  /** Items this page showed. */
  shown: number;
  /** Items that exist, when the page says ("Show all 12 experiences"); null when unknown. */
  total: number | null;
  /**
   * The page holds an empty placeholder where this part will render once the user scrolls to it
   * (the 2026 layout loads Experience and Education lazily): "not loaded yet", never "none".
   * Only with `seen: false`.
   */
  pending?: boolean;
  /**
   * The part is on the page (its card, heading or entries) but Telltale could not read it, or
   * not all of it: entries it could not read, or the page contradicts what was read (the top card
   * names a school, Education read none). Always with `seen: false`: its checks do not run and
   * say why, never "read, none". See src/extract/coverage-rule.ts.
   */
  unreadable?: boolean;
  /** Entries the reader found on the page that gave nothing it could read (set by the readers, settled by the coverage rule). */
  unread?: number;
}

export type CoveragePart =
  | 'experience'
  | 'education'
  | 'certifications'
  | 'skills'
  | 'activity'
  | 'contact'
  | 'aboutThisProfile';

export interface ProfileSnapshot {
  schemaVersion: 1;
  /** The page URL the snapshot was read from (or the file, for `scan`). */
  url: string | null;
  kind: PageKind;
  layout: Layout;
  /** Interface locale from <meta name="i18nLocale"> or <meta name="locale">, e.g. "en_US". */
  locale: string | null;
  /** When the page was captured (saved pages) or read (live pages): YYYY-MM-DD. */
  capturedAround: string | null;

  /** LinkedIn's member id (urn:li:fsd_profile:… or data-member-id) when the page has one. */
  memberId: string | null;
  profileUrl: string | null;
  slug: string | null;
  name: string | null;
  headline: string | null;
  location: string | null;
  connections: string | null;
  followers: number | null;
  hasPhoto: boolean | null;
  openToWork: boolean | null;
  verified: boolean | null;
  /** The whole About text (expected files compare its first 120 code points). */
  about: string | null;

  /** Other places the name appears, for the name-consistency signal. */
  nameSources: { pageTitle: string | null; jsonLd: string | null; photoAlt: string | null };
  /**
   * Top-card photo: its URL and the upload time LinkedIn embeds in it (…/0/<epoch ms>). `print`: the
   * picture's fingerprint (src/photo/print.ts), laid on by the worker once it has one for this image
   * (never taken from the page's word: the snapshot's schema drops it).
   */
  photo: { url: string; uploadedAt: string | null; print?: PhotoPrint } | null;
  banner: { url: string; uploadedAt: string | null } | null;

  experience: Position[];
  experienceShownAll: boolean | null;
  experienceTotal: number | null;
  education: Education[];
  certifications: Certification[];
  skills: string[];
  activity: ActivityItem[];

  contact: ContactInfo | null;
  aboutThisProfile: AboutThisProfile | null;

  coverage: Record<CoveragePart, PartCoverage>;
  /**
   * Where the worker cut an over-long text or list to its limit (snapshot-cut.ts), e.g. "name",
   * "experience", "experience.3.title"; absent when nothing was cut. A cut list's coverage also says
   * that not all of it was read.
   */
  truncated?: string[];
}

/** The result of reading a page that is not a profile we can read. */
export interface NotAProfile {
  kind: 'authwall' | 'private' | 'not-a-profile';
  layout: Layout;
  reason: string;
  /** The vanity name the page names (a private profile's "could not be found" page does), if any. */
  slug?: string | null;
}

import type { Application } from './application/model.ts';

// ---- Findings -------------------------------------------------------------------------------

export type Category =
  | 'reactivation'
  | 'timeline'
  | 'contact'
  | 'education'
  | 'identity'
  | 'network'
  | 'history'
  /** What the user's team knows (a team hub joined): evidence from colleagues, apart from the user's own history. */
  | 'team'
  /** Comparisons of the profile with the candidate's application (src/signals/application-*.ts). */
  | 'application';

export type Severity = 'info' | 'warn' | 'alert';

export interface Finding {
  /** Stable id: "<signal id>" or "<signal id>:<detail>" when one signal fires more than once. */
  id: string;
  signal: string;
  category: Category;
  severity: Severity;
  /** One line. */
  title: string;
  /** Plain words with the actual values. */
  evidence: string;
  /** One line a recruiter can act on. */
  howToVerify: string;
  /** Page elements this finding concerns (badges go beside them, and on nothing else). */
  refs: ElementRef[];
  /** Where its badge goes when none of refs is on the page (the name, for a top-card detail a layout does not mark). */
  fallbackRef?: ElementRef;
}

/** A signal that could not run on this snapshot: what is missing and how to see it. */
/** A view of a profile the user can open to let more checks run. */
export type ProfileView = 'contact' | 'aboutThisProfile' | 'experience' | 'education' | 'certifications' | 'activity';

export interface NotChecked {
  signal: string;
  category: Category;
  reason: string;
  howToSee: string;
  /** The view that would let this run, when one would (the panel offers a button to open it). */
  view?: ProfileView;
  /** true when the signal checked what the page showed and this says only what it left out. */
  partial?: boolean;
}

export type Level = 'low' | 'medium' | 'high';

export interface Assessment {
  score: number;
  level: Level;
  findings: Finding[];
  notChecked: NotChecked[];
  /** Signals that ran (found something or passed). */
  checksRun: number;
  checksTotal: number;
  /**
   * The page's layout is new to Telltale: no known layout matched (it was read by its text alone)
   * or less than a top card (name and headline) could be read. The pill says so, never "no concerns".
   */
  layoutNew?: boolean;
}

// ---- What the extension remembers, as the history signals see it ------------------------------

/** What came of a profile in the team: the hub's triage status, as the team signals read it. */
export type TeamOutcome = 'open' | 'under-review' | 'confirmed' | 'false-alarm';

/** A detail of this profile the team's hub matched on other profiles the team saw (never 'profile'). */
export interface TeamSharedDetail {
  kind: 'phone' | 'email' | 'photo' | 'about';
  /** The detail as this page (or the kept application) shows it: the worker maps the hub's key back; the hub never sees it. */
  value: string;
  /** Other profiles of the team that carry it, the members who saw them, and how many of those profiles were reported or confirmed as fraud. */
  otherProfiles: number;
  seenBy: number;
  reported: number;
  confirmed: number;
  /** Matched by the photo's print alone (src/photo/print.ts): a likeness to compare by eye. */
  likeness?: true;
}

/**
 * What the user's team knows of this profile (a team hub joined): reports by colleagues, the team's
 * triage, and details shared with other profiles the team saw. Evidence from others, kept apart
 * from the user's own history (MemoryView), whose reports and reviews are status and never evidence.
 * Read by the `team` signals (already-reported, team-shared-details). Until the hub answered, or
 * when it could not be asked, the status says why, and the team signals say "not checked".
 */
export type TeamView =
  | {
      status: 'answered';
      /** Reports of this profile by colleagues (never the user's own). */
      reports: { by: string; at: string; destinations: string[]; outcome: TeamOutcome }[];
      /** The team's triage of the profile when an admin set one, with who and when. */
      triage?: { outcome: Exclude<TeamOutcome, 'open'>; by: string | null; at: string | null; note: string | null } | null;
      shared: TeamSharedDetail[];
    }
  /** Asked, no answer yet: the pill is drawn without waiting (issue 27 item 4). */
  | { status: 'asking' }
  /** Could not be asked or did not answer in time; `reason` in the UI language. */
  | { status: 'unreachable'; reason: string }
  /** The hub refused the member's code. */
  | { status: 'revoked' }
  /** Nothing may be sent (Firefox's data consent not given), or the page names no profile address to key the question by. */
  | { status: 'not-sent'; reason: string };

/** A profile the user saw earlier that shares a detail with this one. */
export interface SharedDetail {
  /** "phone" | "email" | "photo" | "about" */
  detail: 'phone' | 'email' | 'photo' | 'about';
  /** The shared value as shown to the user (the number, the address; for photo/about a short label). */
  value: string;
  /** The other profiles: their URL and name as last seen. */
  others: { profileUrl: string | null; name: string | null }[];
  /** Matched by the photo's print alone (another upload): a likeness to compare by eye, not the same file. */
  likeness?: true;
}

export interface MemoryView {
  /** Earlier snapshots of this same member, oldest first, with when they were seen. */
  previous: { seenAt: string; snapshot: ProfileSnapshot }[];
  shared: SharedDetail[];
  /**
   * Reports the user filed on this profile before: the user's own status (shown beside the pill,
   * kept for reports and export), never read by a signal.
   */
  reports: { sentAt: string; destinations: string[] }[];
}

export interface AssessContext {
  /** "Today", for relative dates; a saved page's capture time or the CLI's --now. */
  now: Date;
  /** Default phone region (ISO 3166-1 alpha-2) for numbers written without a country code. */
  region: string | null;
  /** The extension's memory of this member; null when there is none (CLI, first visit). */
  memory: MemoryView | null;
  /** Signal ids the user turned off in options. */
  disabled?: readonly string[];
  /**
   * The disposable-email domain list (src/signals/common/disposable-domains.ts): whether it holds a
   * domain, or a wildcard parent written "*.parent". Large, so the worker loads it only for a
   * snapshot with an email; Node callers read the npm package. Missing or null while the snapshot
   * has an email: `disposable-email` reports that it could not check, never that the address is clean.
   */
  disposableDomains?: { has(entry: string): boolean } | null;
  /**
   * What the candidate sent (src/application/), for the `application` signals, which run only
   * when it is given (src/compare.ts); the other signals never read it.
   */
  application?: Application | null;
  /** What the user's team knows (a team hub); absent until one is joined. Evidence from others, apart from `memory`. */
  team?: TeamView | null;
}
