// Profile + application pairs: every faithful application in the corpus adds no finding above
// `info` to its person's profile; each planted mismatch raises its own finding, with both values in
// the evidence; a missing side is "not checked", never clean. Also the application signals' own
// catalogue rules (a file per id, texts, a firing pair and a silent look-alike for each).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/application/model.ts';
import { readApplicationFile } from '../../src/application/node.ts';
import { readPastedText } from '../../src/application/read.ts';
import { compareWithApplication } from '../../src/compare.ts';
import { assess } from '../../src/assess.ts';
import type { Assessment, ProfileSnapshot, Severity } from '../../src/model.ts';
import { applicationSignals, signals } from '../../src/signals/index.ts';
import { catalogue } from '../../src/signals/catalogue.ts';
import { context, job, snapshot } from '../scenarios/builder.ts';
import { CORPUS, corpusIndex } from './accuracy.ts';
import { plantTable, runFaithful, runPlants, TEXT_STYLES } from './matrix.ts';
import { personById, profileOf } from './pairs.ts';

const RANK: Record<Severity, number> = { info: 0, warn: 1, alert: 2 };
const anna = personById('anna-lindqvist');
const annaText = readFileSync(join(CORPUS, 'anna-lindqvist.en.txt'), 'utf8');

function compare(app: Application, profile: ProfileSnapshot = profileOf(anna)): Assessment {
  return compareWithApplication(profile, app, context());
}

/** Anna's text application with one planted change. */
function planted(change: (text: string) => string): Application {
  const text = change(annaText);
  expect(text, 'the plant must change the text').not.toBe(annaText);
  return readPastedText(text);
}

describe('faithful applications', { timeout: 120_000 }, () => {
  it.each(corpusIndex().map((f) => [f.file, f.person] as const))('%s adds nothing above info to its profile', async (file, person) => {
    const app = await readApplicationFile(join(CORPUS, file));
    const result = compare(app, profileOf(personById(person)));
    const strong = result.findings.filter((f) => RANK[f.severity] > RANK.info);
    expect(strong.map((f) => `${f.id}: ${f.evidence}`)).toEqual([]);
    expect(result.score).toBe(0);
  });

  it('does not change the profile assessment of a snapshot when no application is given', () => {
    const profile = profileOf(anna);
    const alone = assess(profile, context());
    expect(alone.findings.some((f) => f.category === 'application')).toBe(false);
    // Every signal that applies without a team hub (the team's own check needs one).
    expect(alone.checksTotal).toBe(signals.filter((s) => s.appliesTo?.(context()) ?? true).length);
  });
});

interface Plant {
  kind: string;
  change: (text: string) => string;
  signal: string;
  severity: Severity;
  /** Both values must be in the evidence. */
  shows: string[];
}

