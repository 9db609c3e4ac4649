// Reading a résumé's text (pasted from an ATS or an email, or taken out of a PDF or DOCX) into an
// Application. A résumé is read the way a person skims one: the header (name, contact line), then the
// sections by their headings, and in Experience and Education one entry around each date range, its
// title, employer or school on the short lines beside the dates. Bullets and sentences are
// descriptions and are skipped. What cannot be told apart with confidence stays empty.
import type { CountryCode } from 'libphonenumber-js/max';
import type { Application, ApplicationCut, ApplicationEducation, ApplicationPhone, ApplicationPosition, ApplicationSectionKind, ApplicationSource } from './model.ts';
import { countryOfLocation } from '../phone/location-country.ts';
import { cutApplication, cutText } from './limits.ts';
import { findRange, findSingleDate, type FoundRange } from './dates.ts';
import { findEmails } from './emails.ts';
import { findPhones, isPhoneShaped } from './phones.ts';
import { fold, headingKind, labelled, looksLikeDegree, looksLikeEmployer, looksLikeSchool, looksLikeTitle, splitDegree } from './words.ts';

/** A character of an address's local part, of its domain, and a letter (the top-level domain's). */
const LINKEDIN_RE = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/[^\s/?#|,;)<>"]+\/?/gi;
const URL_RE = /(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|dev|de|fr|es|it|nl|pt|se|ch|at|be|eu)(?:\/\S*)?\b/i;

/** Separators inside one header or entry line: pipes, middle dots, bullets, wide gaps and dashes. */
const PART_SPLIT = /\s*[|·•]\s*|\s{3,}|\s+[–—]\s+|\s+-\s+/;
/** "Title at Employer" in the seven languages. */
const AT_SPLIT = /\s+(?:at|@|bei|chez|en|na|em|bij|presso|chez)\s+/i;

interface Line {
  text: string;
  section: ApplicationSectionKind | 'header';
}

export interface ReadTextOptions {
  source?: ApplicationSource;
  fileName?: string | null;
  /** Default phone region when the text names no country (ISO 3166-1 alpha-2). */
  region?: string | null;
  /** Cuts already made before the text was taken out (a PDF's pages). */
  cuts?: readonly ApplicationCut[];
}

function cleanLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/\t/g, '   ')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200e\u200f\ufeff]/g, '')
    // trim(), not /\s+$/: that pattern retries a long run of spaces from each of its characters.
    .trim();
}

function isBullet(line: string): boolean {
  return /^[•●▪■◦‣∙*–—-]\s+/u.test(line) || /^[•●▪■◦‣∙]/u.test(line);
}

/** A sentence of a description, not a heading line: long, or ending in a full stop. */
function isDescription(line: string): boolean {
  if (isBullet(line)) return true;
  if (line.length > 90) return true;
  const words = line.split(/\s+/).length;
  // "Acme Inc." ends in a full stop too, and is a name, not a sentence.
  return words >= 4 && /[.!;]$/.test(line) && !/\b(inc|ltd|co|corp|bros|s\.a|s\.l|n\.v|b\.v)\.$/i.test(line);
}

/** A line that ends as a sentence does, not as a name ("Acme Inc." is a name). */
function isSentence(line: string): boolean {
  return /[.!?;]$/.test(line) && !/\b(inc|ltd|co|corp|bros|s\.a|s\.l|n\.v|b\.v|[a-z]\.[a-z])\.$/i.test(line);
}

/** The rest of a sentence the layout wrapped: the line above was a description that did not end. */
function continuesDescription(previous: string | null): boolean {
  return previous !== null && !/[.!?;:)]$/.test(previous);
}

