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
import { fold, headingKind, isDepartment, isLegalForm, labelled, looksLikeDegree, looksLikeEmployer, looksLikeSchool, looksLikeTitle, splitDegree } from './words.ts';
import { WORK_MODE_ONLY, withoutWorkMode } from '../work-mode.ts';

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
  const experienceLines = lines.filter((l) => l.section === 'experience').map((l) => l.text);
  const educationLines = lines.filter((l) => l.section === 'education').map((l) => l.text);
  for (const entry of readEntries(experienceLines, 'experience')) {
    const position = toPosition(entry, positions.at(-1) ?? null);
    if (position) positions.push(position);
  }
  // A résumé that writes an entry's dates first, on a line of their own, names it on the lines after.
  const datesFirst = [experienceLines[0], educationLines[0]].some((l) => l !== undefined && findRange(l)?.rest === '');
  const education = readEntries(educationLines, 'education', datesFirst)
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
function readEntries(lines: readonly string[], kind: 'experience' | 'education', datesFirst = false): Entry[] {
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
      let before = pending.slice(-2);
      if (kind === 'education') {
        // Only the lines this school needs: a line before them that names a school of its own is
        // an entry without dates ("Master of Business Administration, University of Westmarch",
        // then "Bachelor of Arts, Ashby College" over its dates).
        before = datesFirst && beside.length === 0 ? [] : namingLines(pending, beside);
        entries.push(...undatedEducation(pending.slice(0, pending.length - before.length)));
      }
      const entry: Entry = { range, parts: [...before, ...beside] };
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
    if (last && lastTookFollowers < 2 && needsMore(last, kind, line) && !isSentence(line) && !(kind === 'experience' && namesBeforeDates && last.parts.length > 0)) {
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
    if (next !== undefined && namesDegree(line) && !looksLikeSchool(line) && looksLikeSchool(next) && !isSentence(next)) {
      entries.push({ range: NO_DATES, parts: [line, next] });
      i++;
      continue;
    }
    if (!looksLikeSchool(line) || isSentence(line)) continue;
    const parts = [line];
    // The school, then its degree.
    if (next !== undefined && namesDegree(next) && !looksLikeSchool(next)) {
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
  return single.rest.length === 0 || namesDegree(single.rest) || looksLikeSchool(single.rest) ? single : null;
}

/**
 * Whether the line after an entry's dates still belongs to it. An education entry takes lines until
 * it has a school and a degree. An experience entry takes one while it has fewer than two parts, or
 * when what it has is all titles ("Co-Founder, CEO": the employer may follow) or no title at all
 * ("Ridgeline Health, Denver, CO": the title may follow) and the line is what is missing.
 */
function needsMore(entry: Entry, kind: 'experience' | 'education', line: string): boolean {
  const parts = entry.parts.flatMap(splitParts);
  if (kind === 'education') return !(parts.some(looksLikeSchool) && parts.some(namesDegree)) && parts.length < 2;
  if (parts.length < 2) return true;
  const titled = parts.filter((p) => looksLikeTitle(p) || isDepartment(p)).length;
  const lineIsTitle = looksLikeTitle(line) && !looksLikeEmployer(line);
  if (titled === parts.length) return !lineIsTitle && !looksLikeSchool(line);
  return titled === 0 && lineIsTitle;
}

/** The last of the lines before an education entry's dates that it needs: up to two, fewer when the last one names both the school and the degree. */
function namingLines(pending: readonly string[], beside: readonly string[]): string[] {
  const taken: string[] = [];
  for (let i = pending.length - 1; i >= 0 && taken.length < 2; i--) {
    const parts = [...taken, ...beside].flatMap((l) => l.split(PART_SPLIT)).flatMap((p) => p.split(/,\s+/));
    if (parts.some(looksLikeSchool) && parts.some(namesDegree)) break;
    taken.unshift(pending[i]!);
  }
  // A degree line left just before the school taken is that school's degree ("Master of Business
  // Administration", "University of Westmarch"): the pair is an entry of its own, and this entry,
  // which names its degree beside its dates, finds its school on the line after them.
  const left = pending[pending.length - taken.length - 1];
  if (beside.length > 0 && left !== undefined && namesDegree(left) && !looksLikeSchool(left) && looksLikeSchool(taken[0]!)) return [];
  return taken;
}

/** The part without a work mode or a place in brackets after it ("Globex Inc. (Remote)" → "Globex Inc."). */
function withoutSuffix(part: string): string {
  let out = withoutWorkMode(part);
  const place = /\s*\(([^()]{2,60})\)\s*$/.exec(out);
  if (place && isLocationOnly(place[1]!)) out = out.slice(0, place.index);
  return out.trim() || part;
}

/** The comma parts of one piece of a line, without work modes and places; a legal form stays with the name before it ("Acme, Inc."). */
function commaParts(piece: string): string[] {
  const out: string[] = [];
  for (const written of piece.split(/,\s+(?=\S)/)) {
    const part = trimBrackets(withoutSuffix(written.trim()));
    if (part.length === 0 || isLocationOnly(part) || WORK_MODE_ONLY.test(fold(part))) continue;
    if (out.length > 0 && isLegalForm(part)) out[out.length - 1] += `, ${part}`;
    else out.push(part);
  }
  return out;
}

function splitParts(line: string): string[] {
  const pieces: string[] = [];
  for (const written of line.split(PART_SPLIT)) {
    const piece = withoutSuffix(written);
    const at = piece.split(AT_SPLIT);
    if (at.length === 2 && at[0]!.trim() && at[1]!.trim()) pieces.push(withoutSuffix(at[0]!.trim()), withoutSuffix(at[1]!.trim()));
    else pieces.push(...commaParts(piece));
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

interface NamePart {
  text: string;
  /** Which piece of the entry it was written in: a line, or a part of one between pipes, dots or dashes. */
  piece: number;
}

/** An entry's naming parts in the order written (dates, places, work modes and employment types left out). */
function namingParts(entry: Entry): NamePart[] {
  const out: NamePart[] = [];
  let piece = 0;
  for (const line of entry.parts) {
    for (const written of line.split(PART_SPLIT)) {
      for (const text of splitParts(written)) if (!EMPLOYMENT_TYPES.test(fold(text))) out.push({ text, piece });
      piece++;
    }
  }
  return out;
}

/**
 * The title and the employer among an entry's parts, by the words in them and the shape of the line
 * (the reader does not know the profile, so nothing here guesses from it):
 * - a part with a legal form ("GmbH", "Inc.") is the employer;
 * - the title is the first part that reads as a title, with the parts written after it in the same
 *   piece (after a comma) that are titles or departments: "Co-Founder, CEO, Acme" is the title
 *   "Co-Founder, CEO" at Acme, "VP, Engineering — Quarry Lane" the title "VP, Engineering";
 * - otherwise the employer is the first part, in the order written, that is not the title and does not
 *   read as one ("Ridgeline Health, Denver, CO": the name, then its place), one written in a piece of
 *   its own before what follows the title after a comma ("Senior Engineer, Platform Team — Globex");
 * - when all parts read as titles, one in another piece than the title's is the employer (a name
 *   with a title word in it); a title alone is another role at the previous employer (toPosition);
 * - two parts and neither says what it is: résumés write the title first.
 */
function titleAndEmployer(parts: readonly NamePart[]): { title: string | null; employer: string | null } {
  const isTitle = (p: NamePart) => looksLikeTitle(p.text) && !looksLikeEmployer(p.text);
  const byEmployer = parts.find((p) => looksLikeEmployer(p.text) && !looksLikeTitle(p.text));
  const first = parts.findIndex((p) => p !== byEmployer && isTitle(p));
  if (!byEmployer && first < 0) return parts.length >= 2 ? { title: parts[0]!.text, employer: parts[1]!.text } : { title: null, employer: parts[0]?.text ?? null };
  const run: NamePart[] = [];
  if (first >= 0) {
    const piece = parts[first]!.piece;
    for (let i = first; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.piece !== piece || p === byEmployer || (i > first && !isTitle(p) && !isDepartment(p.text))) break;
      run.push(p);
    }
  }
  const inRun = new Set(run);
  const outside = parts.filter((p) => !inRun.has(p));
  const titlePiece = run[0]?.piece ?? -1;
  const employer =
    byEmployer ??
    outside.find((p) => p.piece !== titlePiece && !looksLikeTitle(p.text)) ??
    outside.find((p) => !looksLikeTitle(p.text)) ??
    (run.length > 0 ? outside.find((p) => p.piece !== titlePiece) : undefined);
  let title = run.length > 0 ? run.map((p) => p.text).join(', ') : null;
  if (!title && employer) title = parts.find((p) => p !== employer && looksLikeTitle(p.text))?.text ?? null;
  return { title, employer: employer ? employerName(employer.text) : null };
}

/**
 * The entry as a position. An entry that names only a title, right after a position, is another role
 * at that position's employer (résumés that list several roles under one employer's name).
 */
function toPosition(entry: Entry, previous: ApplicationPosition | null): ApplicationPosition | null {
  const parts = namingParts(entry);
  if (parts.length === 0) return null;
  let title: string | null = null;
  let employer: string | null = null;
  // "Title at Employer" names both in order.
  for (const line of entry.parts) {
    const at = line.split(PART_SPLIT)[0]!.split(AT_SPLIT);
    if (at.length === 2 && at[0]!.trim() && at[1]!.trim()) {
      title = withoutSuffix(at[0]!.trim());
      employer = employerName(stripTrailingPlace(withoutSuffix(at[1]!.trim())));
      break;
    }
  }
  if (!employer) ({ title, employer } = titleAndEmployer(parts));
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

/** An employer's name without what is written in brackets after it: a place, a former name ("Kerlab SAS (Rennes)" → "Kerlab SAS"). */
function employerName(text: string): string {
  const open = text.lastIndexOf('(');
  const close = text.indexOf(')', open);
  // Only brackets at the end (or left open there): "Acme (UK) Ltd" keeps them.
  if (open < 2 || text.length - open > 60 || (close !== -1 && close !== text.length - 1)) return text;
  const name = text.slice(0, open).trim();
  return name.length >= 2 ? name : text;
}

function stripTrailingPlace(employer: string): string {
  const parts = employer.split(/,\s+/);
  while (parts.length > 1 && isLocationOnly(parts.slice(1).join(', '))) parts.pop();
  return parts[0] === employer ? employer : parts.join(', ');
}

/**
 * The degree written in brackets after the field, as in "Studium der Informatik (B.Sc.)" or
 * "Computer Science (BSc)": as the degree first ("B.Sc. Informatik"); null for any other part.
 */
function bracketedDegree(part: string): string | null {
  if (part.length > 120 || looksLikeDegree(part)) return null;
  const m = /^(?:(?:studium|studiengang)\s+(?:der\s+|des\s+)?)?([^()]+?)\s*\(([^()]{2,16})\)$/i.exec(part.trim());
  return m && looksLikeDegree(m[2]!) && !looksLikeSchool(m[1]!) ? `${m[2]!.trim()} ${m[1]!.trim()}` : null;
}

/** A line or part that names a degree, first ("M.Sc. Informatik") or in brackets after the field. */
function namesDegree(text: string): boolean {
  return looksLikeDegree(text) || text.split(/,\s+/).some((p) => bracketedDegree(p) !== null);
}

function toEducation(entry: Entry): ApplicationEducation | null {
  const lines = entry.parts
    .flatMap((l) => l.split(PART_SPLIT).map((p) => p.trim()).filter(Boolean))
    .map((piece) => piece.split(/,\s+/).map((p) => bracketedDegree(p) ?? p).join(', '));
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
