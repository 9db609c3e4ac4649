// The list entries of a profile section (a position, a school, a certificate, a skill) read as
// plain text lines, whatever the markup generation: the Ember layouts show them as a bold first
// line and smaller lines below ("Novare Potential · Full-time", "Jul 2021 - Present · 3 yrs 1 mo",
// "Stockholm"), and the 2026 server-driven layout shows the same lines as <p> elements. Each
// layout reader turns its markup into EntityLines; the functions here turn lines into Positions,
// Education, Certifications and skills, so the judgement calls live in one place.
import type { Certification, Education, Position } from '../model.ts';
import { parseDateRange, parseDurationMonths, parseMonthYear, splitMiddot } from './dates.ts';

export interface EntityLines {
  /** The element the entry was read from (badges go beside it). */
  el: Element;
  /** Visible text lines of the entry's own header, in order (not its sub-entries or description). */
  lines: string[];
  /** Entries nested under this one: the roles of a company group. */
  children: EntityLines[];
  /** Link to the LinkedIn company or school page, when the entry has one. */
  orgUrl: string | null;
  /** The organisation named by the entry's logo ("Stripe logo" → "Stripe"), if any. */
  orgName?: string | null;
  /** The description text under the entry, when shown. */
  description: string | null;
}

/**
 * Employment types as LinkedIn writes them in the supported interface languages. Only used to
 * tell a group header's "Full-time" (a type) from "Guayaquil" (a place) when the header has no
 * duration beside it; a company line splits at " · " without this list.
 */
const EMPLOYMENT_TYPES = new Set(
  [
    'full-time', 'part-time', 'self-employed', 'freelance', 'contract', 'internship', 'apprenticeship',
    'seasonal', 'temporary', 'permanent', 'permanent full-time', 'permanent part-time', 'casual',
    'contract full-time', 'contract part-time', 'volunteer',
    'vollzeit', 'teilzeit', 'selbstständig', 'freiberuflich', 'befristet', 'praktikum', 'ausbildung', 'saisonal',
    'temps plein', 'temps partiel', 'indépendant', 'cdd', 'cdi', 'stage', 'alternance', 'saisonnier', 'intérim',
    'jornada completa', 'media jornada', 'jornada parcial', 'autónomo', 'contrato temporal', 'prácticas', 'temporal',
    'tempo integral', 'meio período', 'autônomo', 'contrato', 'estágio', 'aprendiz', 'temporário',
    'fulltime', 'parttime', 'zelfstandige', 'leerling', 'seizoensgebonden', 'tijdelijk',
    'a tempo pieno', 'autonomo', 'contratto', 'apprendistato', 'stagionale',
  ].map((s) => s.toLowerCase()),
);

export function isEmploymentType(text: string): boolean {
  return EMPLOYMENT_TYPES.has(text.trim().toLowerCase());
}

function dateLineIndex(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (parseDateRange(lines[i]) !== null) return i;
  return -1;
}

interface RoleParts {
  title: string;
  /** The line between the title and the dates: "Company · Full-time", or "Full-time" in a group. */
  subtitle: string | null;
  dates: string | null;
  duration: string | null;
  start: string | null;
  end: string | null;
  current: boolean;
  location: string | null;
}

function readRole(lines: string[]): RoleParts {
  const title = lines[0] ?? '';
  const di = dateLineIndex(lines, 1);
  const range = di >= 0 ? parseDateRange(lines[di]) : null;
  const subtitle = di === 1 ? null : (lines[1] ?? null);
  // A line after the dates is where LinkedIn shows the place (kept as shown, "· Hybrid" and all).
  const after = di >= 0 ? lines[di + 1] : lines[2];
  return {
    title,
    subtitle,
    dates: range?.dates ?? null,
    duration: range?.duration ?? null,
    start: range?.start ?? null,
    end: range?.end ?? null,
    current: range?.current ?? false,
    location: after ?? null,
  };
}

/** "Novare Potential · Full-time" → company and type; a line without " · " is all company. */
function splitCompanyLine(line: string | null): { company: string; type: string | null } {
  if (!line) return { company: '', type: null };
  const parts = splitMiddot(line);
  if (parts.length >= 2) {
    return { company: parts.slice(0, -1).join(' · '), type: parts[parts.length - 1] ?? null };
  }
  return { company: line.trim(), type: null };
}

/** A group header: company, then "Full-time · 5 yrs 3 mos" (type and/or total duration), then a place. */
function readGroupHeader(lines: string[]): { company: string; type: string | null; location: string | null } {
  const company = lines[0] ?? '';
  let type: string | null = null;
  let location: string | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (parseDateRange(line) !== null) continue; // some headers show the whole span
    const parts = splitMiddot(line);
    const durations = parts.filter((p) => parseDurationMonths(p) !== null);
    if (durations.length > 0) {
      const rest = parts.filter((p) => parseDurationMonths(p) === null);
      if (rest.length > 0 && type === null) type = rest.join(' · ');
      continue;
    }
    if (type === null && location === null && i === 1 && (isEmploymentType(line) || lines.length > 2)) {
      type = line;
      continue;
    }
    if (location === null) location = line;
  }
  return { company, type, location };
}