const PLANTS: Plant[] = [
  { kind: 'another LinkedIn profile', change: (t) => t.replace('anna-lindqvist-4a2b3c1', 'erik-svensson-99'), signal: 'application-linkedin-url-vs-profile', severity: 'alert', shows: ['/in/erik-svensson-99/', '/in/anna-lindqvist-4a2b3c1/'] },
  { kind: 'a name sharing nothing', change: (t) => t.replace('Name: Anna Lindqvist', 'Name: Maria Gonzalez'), signal: 'application-name-vs-profile', severity: 'alert', shows: ['Maria Gonzalez', 'Anna Lindqvist'] },
  { kind: 'an impossible phone', change: (t) => t.replace('+46 70 123 45 67', '+46 70 123 45'), signal: 'application-phone-invalid', severity: 'warn', shows: ['+46 70 123 45'] },
  { kind: 'a kept trunk zero', change: (t) => t.replace('+46 70 123 45 67', '+46 (0)70 123 45 67'), signal: 'application-phone-format', severity: 'info', shows: ['+46 (0)70 123 45 67', 'trunk'] },
  { kind: 'a VoIP number', change: (t) => t.replace('+46 70 123 45 67', '+44 56 1234 5678'), signal: 'application-phone-type', severity: 'warn', shows: ['+44 56 1234 5678', 'VoIP'] },
  { kind: 'a phone of another country', change: (t) => t.replace('+46 70 123 45 67', '+49 151 2345 6789'), signal: 'application-phone-country-vs-location', severity: 'info', shows: ['+49 151 2345 6789', 'Stockholm, Sweden'] },
  { kind: 'a phone the profile does not give', change: (t) => t.replace('+46 70 123 45 67', '+46 73 987 65 43'), signal: 'application-phone-vs-profile-phone', severity: 'warn', shows: ['+46 73 987 65 43', '+46 70 123 45 67'] },
  { kind: 'a throwaway email', change: (t) => t.replace('anna.lindqvist@gmail.com', 'anna.lindqvist@mailinator.com'), signal: 'application-disposable-email', severity: 'alert', shows: ['mailinator.com'] },
  { kind: "an email naming someone else", change: (t) => t.replace('anna.lindqvist@gmail.com', 'maria.gonzalez@gmail.com'), signal: 'application-email-names-someone-else', severity: 'warn', shows: ['maria.gonzalez@gmail.com', 'Anna Lindqvist'] },
  {
    kind: 'the master at another school',
    change: (t) => t.replace('Nordic Institute of Technology\nMaster of Science', 'Baltic University of Engineering\nMaster of Science'),
    signal: 'application-school-vs-profile',
    severity: 'warn',
    shows: ['Baltic University of Engineering', 'Nordic Institute of Technology'],
  },
  { kind: 'degree dates two years off', change: (t) => t.replace('Master of Science in Computer Science\n2013 – 2015', 'Master of Science in Computer Science\n2013 – 2017'), signal: 'application-degree-dates-vs-profile', severity: 'warn', shows: ['2017', '2015'] },
  {
    kind: 'a doctorate the profile does not list',
    change: (t) => t.replace('\nEDUCATION\n', '\nEDUCATION\nNordic Institute of Technology\nPhD in Computer Science\n2015 – 2019\n'),
    signal: 'application-degree-not-on-profile',
    severity: 'warn',
    shows: ['PhD', 'Master of Science - MS'],
  },
  {
    kind: 'an employer the profile does not list',
    change: (t) => t.replace('\nEXPERIENCE\n', '\nEXPERIENCE\nBackend Engineer at Ostkust Bank (Jan 2019 – Dec 2020)\n'),
    signal: 'application-employer-missing-on-the-other-side',
    severity: 'warn',
    shows: ['Ostkust Bank', 'no position at Ostkust Bank'],
  },
  { kind: "an employer's dates moved by a year", change: (t) => t.replace('Aug 2017 – Feb 2021', 'Aug 2016 – Feb 2021'), signal: 'application-employment-dates-vs-profile', severity: 'warn', shows: ['Aug 2016', 'Aug 2017'] },
  {
    kind: 'a more senior title for the same months',
    change: (t) => t.replace('Senior Software Engineer at Norrsken', 'Principal Software Engineer at Norrsken'),
    signal: 'application-title-more-senior-than-profile',
    severity: 'warn',
    shows: ['Principal Software Engineer', 'Senior Software Engineer'],
  },
  {
    kind: 'a profile job the application leaves out',
    change: (t) => t.replace(/Software Engineer at Fjord Analytics[^\n]*\n(?:•[^\n]*\n)*/, ''),
    signal: 'application-employer-missing-on-the-other-side',
    severity: 'info',
    shows: ['Fjord Analytics'],
  },
];

describe('planted mismatches', () => {
  it.each(PLANTS.map((p) => [p.kind, p] as const))('%s raises its finding with both values', (_kind, plant) => {
    const result = compare(planted(plant.change));
    const found = result.findings.filter((f) => f.signal === plant.signal);
    expect(found.map((f) => f.severity), JSON.stringify(result.findings.map((f) => f.id))).toContain(plant.severity);
    const evidence = found.map((f) => f.evidence).join(' ');
    for (const value of plant.shows) expect(evidence).toContain(value);
    for (const f of found) expect(f.howToVerify.length).toBeGreaterThan(10);
  });

  it('prints the planted kinds against the findings they raised', () => {
    const rows = PLANTS.map((p) => {
      const r = compare(planted(p.change));
      return `| ${p.kind} | ${p.signal} | ${r.findings.filter((f) => f.signal === p.signal).map((f) => f.severity).join(', ')} | ${r.level} (${r.score}) |`;
    });
    console.log(['| planted | signal | found | comparison level |', '|---|---|---|---|', ...rows].join('\n'));
  });
});

