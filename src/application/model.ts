// What a candidate sent, as Telltale reads it: a résumé (PDF, DOCX), text pasted from an ATS or an
// email, or a JSON Resume file. Only what was read with confidence is filled in; an unsure value
// stays empty (null or left out of a list), so a comparison can only stay silent on it, never fire.
// Imports nothing: the profile model (src/model.ts) refers to it by type.

/** "YYYY-MM" or "YYYY", like the profile's dates: a bare year stays a year. */
export type ApplicationDate = string;

export interface ApplicationPosition {
  employer: string;
  /** null when the entry names an employer but no title could be told apart from it. */
  title: string | null;
  start: ApplicationDate | null;
  /** null with `current: true` for "Present" (or its translation); null with `current: false` when not stated. */
  end: ApplicationDate | null;
  current: boolean;
  /** The date text as written ("03/2019 – heute"). */
  dates: string | null;
}

export interface ApplicationEducation {
  school: string;
  degree: string | null;
  field: string | null;
  start: ApplicationDate | null;
  end: ApplicationDate | null;
  dates: string | null;
}

export interface ApplicationPhone {
  /** The number exactly as written. */
  raw: string;
  /** The label written beside it ("Mobile", "Tel."), if any. */
  label: string | null;
}

export type ApplicationSource = 'text' | 'pdf' | 'docx' | 'json-resume';

export interface Application {
  schemaVersion: 1;
  source: ApplicationSource;
  /** The file name it came from, when it came from a file. */
  fileName: string | null;
  name: string | null;
  emails: string[];
  phones: ApplicationPhone[];
  /** linkedin.com/in/… addresses, as written. */
  linkedinUrls: string[];
  /** As written ("Berlin, Deutschland"); only used to place phone numbers and compare phone countries. */
  location: string | null;
  positions: ApplicationPosition[];
  education: ApplicationEducation[];
  /** Section headings recognised in a text résumé (by kind), to say what was and was not found. */
  sections: ApplicationSectionKind[];
  /** What was left out because the application went far beyond a résumé (./limits.ts); absent when nothing was. */
  cuts?: ApplicationCut[];
}

/** One part read only up to its limit: the first `kept` of the `found` characters, pages or entries. */
export interface ApplicationCut {
  part: 'text' | 'pages' | 'positions' | 'education' | 'emails' | 'phones' | 'linkedinUrls';
  kept: number;
  found: number;
}

export type ApplicationSectionKind = 'experience' | 'education' | 'contact' | 'other';

/** Why a file could not be read. Each code has one clear message (./errors.ts); nothing is half read. */
export type ApplicationErrorCode =
  | 'too-large'
  | 'empty'
  | 'wrong-type'
  | 'encrypted-pdf'
  | 'image-only-pdf'
  | 'corrupt-pdf'
  | 'corrupt-docx'
  | 'invalid-json'
  | 'not-json-resume'
  | 'no-text'
  /** Reading ran over its time budget and was stopped (the compare page's worker). */
  | 'too-slow'
  /** The reader failed in a way none of the above names. */
  | 'unreadable';

export class ApplicationError extends Error {
  readonly code: ApplicationErrorCode;
  constructor(code: ApplicationErrorCode, message: string) {
    super(message);
    this.name = 'ApplicationError';
    this.code = code;
  }
}

/**
 * A parser ran out of stack on a file built of parts nested thousands of levels deep (a hostile
 * file, never a résumé): "Maximum call stack size exceeded" in Chromium, "too much recursion" in
 * Firefox. Said to the user as one plain sentence, never as the engine's words.
 */
export function isTooDeep(err: unknown): boolean {
  return err instanceof RangeError || /maximum call stack|too much recursion/i.test(String((err as Error | null)?.message ?? ''));
}

/** Larger files are refused before they are parsed: a résumé is rarely over 1 MB, 10 MB is generous. */
export const MAX_APPLICATION_BYTES = 10 * 1024 * 1024;
