// Metamorphic fairness tests. No signal may use nationality, country of study, name origin or script,
// language, gender, age or religion. So, for every consistent profile in the corpus, moving it to
// another country (location and phone together), moving its schools to other countries, or giving it
// a name from another culture (consistently with its slug, page title and e-mail) must leave its score
// and its findings unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.ts';
import type { Assessment, AssessContext, ProfileSnapshot } from '../../src/model.ts';
import { context, job, snapshot, GENUINE } from '../scenarios/builder.ts';
import { allScenarios } from '../scenarios/index.ts';

const COUNTRIES = [
  { location: 'Lagos, Lagos State, Nigeria', phone: '+234 803 123 4567' },
  { location: 'Bengaluru, Karnataka, India', phone: '+91 98765 43210' },
  { location: 'Berlin, Germany', phone: '+49 1512 3456789' },
  { location: 'Tokyo, Japan', phone: '+81 90-1234-5678' },
  { location: 'Paris, Île-de-France, France', phone: '+33 6 12 34 56 78' },
  { location: 'Kyiv, Kyiv City, Ukraine', phone: '+380 67 123 4567' },
  { location: 'Manila, National Capital Region, Philippines', phone: '+63 917 123 4567' },
];

const SCHOOLS = ['University of Lagos', 'Universidad de Buenos Aires', 'Indian Institute of Technology Bombay', 'Seoul National University', 'Cairo University', 'Universität Wien'];

const NAMES = [
  { name: 'Chukwuemeka Okonkwo', slug: 'chukwuemeka-okonkwo-3b2a1c9', email: 'chukwuemeka.okonkwo' },
  { name: 'Дмитрий Иванов', slug: 'dmitry-ivanov-7b3e21a', email: 'dmitry.ivanov' },
  { name: 'Nguyễn Thị Lan', slug: 'lan-nguyen-4a2b3c1', email: 'lan.nguyen' },
  { name: 'María José García Pérez', slug: 'mariajosegarcia', email: 'mj.garcia' },
  { name: 'Aisha Al-Farsi', slug: 'aisha-al-farsi-123456789', email: 'aisha.alfarsi' },
  { name: 'Siddharth Venkataraman', slug: 'siddharth-venkataraman', email: 'siddharth.v' },
  { name: 'Wei Zhang', slug: 'zhangwei', email: 'wei.zhang' },
  { name: 'Βασίλειος Αλεβίζος', slug: 'vasileiosalevizos', email: 'v.alevizos' },
  { name: '王伟', slug: 'wei-wang-88a1b2c3', email: 'wangwei' },
];

function withCountry(s: ProfileSnapshot, c: (typeof COUNTRIES)[number]): ProfileSnapshot {
  return {
    ...s,
    location: c.location,
    contact: s.contact ? { ...s.contact, phones: s.contact.phones.map((p) => ({ ...p, raw: c.phone })) } : null,
  };
}

/** Schools written out in full move to other countries; a bare acronym stays an acronym (its form, not its country, is what a signal reads). */
function withSchoolCountry(s: ProfileSnapshot, k: number): ProfileSnapshot {
  return { ...s, education: s.education.map((e, i) => (/\s/.test(e.school) ? { ...e, school: SCHOOLS[(k + i) % SCHOOLS.length]! } : e)) };
}

function withName(s: ProfileSnapshot, n: (typeof NAMES)[number]): ProfileSnapshot {
  const url = `https://www.linkedin.com/in/${n.slug}/`;
  return {
    ...s,
    name: n.name,
    slug: n.slug,
    url,
    profileUrl: url,
    nameSources: { pageTitle: `${n.name} | LinkedIn`, jsonLd: null, photoAlt: s.hasPhoto ? n.name : null },
    contact: s.contact
      ? {
          ...s.contact,
          emails: s.contact.emails.map((e) => ({ ...e, address: `${n.email}@${e.address.split('@')[1]}` })),
          websites: s.contact.websites.map((w) => ({ ...w, url: `https://github.com/${n.email.replace('.', '-')}` })),
        }
      : null,
  };
}

/** The transformation applies to the whole world: the remembered earlier snapshots move too. */
function everywhere(c: Case, change: (s: ProfileSnapshot) => ProfileSnapshot): [ProfileSnapshot, AssessContext] {
  const memory = c.ctx.memory && { ...c.ctx.memory, previous: c.ctx.memory.previous.map((p) => ({ ...p, snapshot: change(p.snapshot) })) };
  return [change(c.snapshot), { ...c.ctx, memory }];
}