/** A group is an entry whose nested entries carry dates: a company with several roles. */
export function isGroup(entity: EntityLines): boolean {
  return entity.children.some((c) => dateLineIndex(c.lines, 1) >= 0);
}

/**
 * Positions of an Experience list, flattened in page order. Grouped roles carry the group's
 * company; a role without its own employment type or place takes the header's (see the
 * expected files' README).
 */
/**
 * Entries a person sees that gave no position: a whole entry, or a role inside a company group
 * (each role is an entry too). The coverage rule (coverage-rule.ts) turns any into "could not be read".
 */
export function unreadPositions(entities: EntityLines[], read: readonly { el: Element }[]): number {
  const got = new Set(read.map((r) => r.el));
  let unread = 0;
  for (const entity of entities) {
    if (isGroup(entity) && entity.children.length > 0) unread += entity.children.filter((c) => !got.has(c.el)).length;
    else if (!got.has(entity.el)) unread++;
  }
  return unread;
}

export function readPositions(entities: EntityLines[], startRef: number): { position: Position; el: Element }[] {
  const out: { position: Position; el: Element }[] = [];
  let n = startRef;
  for (const entity of entities) {
    if (entity.lines.length === 0) continue;
    if (isGroup(entity)) {
      const header = readGroupHeader(entity.lines);
      for (const child of entity.children) {
        if (child.lines.length === 0) continue;
        const role = readRole(child.lines);
        out.push({
          el: child.el,
          position: {
            ref: `experience:${n++}`,
            title: role.title,
            company: header.company,
            companyUrl: child.orgUrl ?? entity.orgUrl,
            employmentType: role.subtitle ?? header.type,
            dates: role.dates,
            duration: role.duration,
            start: role.start,
            end: role.end,
            current: role.current,
            location: role.location ?? header.location,
            description: child.description,
          },
        });
      }
      continue;
    }
    const role = readRole(entity.lines);
    const split = splitCompanyLine(role.subtitle);
    // No company line at all: the logo beside the entry still names the company.
    const company = split.company || (entity.orgName ?? '');
    const type = split.type;
    out.push({
      el: entity.el,
      position: {
        ref: `experience:${n++}`,
        title: role.title,
        company,
        companyUrl: entity.orgUrl,
        employmentType: type,
        dates: role.dates,
        duration: role.duration,
        start: role.start,
        end: role.end,
        current: role.current,
        location: role.location,
        description: entity.description,
      },
    });
  }
  return out;
}

/** "Bachelor of Science - BS, Physics" → degree and field, split at the first ", ". */
export function splitDegree(line: string | null): { degree: string | null; field: string | null } {
  if (!line) return { degree: null, field: null };
  const i = line.indexOf(', ');
  if (i < 0) return { degree: line, field: null };
  return { degree: line.slice(0, i).trim() || null, field: line.slice(i + 2).trim() || null };
}

export function readEducation(entity: EntityLines, index: number): Education | null {
  const lines = entity.lines;
  const school = lines[0];
  if (!school) return null;
  const di = dateLineIndex(lines, 1);
  const range = di >= 0 ? parseDateRange(lines[di]) : null;
  const degreeLine = di === 1 ? null : (lines[1] ?? null);
  const { degree, field } = splitDegree(degreeLine);
  return {
    ref: `education:${index}`,
    school,
    schoolUrl: entity.orgUrl,
    degree,
    field,
    dates: range?.dates ?? null,
    start: range?.start ?? null,
    end: range?.end ?? null,
  };
}

/** The first "Mon YYYY" or "YYYY" in a line such as "Issued Aug 2022 · Expires Feb 2025". */
export function firstMonthYear(line: string | null | undefined): string | null {
  if (!line) return null;
  for (const part of splitMiddot(line)) {
    const tokens = part.split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      for (let len = Math.min(3, tokens.length - i); len >= 1; len--) {
        const found = parseMonthYear(tokens.slice(i, i + len).join(' '));
        if (found !== null) return found;
      }
    }
    return null; // only the first part: later parts are the expiry
  }
  return null;
}

export function readCertification(entity: EntityLines, index: number): Certification | null {
  const lines = entity.lines;
  const name = lines[0];
  if (!name) return null;
  let issuer: string | null = null;
  let issued: string | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const found = firstMonthYear(line);
    if (found !== null) {
      issued = found;
      break;
    }
    if (i === 1) issuer = line;
  }
  return { ref: `certification:${index}`, name, issuer, issued };
}

/** A skill entry's name, without the endorsement count some layouts show beside it ("· 23"). */
export function readSkill(entity: EntityLines): string | null {
  const first = entity.lines[0];
  if (!first) return null;
  const name = first.replace(/\s*·\s*\d+$/, '').trim();
  return name === '' ? null : name;
}

/** "Stripe logo" → "Stripe": the organisation a logo image names (its alt text), else null. */
export function nameFromLogoAlt(alt: string | null | undefined): string | null {
  if (!alt) return null;
  const m = /^(.+?)\s+(?:logo|Logo)$/.exec(alt.trim());
  return m && m[1] ? m[1] : null;
}