describe('what cannot be compared is not checked, never clean', () => {
  it('says so for every comparison without an application', () => {
    const r = assess(profileOf(anna), context(), applicationSignals);
    expect(r.findings).toEqual([]);
    expect(r.notChecked.map((n) => n.signal).sort()).toEqual(applicationSignals.map((s) => s.id).sort());
    expect(r.checksRun).toBe(0);
  });

  it('says so for the phone comparison when the contact overlay was not opened, and for an application without phone or email', () => {
    const profile = { ...profileOf(anna), contact: null, coverage: { ...profileOf(anna).coverage, contact: { seen: false, shown: 0, total: null } } };
    const r = compare(readPastedText(annaText), profile);
    expect(r.notChecked.find((n) => n.signal === 'application-phone-vs-profile-phone')).toMatchObject({ view: 'contact' });
    const bare = compare(readPastedText('Anna Lindqvist\n\nExperience\nSenior Software Engineer at Norrsken Systems (Mar 2021 – Present)\n'));
    const unchecked = bare.notChecked.map((n) => n.signal);
    for (const id of ['application-phone-invalid', 'application-disposable-email', 'application-linkedin-url-vs-profile', 'application-school-vs-profile']) expect(unchecked).toContain(id);
  });

  it('never judges a name in a script it cannot transliterate', () => {
    const profile = profileOf(anna);
    const app = { ...readPastedText(annaText), name: '王芳' };
    const r = compare(app, { ...profile, name: '王芳' });
    expect(r.findings.filter((f) => f.signal === 'application-name-vs-profile')).toEqual([]);
    expect(r.notChecked.map((n) => n.signal)).toContain('application-name-vs-profile');
  });

  it('allows nicknames, initials and a married name', () => {
    for (const name of ['Annie Lindqvist', 'A. Lindqvist', 'Anna Berg']) {
      const r = compare({ ...readPastedText(annaText), name });
      expect(r.findings.filter((f) => f.signal === 'application-name-vs-profile'), name).toEqual([]);
    }
  });
});

describe('application signal catalogue', () => {
  const repo = resolve(import.meta.dirname, '../..');
  it.each(applicationSignals.map((s) => [s.id, s] as const))('%s: its own file, the application category, catalogue texts, a firing plant', (id, signal) => {
    expect(existsSync(resolve(repo, 'src/signals', `${id}.ts`))).toBe(true);
    expect(signal.category).toBe('application');
    const entry = catalogue.find((e) => e.id === id);
    expect(entry?.category).toBe('application');
    expect(entry?.whyItMatters.length).toBeGreaterThan(20);
    expect(entry?.benignExplanations.length).toBeGreaterThan(3);
    expect(entry?.howToVerify?.length).toBeGreaterThan(10);
    expect(PLANTS.some((p) => p.signal === id), `${id} needs a planted mismatch`).toBe(true);
    expect(signals.some((s) => s.id === id)).toBe(false);
  });
});

describe('several roles at one employer (issue 25, item 7)', () => {
  // The profile: a promotion at Acme Corp, then a job elsewhere.
  const profile = snapshot({
    jobs: [job('Staff Engineer', 'Orbit Labs', '2022-01'), job('Senior Engineer', 'Acme Corp', '2019-03', '2021-12'), job('Engineer', 'Acme Corp', '2016-06', '2019-02')],
  });
  const application = (acme: string) => readPastedText(`Jane Doe\n\nExperience\nStaff Engineer at Orbit Labs\nJan 2022 – Present\nAcme Corp\n${acme}\n`);
  const roleFindings = (app: Application) =>
    compareWithApplication(profile, app, context()).findings.filter((f) => f.signal === 'application-employment-dates-vs-profile').map((f) => ({ severity: f.severity, title: f.title, evidence: f.evidence }));

  it('the same roles with the same dates, or the roles written as one: silent', () => {
    expect(roleFindings(application('Senior Engineer\nMar 2019 – Dec 2021\nEngineer\nJun 2016 – Feb 2019'))).toEqual([]);
    expect(roleFindings(application('Senior Engineer\nJun 2016 – Dec 2021'))).toEqual([]);
  });

  it('a role moved within the employer, the time there unchanged: said, with both roles\' dates', () => {
    const found = roleFindings(application('Senior Engineer\nMar 2017 – Dec 2021\nEngineer\nJun 2016 – Feb 2017'));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ severity: 'info', title: 'The application and the profile date a role differently' });
    expect(found[0]!.evidence).toMatch(/Senior Engineer at Acme Corp, Mar 2017.*Senior Engineer at Acme Corp, Mar 2019/);
    expect(found[0]!.evidence).toMatch(/the start by at least 24 months/);
    expect(found[1]!.evidence).toMatch(/Engineer at Acme Corp, Jun 2016.*Feb 2017.*the end by at least 24 months/);
  });

  it('the time at the employer moved: the employer finding, not the roles', () => {
    const found = roleFindings(application('Senior Engineer\nMar 2019 – Dec 2021\nEngineer\nJun 2014 – Feb 2019'));
    expect(found.map((f) => [f.severity, f.title])).toEqual([['warn', 'The application and the profile date a job differently']]);
  });
});

