// Whole stories: the patterns the sources describe, and a genuine long career that must stay low.
import { job, school, snapshot, type Scenario } from './builder.ts';
import { signals } from '../../src/signals/index.ts';

const nonHistory = signals.filter((s) => s.category !== 'history').map((s) => s.id);
// The history checks that apply without a team hub (already-reported reads only the team's evidence).
const history = signals.filter((s) => s.category === 'history' && !s.appliesTo).map((s) => s.id);

export const storyScenarios: Scenario[] = [
  {
    name: 'STORY consistent mid-career engineer (the builder default)',
    story: 'every page part open, nothing odd: every signal silent, only the history signals not checked (first visit)',
    snapshot: snapshot(),
    fires: {},
    silent: [...nonHistory, ...history],
    notChecked: history,
    level: 'low',
  },
  {
    name: 'STORY classic hijacked dormant account',
    story: 'a 2010 account, silent for years, renamed with a new photo and contact details, woken with a fresh remote role',
    snapshot: snapshot({
      name: 'Michael Carter',
      slug: 'pieter-van-dijk-1b2c3d4',
      headline: 'Senior Full Stack Developer | Open to remote work',
      location: 'Austin, Texas, United States',
      verified: true,
      photoUploadedAt: '2026-10-02T11:00:00Z',
      jobs: [
        job('Senior Full Stack Developer', 'Brightline Remote', '2026-09'),
        job('Software Engineer', 'Rijn Logistics', '2014-03', '2019-05', 'Full-time', { companyUrl: 'https://www.linkedin.com/company/rijn-logistics/' }),
        job('Junior Developer', 'Delft Web Studio', '2011-09', '2014-02', 'Full-time'),
      ],
      schools: [school('Delft University of Technology', 'Bachelor of Science - BS', '2007', '2011', { schoolUrl: 'https://www.linkedin.com/school/tudelft/' })],
      activity: ['2d', '5d', '2w', '3yr', '4yr'],
      contact: { phones: ['+1 (512) 555-0147'], emails: ['mcarter.dev@gmail.com'], websites: [] },
      aboutThisProfile: { joined: '2010-06', nameChanged: '2026-09', photoChanged: '2026-10', contactChanged: '2026-10', verifications: ['Verified with a workplace email'] },
    }),
    fires: {
      'activity-gap-then-burst': 'warn',
      'identity-edits-on-an-old-account': 'alert',
      'new-current-role-after-a-long-gap': 'warn',
      'verification-on-a-reactivated-account': 'info',
      'url-slug-vs-name': 'alert',
    },
    silent: ['overlapping-full-time-roles', 'disposable-email', 'invalid-phone-number'],
    level: 'high',
  },
  {
    name: 'STORY fabricated identity with a thin network',
    story: 'a new account, a long senior career at three overlapping full-time remote jobs, a dozen connections, an impossible phone',
    snapshot: snapshot({
      name: 'Kevin Brooks',
      slug: 'kevin-brooks-9f8e7d6',
      headline: 'Senior Software Engineer | 12+ years of experience',
      location: 'Dallas, Texas, United States',
      connections: '18',
      followers: 21,
      hasPhoto: false,
      jobs: [
        job('Senior Software Engineer', 'Cobalt Apps', '2025-01'),
        job('Senior React Developer', 'Harbor Pay', '2025-03'),
        job('Lead Engineer', 'Quillsoft', '2025-04'),
        job('Senior Developer', 'Tech Solutions', '2013-01', '2024-12'),
      ],
      schools: [school('State University', 'Bachelor of Science - BS', '2008', '2012', { schoolUrl: 'https://www.linkedin.com/school/state-u/' })],
      activity: [],
      contact: { phones: ['+1 214 555 01'], emails: ['kevin.brooks.dev@gmail.com'], websites: [] },
      aboutThisProfile: { joined: '2026-02' },
    }),
    fires: {
      'overlapping-full-time-roles': 'alert',
      'new-account-long-career': 'warn',
      'thin-network-for-seniority': 'warn',
      'invalid-phone-number': 'warn',
      photo: 'info',
    },
    silent: ['url-slug-vs-name', 'activity-gap-then-burst'],
    level: 'high',
  },
  {
    name: 'STORY genuine senior engineer, 25-year career',
    story: 'many employers, a verified badge, a US number, a master after years of work, a photo changed this year',
    snapshot: snapshot({
      name: 'Margaret "Peggy" O\'Neill',
      slug: 'peggy-oneill',
      headline: 'Principal Engineer at Harbor Pay · 25 years of experience building payment systems',
      location: 'Seattle, Washington, United States',
      verified: true,
      connections: '500+',
      followers: 3400,
      photoUploadedAt: '2026-04-11T10:00:00Z',
      jobs: [
        job('Principal Engineer', 'Harbor Pay', '2019-04', null, 'Full-time', { companyUrl: 'https://www.linkedin.com/company/harbor-pay/' }),
        job('Advisor', 'Seed Fintech', '2020-01', null, 'Part-time'),
        job('Staff Engineer', 'Cascade Cloud', '2013-06', '2019-04', 'Full-time', { companyUrl: 'https://www.linkedin.com/company/cascade-cloud/' }),
        job('Senior Software Engineer', 'Cascade Cloud', '2009-02', '2013-06', 'Full-time', { companyUrl: 'https://www.linkedin.com/company/cascade-cloud/' }),
        job('Software Engineer', 'Rainier Systems', '2004-07', '2009-01', 'Full-time'),
        job('Developer', 'Pike Place Web', '2001-06', '2004-06'),
        job('Board Member', 'Women in Payments NW', '2016-01', '2022-12', 'Volunteer'),
      ],
      schools: [
        school('University of Washington', 'Master of Science - MS', '2010', '2013', { schoolUrl: 'https://www.linkedin.com/school/uw/' }),
        school('Washington State University', 'Bachelor of Science - BS', '1997', '2001', { schoolUrl: 'https://www.linkedin.com/school/wsu/' }),
      ],
      activity: ['4d', '2w', '1mo', '3mo'],
      contact: { phones: [{ raw: '+1 (206) 555-0182', label: 'Mobile' }], emails: ['peggy.oneill@outlook.com'], websites: ['https://peggyoneill.dev'] },
      aboutThisProfile: { joined: '2006-03', photoChanged: '2026-04', verifications: ['Identity verified with CLEAR', 'Verified with a workplace email'] },
    }),
    fires: {},
    // Everything but the NANP number type, which cannot be told offline.
    silent: nonHistory,
    notChecked: ['non-personal-number-type'],
    level: 'low',
  },
];
