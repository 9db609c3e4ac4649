// A JSON Resume file (jsonresume.org schema v1): basics, work, education. The shape is validated
// (valibot); a file that is JSON but not a résumé of this shape is refused whole, never half read.
// Extra fields are allowed, as the schema allows them.
import * as v from 'valibot';
import type { CountryCode } from 'libphonenumber-js/max';
import type { Application, ApplicationCut, ApplicationDate } from './model.ts';
import { ReadError } from './failures.ts';
import { cutApplication, cutList, MAX_ENTRIES } from './limits.ts';
import { countryOfLocation } from '../phone/location-country.ts';
import { findPhones, isPhoneShaped } from './phones.ts';

/** Profiles (networks) read from "basics": far more than anyone has; the LinkedIn ones among them are cut with a note. */
const MAX_PROFILES = 100;

const Text = v.pipe(v.string(), v.maxLength(2000));
const DateText = v.pipe(v.string(), v.maxLength(40));

const Schema = v.looseObject({
  basics: v.optional(
    v.looseObject({
      name: v.optional(Text),
      email: v.optional(Text),
      phone: v.optional(Text),
      url: v.optional(Text),
      location: v.optional(
        v.looseObject({
          address: v.optional(Text),
          city: v.optional(Text),
          region: v.optional(Text),
          countryCode: v.optional(Text),
        }),
      ),
      profiles: v.optional(v.array(v.looseObject({ network: v.optional(Text), url: v.optional(Text), username: v.optional(Text) }))),
    }),
  ),
  work: v.optional(
    v.array(
      v.looseObject({
        name: v.optional(Text),
        company: v.optional(Text),
        position: v.optional(Text),
        startDate: v.optional(DateText),
        endDate: v.optional(DateText),
      }),
    ),
  ),
  education: v.optional(
    v.array(
      v.looseObject({
        institution: v.optional(Text),
        studyType: v.optional(Text),
        area: v.optional(Text),
        startDate: v.optional(DateText),
        endDate: v.optional(DateText),
      }),
    ),
  ),
});

/** JSON Resume dates are ISO 8601 "YYYY-MM-DD", "YYYY-MM" or "YYYY"; the day is not compared. */
function isoDate(text: string | undefined): ApplicationDate | null {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2]))?(?:-\d{2})?$/.exec((text ?? '').trim());
  return m ? (m[2] ? `${m[1]}-${m[2]}` : m[1]!) : null;
}

let regionNames: Intl.DisplayNames | null = null;

function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function readJsonResume(text: string, fileName: string | null = null): Application {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ReadError('invalid-json', { why: 'json-invalid', detail: (err as Error).message });
  }
  // Lists far longer than a résumé's are cut before they are checked and read, and the cut is said.
  const cuts: ApplicationCut[] = [];
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    const listLimits = [['work', 'positions', MAX_ENTRIES.positions], ['education', 'education', MAX_ENTRIES.education]] as const;
    for (const [key, part, max] of listLimits) {
      const list = record[key];
      if (Array.isArray(list)) record[key] = cutList(list, part, max, cuts);
    }
    const basics = record.basics as Record<string, unknown> | undefined;
    if (basics && typeof basics === 'object' && Array.isArray(basics.profiles)) basics.profiles = cutList(basics.profiles, 'linkedinUrls', MAX_PROFILES, []);
  }
  const parsed = v.safeParse(Schema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new ReadError('not-json-resume', { why: 'json-not-resume', field: where, detail: issue.message });
  }
  const r = parsed.output;
  if (!r.basics && !r.work && !r.education) {
    throw new ReadError('not-json-resume', { why: 'json-no-sections' });
  }
  const b = r.basics ?? {};
  const loc = b.location;
  const location = loc ? [loc.city, loc.region, loc.countryCode ? countryName(loc.countryCode) : undefined].filter((s) => s && s.trim()).join(', ') || null : null;
  const region = (countryOfLocation(location) ?? (loc?.countryCode && /^[A-Za-z]{2}$/.test(loc.countryCode) ? loc.countryCode.toUpperCase() : null)) as CountryCode | null;
  const profileUrls = (b.profiles ?? []).map((p) => p.url ?? '').concat(b.url ?? '');
  const linkedinUrls = [...new Set(profileUrls.filter((u) => /linkedin\.com\/in\//i.test(u)))];
  const phones = b.phone && b.phone.trim() ? findPhones(isPhoneShaped(b.phone) ? [{ raw: b.phone, label: null }] : [], b.phone, region) : [];
  return cutApplication({
    schemaVersion: 1,
    source: 'json-resume',
    fileName,
    name: b.name?.trim() || null,
    emails: b.email && /@/.test(b.email) ? [b.email.trim()] : [],
    phones,
    linkedinUrls,
    location,
    positions: (r.work ?? []).flatMap((w) => {
      const employer = (w.name ?? w.company ?? '').trim();
      if (!employer) return [];
      const start = isoDate(w.startDate);
      const end = isoDate(w.endDate);
      return [{ employer, title: w.position?.trim() || null, start, end, current: !w.endDate && start !== null, dates: [w.startDate, w.endDate].filter(Boolean).join(' – ') || null }];
    }),
    education: (r.education ?? []).flatMap((e) => {
      const school = (e.institution ?? '').trim();
      if (!school) return [];
      return [{ school, degree: e.studyType?.trim() || null, field: e.area?.trim() || null, start: isoDate(e.startDate), end: isoDate(e.endDate), dates: [e.startDate, e.endDate].filter(Boolean).join(' – ') || null }];
    }),
    sections: [],
  }, cuts);
}