describe('applications written from the corpus profiles (issue 25, item 7)', { timeout: 120_000 }, () => {
  // Every corpus person's résumé in every text entry style, read back and compared with their
  // profile: faithfully, and with each planted mismatch of ./plants.ts that applies to them (a job's
  // or a role's dates moved, a promotion moved within one employer, a title with commas whose dates
  // moved, another school with a comma in its name, dated or not, a degree's dates, a more senior
  // title, an employer added or left out).
  const EXPERIENCE_AND_EDUCATION = [
    'application-employment-dates-vs-profile',
    'application-employer-missing-on-the-other-side',
    'application-title-more-senior-than-profile',
    'application-school-vs-profile',
    'application-degree-dates-vs-profile',
    'application-degree-not-on-profile',
  ];

  it('faithful: nothing above info, and nothing at all about jobs, roles, schools or degrees', () => {
    const results = runFaithful();
    const strong = results.flatMap((r) => r.findings.filter((f) => RANK[f.severity] > RANK.info).map((f) => `${r.person} (${r.style}) ${f.signal}: ${f.evidence}`));
    const history = results.flatMap((r) => r.findings.filter((f) => EXPERIENCE_AND_EDUCATION.includes(f.signal)).map((f) => `${r.person} (${r.style}) ${f.signal}: ${f.evidence}`));
    const info = results.flatMap((r) => r.findings.filter((f) => f.severity === 'info').map((f) => `${r.person} (${r.style}) ${f.signal}`));
    console.log(`Faithful applications: ${results.length} (${results.length / TEXT_STYLES.length} people × ${TEXT_STYLES.length} styles); findings above info: ${strong.length}; info: ${info.length}${info.length > 0 ? `\n  ${info.join('\n  ')}` : ''}`);
    expect(strong).toEqual([]);
    expect(history).toEqual([]);
  });

  it('planted: at least 95 % raise their finding, with both values, and nothing louder about the change', () => {
    const { lines, found, total, misses } = plantTable(runPlants());
    console.log(`Planted mismatches in applications written from the profiles:\n${lines.join('\n')}${misses.length > 0 ? `\nmisses:\n  ${misses.join('\n  ')}` : ''}`);
    expect(total).toBeGreaterThan(400);
    expect(found / total).toBeGreaterThanOrEqual(0.95);
  });
});

describe('a work mode is never part of the employer (issue 25, item 7)', () => {
  it('is left out of the name compared and of the advice, whichever reader gave it', () => {
    const profile = snapshot({ jobs: [job('Staff Engineer', 'Orbit Labs', '2022-01')] });
    const text = readPastedText('Jane Doe\n\nExperience\nStaff Engineer at Orbit Labs (Remote)\nJan 2022 – Present\nBackend Engineer — Ostkust Bank · Remote\nJan 2023 – Dec 2023\n');
    // A JSON Resume's "name" is taken as written by its reader: the comparison leaves the work mode out.
    const json: Application = { ...text, source: 'json-resume', positions: text.positions.map((p) => ({ ...p, employer: `${p.employer} (Remote)` })) };
    for (const app of [text, json]) {
      const findings = compareWithApplication(profile, app, context()).findings.filter((f) => f.signal !== 'application-name-vs-profile');
      expect(findings.map((f) => f.signal)).toEqual(['application-employer-missing-on-the-other-side']);
      const all = findings.map((f) => `${f.evidence} ${f.howToVerify}`).join(' ');
      expect(all).toContain('Ostkust Bank');
      expect(all).not.toMatch(/remote/i);
    }
  });
});