/** What must not change: the score, and which findings fire at which severity. */
function verdict(a: Assessment) {
  return { score: a.score, level: a.level, findings: a.findings.map((f) => `${f.id}=${f.severity}`).sort() };
}

const NAME_SIGNALS = ['url-slug-vs-name', 'name-inconsistency-on-the-page', 'contact-details-that-name-someone-else'];

interface Case {
  name: string;
  snapshot: ProfileSnapshot;
  ctx: AssessContext;
}

const cases: Case[] = allScenarios.map((s) => ({ name: s.name, snapshot: s.snapshot, ctx: s.ctx ?? context() }));
const base = (c: Case) => assess(c.snapshot, c.ctx);

const PHONE_SIGNALS = ['invalid-phone-number', 'unusual-phone-format', 'phone-country-vs-location', 'non-personal-number-type'];
/** Consistent in country: its phone (if any) is a valid, ordinary number of its stated location. */
const countryConsistent = cases.filter((c) => !base(c).findings.some((f) => PHONE_SIGNALS.includes(f.signal)));
/** Consistent in name: the slug, page and contact details all agree with the name (and were checked). */
const nameConsistent = cases.filter((c) => {
  const a = base(c);
  return !a.findings.some((f) => NAME_SIGNALS.includes(f.signal)) && !a.notChecked.some((n) => n.signal === 'url-slug-vs-name');
});

describe('fairness (metamorphic)', () => {
  it('has enough consistent profiles to mean something', () => {
    console.log(`fairness: ${countryConsistent.length} country-consistent and ${nameConsistent.length} name-consistent profiles, ${COUNTRIES.length} countries, ${NAMES.length} names`);
    expect(countryConsistent.length).toBeGreaterThan(40);
    expect(nameConsistent.length).toBeGreaterThan(40);
  });

  it('moving a profile to another country changes nothing', () => {
    for (const c of countryConsistent) {
      const expected = verdict(base(c));
      COUNTRIES.forEach((country) => {
        // Only a profile that had a phone and a placeable location moves its phone with it.
        expect(verdict(assess(...everywhere(c, (s) => withCountry(s, country)))), `${c.name} → ${country.location}`).toEqual(expected);
      });
    }
  });

  it('moving the schools to other countries changes nothing', () => {
    for (const c of cases) {
      const expected = verdict(base(c));
      for (let k = 0; k < SCHOOLS.length; k++) {
        expect(verdict(assess(...everywhere(c, (s) => withSchoolCountry(s, k)))), `${c.name} with schools from ${SCHOOLS[k]}`).toEqual(expected);
      }
    }
  });

  it("giving a profile another culture's name changes nothing", () => {
    for (const c of nameConsistent) {
      const expected = verdict(base(c));
      for (const n of NAMES) {
        expect(verdict(assess(...everywhere(c, (s) => withName(s, n)))), `${c.name} as ${n.name}`).toEqual(expected);
      }
    }
  });

  it('never treats a career gap alone as more than info', () => {
    const gapOnly = snapshot({
      jobs: [job('Software Engineer', 'Norrsken Systems', '2026-09'), job('Software Engineer', 'Fjord Analytics', '2017-08', '2020-12'), ...GENUINE.jobs!.slice(2)],
    });
    const a = assess(gapOnly, context());
    const gap = a.findings.filter((f) => f.signal === 'new-current-role-after-a-long-gap');
    expect(gap.map((f) => f.severity)).toEqual(['info']);
    expect(a.score).toBe(0);
  });
});

describe('fairness (what the signals read)', () => {
  // A static guard beside the metamorphic tests: no signal reads the birthday (age) or the interface
  // locale (language). The location is read only to compare it with the phone's country, and by the
  // history signal to notice that it changed (equality, never its value).
  // The application comparisons read it for the same phone comparison (and as the default region of
  // the application's numbers), in common/application.ts and application-phone-country-vs-location.ts.
  const READS_LOCATION = ['phone-country-vs-location.ts', 'changed-since-last-seen.ts', 'application-phone-country-vs-location.ts', 'common/application.ts'];
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/signals');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s reads no birthday or locale, and the location only where allowed', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    expect(source).not.toMatch(/\.birthday\b/);
    expect(source).not.toMatch(/\.locale\b/);
    if (!READS_LOCATION.includes(file)) expect(source).not.toMatch(/snapshot\.location\b/);
  });
});