export function readApplicationText(whole: string, opts: ReadTextOptions = {}): Application {
  const { text, cut } = cutText(whole);
  const lines: Line[] = [];
  const sections = new Set<ApplicationSectionKind>();
  let section: Line['section'] = 'header';
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = cleanLine(raw);
    if (line.length === 0) continue;
    const heading = headingKind(line);
    if (heading) {
      section = heading;
      sections.add(heading);
      continue;
    }
    lines.push({ text: line, section });
  }

  const emails = unique(findEmails(text));
  const linkedinUrls = unique([...text.matchAll(LINKEDIN_RE)].map((m) => m[0].replace(/[.,;]+$/, '')));

  const contactLines = lines.filter((l) => l.section === 'header' || l.section === 'contact');
  let name: string | null = null;
  let location: string | null = null;
  const phoneCandidates: ApplicationPhone[] = [];

  for (const { text: line } of lines) {
    const field = labelled(line);
    if (!field) continue;
    if (field.kind === 'name' && !name && plausibleName(field.value)) name = field.value;
    else if (field.kind === 'location' && !location) location = field.value;
    else if (field.kind === 'phone') {
      const raw = field.value.split(/\s*[|,;]\s*|\s{3,}/)[0] ?? '';
      if (isPhoneShaped(raw)) phoneCandidates.push({ raw, label: field.label });
    }
  }
  for (const { text: line } of contactLines) {
    if (labelled(line)) continue;
    for (const part of line.split(PART_SPLIT).map((p) => p.trim()).filter(Boolean)) {
      const unlabelled = part.replace(/^(?:tel|phone|mobile|mob|t|m|p|handy|tél|tel\.)\s*[.:]?\s*(?=[+(\d])/i, '');
      if (isPhoneShaped(unlabelled) && !findRange(unlabelled)) {
        phoneCandidates.push({ raw: unlabelled, label: unlabelled === part ? null : part.slice(0, part.length - unlabelled.length).replace(/[.:\s]+$/, '') });
        continue;
      }
      if (!location && placesSomewhere(part)) location = part;
    }
  }
  if (!name) {
    for (const { text: line } of contactLines.slice(0, 6)) {
      const first = line.split(PART_SPLIT)[0]?.trim() ?? '';
      if (plausibleName(first)) {
        name = first;
        break;
      }
    }
  }

  const region = (countryOfLocation(location) ?? (opts.region ? opts.region.toUpperCase() : null)) as CountryCode | null;
  const contactText = contactLines.map((l) => l.text).join('\n');
  const phones = findPhones(phoneCandidates, contactText, region);

  const positions: ApplicationPosition[] = [];
  for (const entry of readEntries(lines.filter((l) => l.section === 'experience').map((l) => l.text), 'experience')) {
    const position = toPosition(entry, positions.at(-1) ?? null);
    if (position) positions.push(position);
  }
  const education = readEntries(lines.filter((l) => l.section === 'education').map((l) => l.text), 'education')
    .map(toEducation)
    .filter((e): e is ApplicationEducation => e !== null);

  return cutApplication({
    schemaVersion: 1,
    source: opts.source ?? 'text',
    fileName: opts.fileName ?? null,
    name,
    emails,
    phones,
    linkedinUrls,
    location,
    positions,
    education,
    sections: [...sections],
  }, [...(opts.cuts ?? []), ...(cut ? [cut] : [])]);
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = v.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A person's name: 2–5 words of letters, each capitalised (or all capitals), nothing else on the line. */
function plausibleName(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 60) return false;
  if (/[@\d/:|]/.test(t) || URL_RE.test(t)) return false;
  if (headingKind(t) || looksLikeTitle(t) || looksLikeSchool(t) || looksLikeEmployer(t) || placesSomewhere(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  const particle = /^(van|von|der|den|de|del|della|di|da|dos|das|du|le|la|y|zu|ten|ter|bin|al)$/i;
  return words.every((w) => particle.test(w) || /^[\p{Lu}][\p{L}'’.-]*$/u.test(w));
}

/** A part of the header that names a place this table knows ("Berlin, Deutschland", "Lyon, France"). */
function placesSomewhere(part: string): boolean {
  // The length first: a long part is no place name, and the patterns below need not read it.
  if (part.length > 80) return false;
  if (/[@]/.test(part) || URL_RE.test(part) || isPhoneShaped(part)) return false;
  return countryOfLocation(part) !== null;
}

interface Entry {
  range: FoundRange;
  /** The short lines that name the role or the degree, in the order written. */
  parts: string[];
}

/**
 * One entry around each date range. The entry's naming lines are the short lines just before its date
 * line (since the previous entry's date line or description), the text beside the dates on the date line
 * itself, and, when those are not enough, the short lines just after it (résumés that put the dates first).
 */
function readEntries(lines: readonly string[], kind: 'experience' | 'education'): Entry[] {
  const entries: Entry[] = [];
  let pending: string[] = [];
  let last: Entry | null = null;
  let lastTookFollowers = 0;
  let description: string | null = null;
  // Whether this résumé names its entries on lines of their own before their dates: known from its
  // first entry when two lines name it before its date line. Such a résumé's later entry with a title alone before its
  // dates is another role at the same employer, and the line after its dates starts the next entry
  // (an employer's name over its roles), so it is not taken as this entry's employer.
  let namesBeforeDates: boolean | null = null;
  for (const line of lines) {
    if (description !== null && continuesDescription(description) && !findRange(line)) {
      description = line;
      continue;
    }
    description = null;
    const range = findRange(line) ?? (kind === 'education' ? singleDateLine(line) : null);
    if (range) {
      const beside = range.rest.length > 0 ? [range.rest] : [];
      const entry: Entry = { range, parts: [...pending.slice(-2), ...beside] };
      if (namesBeforeDates === null && entries.length === 0 && pending.length >= 2) namesBeforeDates = true;
      entries.push(entry);
      last = entry;
      lastTookFollowers = 0;
      pending = [];
      continue;
    }
    if (isDescription(line)) {
      description = line;
      pending = [];
      // A description ends the lines that may still belong to the last entry.
      last = null;
      continue;
    }
    // A short line after a date line belongs to that entry while it still lacks its names, unless it
    // is a sentence ("Built things.").
    if (last && lastTookFollowers < 2 && needsMore(last, kind) && !isSentence(line) && !(kind === 'experience' && namesBeforeDates && last.parts.length > 0)) {
      last.parts.push(line);
      lastTookFollowers++;
      continue;
    }
    last = null;
    pending.push(line);
  }
  if (kind === 'education') entries.push(...undatedEducation(pending));
  return entries;
}

const NO_DATES: FoundRange = { start: null, end: null, current: false, text: '', rest: '' };

/**
 * Schools written without dates, after the last dated entry (or in a section with none): each line
 * that names a school starts an entry, with the next line when that names the degree.
 */
function undatedEducation(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // A degree line first, then its school.
    if (next !== undefined && looksLikeDegree(line) && !looksLikeSchool(line) && looksLikeSchool(next) && !isSentence(next)) {
      entries.push({ range: NO_DATES, parts: [line, next] });
      i++;
      continue;
    }
    if (!looksLikeSchool(line) || isSentence(line)) continue;
    const parts = [line];
    // The school, then its degree.
    if (next !== undefined && looksLikeDegree(next) && !looksLikeSchool(next)) {
      parts.push(next);
      i++;
    }
    entries.push({ range: NO_DATES, parts });
  }
  return entries;
}

/** Education lines often carry only the year of graduation ("M.Sc. Informatik, 2015"). */
function singleDateLine(line: string): FoundRange | null {
  const single = findSingleDate(line);
  if (!single) return null;
  // Only a line that is mostly the date, or a degree line ending in a year, counts.
  return single.rest.length === 0 || looksLikeDegree(single.rest) || looksLikeSchool(single.rest) ? single : null;
}

function needsMore(entry: Entry, kind: 'experience' | 'education'): boolean {
  const parts = entry.parts.flatMap(splitParts);
  if (kind === 'experience') return parts.length < 2;
  return !(parts.some(looksLikeSchool) && parts.some(looksLikeDegree)) && parts.length < 2;
}

/** How the work is done, written after an employer or a title: "(Remote)", "– hybrid", ", à distance". */
const WORK_MODE = String.raw`remote|fully remote|100\s?% remote|hybrid|on-?site|vor ort|mobiles arbeiten|t[eé]l[eé]travail|[aà] distance|remoto|h[ií]brido|hybride|ibrido|op afstand`;
const WORK_MODE_ONLY = new RegExp(`^(?:${WORK_MODE})$`, 'i');
const WORK_MODE_SUFFIX = new RegExp(`\\s*(?:[([]\\s*(?:${WORK_MODE})\\s*[)\\]]|,\\s*(?:${WORK_MODE}))\\s*$`, 'i');

/** The part without a work mode or a place in brackets after it ("Globex Inc. (Remote)" → "Globex Inc."). */
function withoutSuffix(part: string): string {
  let out = part.replace(WORK_MODE_SUFFIX, '');
  const place = /\s*\(([^()]{2,60})\)\s*$/.exec(out);
  if (place && isLocationOnly(place[1]!)) out = out.slice(0, place.index);
  return out.trim() || part;
}

function splitParts(line: string): string[] {
  const pieces: string[] = [];
  for (const written of line.split(PART_SPLIT)) {
    const piece = withoutSuffix(written);
    const at = piece.split(AT_SPLIT);
    if (at.length === 2 && at[0]!.trim() && at[1]!.trim()) pieces.push(at[0]!.trim(), at[1]!.trim());
    else pieces.push(...piece.split(/,\s+(?=\S)/).map((p) => p.trim()));
  }
  return pieces
    .map(trimBrackets)
    .filter((p) => p.length > 0 && !isLocationOnly(p) && !WORK_MODE_ONLY.test(fold(p)));
}

const BRACKET_OR_SPACE = /[()[\]\s]/;

/** The part without brackets and spaces at its ends, by index (a pattern anchored at the end would retry a long run from each of its characters). */
function trimBrackets(part: string): string {
  let start = 0;
  let end = part.length;
  while (start < end && BRACKET_OR_SPACE.test(part[start]!)) start++;
  while (end > start && BRACKET_OR_SPACE.test(part[end - 1]!)) end--;
  return part.slice(start, end);
}

function isLocationOnly(part: string): boolean {
  return countryOfLocation(part) !== null;
}

const EMPLOYMENT_TYPES = /^(full[- ]?time|part[- ]?time|contract|freelance|internship|vollzeit|teilzeit|praktikum|cdi|cdd|stage|alternance|temps plein|temps partiel|jornada completa|tiempo completo|media jornada|practicas|tempo integral|meio periodo|estagio|voltijd|deeltijd|tempo pieno|part-time|tirocinio)$/i;

/**
 * The entry as a position. An entry that names only a title, right after a position, is another role
 * at that position's employer (résumés that list several roles under one employer's name).
 */
function toPosition(entry: Entry, previous: ApplicationPosition | null): ApplicationPosition | null {
  const parts = entry.parts.flatMap(splitParts).filter((p) => !EMPLOYMENT_TYPES.test(fold(p)));
  if (parts.length === 0) return null;
  let title: string | null = null;
  let employer: string | null = null;
  // "Title at Employer" names both in order.
  for (const line of entry.parts) {
    const at = line.split(PART_SPLIT)[0]!.split(AT_SPLIT);
    if (at.length === 2 && at[0]!.trim() && at[1]!.trim()) {
      title = at[0]!.trim();
      employer = stripTrailingPlace(withoutSuffix(at[1]!.trim()));
      break;
    }
  }
  if (!employer) {
    const byEmployer = parts.find((p) => looksLikeEmployer(p) && !looksLikeTitle(p));
    const byTitle = parts.find((p) => p !== byEmployer && looksLikeTitle(p) && !looksLikeEmployer(p));
    if (byTitle) title = byTitle;
    if (byEmployer) employer = byEmployer;
    // A part that reads as a title is not the employer while another part is there to be it
    // ("Co-Founder, CEO, Acme Robotics").
    if (!employer) employer = parts.find((p) => p !== title && !looksLikeTitle(p)) ?? (byTitle && parts.length === 1 ? null : (parts.find((p) => p !== title) ?? null));
    if (!title && employer) title = parts.find((p) => p !== employer && looksLikeTitle(p)) ?? null;
    // Two parts and neither says what it is: résumés write the title first.
    if (!byTitle && !byEmployer && parts.length >= 2) {
      title = parts[0]!;
      employer = parts[1]!;
    }
    // Several titles written together, one after the other, are one title ("Co-Founder, CEO").
    if (title && employer) {
      const from = parts.indexOf(title);
      let to = from;
      while (to + 1 < parts.length && parts[to + 1] !== employer && looksLikeTitle(parts[to + 1]!) && !looksLikeEmployer(parts[to + 1]!)) to++;
      if (to > from) title = parts.slice(from, to + 1).join(', ');
    }
  }
  if (!employer) {
    // A title alone, after a position: another role at its employer. Otherwise the employer is not
    // known, and a position without one compares with nothing.
    if (!title || !previous) return null;
    employer = previous.employer;
  }
  return {
    employer,
    title,
    start: entry.range.start,
    end: entry.range.end,
    current: entry.range.current,
    dates: entry.range.text,
  };
}

function stripTrailingPlace(employer: string): string {
  const parts = employer.split(/,\s+/);
  while (parts.length > 1 && isLocationOnly(parts.slice(1).join(', '))) parts.pop();
  return parts[0] === employer ? employer : parts.join(', ');
}

function toEducation(entry: Entry): ApplicationEducation | null {
  const lines = entry.parts.flatMap((l) => l.split(PART_SPLIT).map((p) => p.trim()).filter(Boolean));
  let school: string | null = null;
  let degreeText: string | null = null;
  for (const piece of lines) {
    if (!degreeText && looksLikeDegree(piece)) degreeText = piece;
    else if (!school && looksLikeSchool(piece)) school = piece;
  }
  // "M.Sc. Informatik, Technische Universität Berlin" on one line.
  if (degreeText && !school && /,\s+/.test(degreeText)) {
    const pieces = degreeText.split(/,\s+/);
    const at = pieces.findIndex((p, i) => i > 0 && looksLikeSchool(p));
    if (at > 0) {
      school = pieces.slice(at).join(', ');
      degreeText = pieces.slice(0, at).join(', ');
    }
  }
  if (!school) school = lines.find((p) => p !== degreeText && !looksLikeDegree(p) && !isLocationOnly(p)) ?? null;
  if (!school) return null;
  // "University of California, Berkeley, Master of Science": the school's name has a comma, the
  // degree follows it.
  if (!degreeText && /,\s+/.test(school)) {
    const pieces = school.split(/,\s+/);
    const at = pieces.findIndex((p, i) => i > 0 && looksLikeDegree(p));
    if (at > 0) {
      degreeText = pieces.slice(at).join(', ');
      school = pieces.slice(0, at).join(', ');
    }
  }
  school = stripTrailingPlace(school);
  const split = degreeText ? splitDegree(degreeText) : null;
  return {
    school,
    degree: split?.degree ?? null,
    field: split?.field ?? null,
    start: entry.range.start,
    end: entry.range.end,
    dates: entry.range.text || null,
  };
}