describe('roles matched role by role, by title and dates (issue 25, item 7)', () => {
  const profile = snapshot({
    jobs: [
      job('Staff Engineer', 'Orbit Labs', '2022-01'),
      job('Senior Software Engineer', 'Acme Corp', '2019-03', '2021-12'),
      job('Software Engineer', 'Acme Corp', '2016-06', '2019-02'),
    ],
  });
  const findings = (acme: string) =>
    compareWithApplication(profile, readPastedText(`Jane Doe\n\nExperience\nStaff Engineer at Orbit Labs\nJan 2022 – Present\nAcme Corp\n${acme}\n`), context()).findings.filter((f) => f.category === 'application' && f.signal !== 'application-name-vs-profile');

  it('a moved role is compared with its own counterpart, never with another role at the employer', () => {
    // The senior role written as starting two years earlier, inside the profile's junior role: it is
    // that role's dates that differ, not a more senior title for the junior role's months.
    const found = findings('Senior Software Engineer\nMar 2017 – Dec 2021\nSoftware Engineer\nJun 2016 – Feb 2017');
    expect(found.filter((f) => f.signal === 'application-title-more-senior-than-profile')).toEqual([]);
    const roles = found.filter((f) => f.signal === 'application-employment-dates-vs-profile');
    expect(roles.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(roles[0]!.evidence).toMatch(/Application: Senior Software Engineer at Acme Corp, Mar 2017 – Dec 2021 · Profile: Senior Software Engineer at Acme Corp, Mar 2019 – Dec 2021/);
    expect(roles[1]!.evidence).toMatch(/Application: Software Engineer at Acme Corp, Jun 2016 – Feb 2017 · Profile: Software Engineer at Acme Corp, Jun 2016 – Feb 2019/);
  });

  it('two roles written in each other\'s years: each compared with its own counterpart, and the senior title claimed years before the profile gives it is said', () => {
    // A promotion dated back to years the profile gives a junior title is a more senior title for
    // those months (a warning), beside each role's own dates (information); a role moved a little,
    // still sharing time with its counterpart, is only its dates (the test above).
    const found = findings('Senior Software Engineer\nJun 2016 – Feb 2019\nSoftware Engineer\nMar 2019 – Dec 2021');
    expect(found.map((f) => [f.signal, f.severity])).toEqual([
      ['application-employment-dates-vs-profile', 'info'],
      ['application-employment-dates-vs-profile', 'info'],
      ['application-title-more-senior-than-profile', 'warn'],
    ]);
    expect(found[0]!.evidence).toMatch(/Application: Senior Software Engineer at Acme Corp, Jun 2016 – Feb 2019 · Profile: Senior Software Engineer at Acme Corp, Mar 2019 – Dec 2021/);
  });

  it('a role written with a shorter title of the same seniority is still its counterpart', () => {
    const found = findings('Senior Engineer (Hybrid)\nMar 2017 – Dec 2021\nSoftware Engineer\nJun 2016 – Feb 2017').filter((f) => f.signal === 'application-employment-dates-vs-profile');
    expect(found[0]!.evidence).toMatch(/Application: Senior Engineer at Acme Corp, Mar 2017 – Dec 2021 · Profile: Senior Software Engineer at Acme Corp, Mar 2019/);
  });

  it('a more senior title that the profile never gives is still said', () => {
    const found = findings('Principal Engineer\nMar 2019 – Dec 2021\nSoftware Engineer\nJun 2016 – Feb 2019');
    expect(found.map((f) => [f.signal, f.severity])).toEqual([['application-title-more-senior-than-profile', 'warn']]);
  });

  it('a return to a role: each written role is matched with the profile role of its own years', () => {
    const back = snapshot({
      jobs: [job('Engineer', 'Acme Corp', '2020-01', '2021-12'), job('Manager', 'Acme Corp', '2018-01', '2019-12'), job('Engineer', 'Acme Corp', '2016-01', '2017-12')],
    });
    const app = readPastedText('Jane Doe\n\nExperience\nAcme Corp\nEngineer\nJan 2020 – Dec 2021\nManager\nJan 2018 – Dec 2019\nEngineer\nJan 2016 – Dec 2017\n');
    expect(compareWithApplication(back, app, context()).findings.filter((f) => f.signal === 'application-employment-dates-vs-profile')).toEqual([]);
  });
});
