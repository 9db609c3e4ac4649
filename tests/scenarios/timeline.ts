// Timeline: an employment history that does not hold together.
import { job, school, snapshot, GENUINE, type Scenario } from './builder.ts';

const schools = GENUINE.schools!;

export const timelineScenarios: Scenario[] = [
  {
    name: 'two full-time jobs at once',
    story: 'fires',
    snapshot: snapshot({
      jobs: [job('Software Engineer', 'Acme Robotics', '2024-01'), job('Backend Developer', 'Initech', '2024-03'), job('Developer', 'Lagom Web', '2015-06', '2023-12')],
    }),
    fires: { 'overlapping-full-time-roles': 'warn' },
    silent: ['impossible-dates'],
  },
  {
    name: 'three full-time remote jobs at once',
    story: 'fires: the multiple-remote-jobs pattern is an alert',
    snapshot: snapshot({
      jobs: [
        job('Senior Frontend Engineer', 'Cobalt Apps', '2025-02'),
        job('Full Stack Developer', 'Harbor Pay', '2025-04'),
        job('React Developer', 'Quillsoft', '2025-05'),
        job('Developer', 'Lagom Web', '2015-06', '2025-01'),
      ],
    }),
    fires: { 'overlapping-full-time-roles': 'alert' },
    silent: [],
  },
  {
    name: "freelancer's overlapping contracts",
    story: 'look-alike: contract and freelance work overlaps by nature',
    snapshot: snapshot({
      jobs: [
        job('Senior Software Engineer', 'Norrsken Systems', '2022-01', null, 'Full-time', { companyUrl: 'https://www.linkedin.com/company/norrsken-systems/' }),
        job('Backend Consultant', 'Initech', '2022-03', '2024-02', 'Contract'),
        job('Web Developer', 'Self-employed', '2019-01', null, 'Freelance'),
        job('Advisor', 'Small Startup', '2023-01', null, 'Part-time'),
        job('Software Engineer', 'Fjord Analytics', '2015-06', '2021-12'),
      ],
    }),
    fires: {},
    silent: ['overlapping-full-time-roles'],
  },
  {
    name: "a co-founder's own company beside a full-time job",
    story: 'look-alike: the title says "General Manager", the role\'s description says the member co-founded the company',
    snapshot: snapshot({
      jobs: [
        job('Front End Lead', 'Harbor Television', '2015-04', '2017-10'),
        job('General Manager', 'Bright Pixel Games', '2014-01', '2017-12', 'Full-time', {
          description: 'I co-founded Bright Pixel Games to make advergames for local brands.',
        }),
        job('Developer', 'Lagom Web', '2010-06', '2013-12'),
      ],
    }),
    fires: {},
    silent: ['overlapping-full-time-roles'],
  },
  {
    name: 'hand-over, internal move and untyped overlaps',
    story: 'look-alike: a two-month hand-over, a promotion inside one company, and overlaps with no employment type shown',
    snapshot: snapshot({
      jobs: [
        job('Staff Engineer', 'Norrsken Systems', '2023-05'),
        job('Senior Engineer', 'Norrsken Systems', '2021-03', '2023-06'),
        job('Software Engineer', 'Fjord Analytics', '2017-08', '2021-04'),
        job('Developer', 'Lagom Web', '2015-06', '2018-01', null),
        job('Teaching Assistant', 'Nordic Institute of Technology', '2016', '2018', null),
      ],
    }),
    fires: {},
    silent: ['overlapping-full-time-roles', 'impossible-dates'],
  },
  {
    name: 'a position that ends before it starts, and a wrong duration',
    story: 'fires',
    snapshot: snapshot({
      jobs: [job('Senior Software Engineer', 'Norrsken Systems', '2021-03'), job('Software Engineer', 'Fjord Analytics', '2019-05', '2018-03'), job('Junior Developer', 'Lagom Web', '2015-06', '2017-07', 'Full-time', { duration: '5 yrs 2 mos' })],
    }),
    fires: { 'impossible-dates': 'warn' },
    silent: [],
  },
  {
    name: "LinkedIn's own rounding",
    story: 'look-alike: "Less than a year" and durations LinkedIn computed itself',
    snapshot: snapshot({
      jobs: [...GENUINE.jobs!, job('Summer Intern', 'Fjord Analytics', '2014-06', '2014-08', 'Internship', { duration: 'Less than a year' })],
    }),
    fires: {},
    silent: ['impossible-dates'],
  },
  {
    name: 'senior career before the first degree',
    story: 'fires',
    snapshot: snapshot({
      jobs: [
        job('Senior Software Engineer', 'Norrsken Systems', '2020-09'),
        job('Senior Software Architect', 'Tallinn Digital', '2009-01', '2014-06', 'Full-time', { companyUrl: 'https://www.linkedin.com/company/tallinn-digital/' }),
        job('Developer', 'Lagom Web', '2005-01', '2008-12'),
      ],
      schools: [school('Nordic Institute of Technology', 'Bachelor of Science - BS', '2016', '2020', { schoolUrl: 'https://www.linkedin.com/school/nit/' })],
    }),
    fires: { 'career-before-education': 'warn' },
    silent: ['education-that-contradicts-the-timeline', 'seniority-without-history'],
  },
  {
    name: 'working student',
    story: 'look-alike: part-time and intern roles before and during the degree',
    snapshot: snapshot({
      jobs: [
        ...GENUINE.jobs!,
        job('Working Student, Software', 'Fjord Analytics', '2011-09', '2013-06', 'Part-time'),
        job('Software Engineering Intern', 'Lagom Web', '2009-06', '2009-08', 'Internship'),
      ],
    }),
    fires: {},
    silent: ['career-before-education', 'education-that-contradicts-the-timeline', 'overlapping-full-time-roles'],
  },
  {
    name: 'mature student',
    story: 'look-alike: years of non-senior full-time work before a first degree',
    snapshot: snapshot({
      jobs: [
        job('Software Engineer', 'Norrsken Systems', '2021-03'),
        job('Warehouse Team Member', 'Nordlager', '2008-01', '2016-07', 'Full-time'),
      ],
      schools: [school('Nordic Institute of Technology', 'Bachelor of Science - BS', '2016', '2020', { schoolUrl: 'https://www.linkedin.com/school/nit/' })],
    }),
    fires: {},
    silent: ['career-before-education', 'education-that-contradicts-the-timeline', 'seniority-without-history'],
  },
  {
    name: 'senior title straight away',
    story: 'fires: a "Senior" first job at an established company',
    snapshot: snapshot({
      jobs: [job('Senior Software Engineer', 'Harbor Pay', '2024-02', null, 'Full-time', { companyUrl: 'https://www.linkedin.com/company/harbor-pay/' })],
      schools: [school('Nordic Institute of Technology', 'Bachelor of Science - BS', '2020', '2023', { schoolUrl: 'https://www.linkedin.com/school/nit/' })],
    }),
    fires: { 'seniority-without-history': 'warn' },
    silent: [],
  },
  {
    name: 'claims 15+ years that the positions do not cover',
    story: 'fires',
    snapshot: snapshot({ headline: 'Backend engineer with 15+ years of experience', jobs: [job('Backend Engineer', 'Harbor Pay', '2020-01'), job('Developer', 'Lagom Web', '2018-06', '2019-12')] }),
    fires: { 'seniority-without-history': 'warn' },
    silent: [],
  },
  {
    name: 'founder with a senior title from day one',
    story: 'look-alike: founders give themselves senior titles: info only',
    snapshot: snapshot({ jobs: [job('Founder & CEO', 'Tiny Labs', '2022-01'), job('Chief Technology Officer', 'Tiny Labs', '2022-01', null, 'Full-time')] }),
    fires: { 'seniority-without-history': 'info' },
    silent: ['overlapping-full-time-roles'],
  },
  {
    name: 'long career that backs its claim',
    story: 'look-alike: a senior engineer whose "10+ years" the positions cover',
    snapshot: snapshot({ headline: 'Senior engineer, 10+ years of experience in payments' }),
    fires: {},
    silent: ['seniority-without-history'],
  },
  {
    name: 'only 3 of 9 positions shown',
    story: 'not checked: the older positions are hidden behind "Show all"',
    snapshot: snapshot({ experienceTotal: 9 }),
    fires: {},
    silent: ['seniority-without-history'],
    notChecked: ['seniority-without-history', 'overlapping-full-time-roles', 'impossible-dates'],
  },
];

export { schools as genuineSchools };
