// Network: a footprint too thin for the claims.
import { job, school, snapshot, GENUINE, type Scenario } from './builder.ts';

/** A 20-year career, consistent with its schooling. */
const longCareer = {
  jobs: [...GENUINE.jobs!, job('Senior Developer', 'Baltic Code', '2008-01', '2015-05'), job('Developer', 'Riga Soft', '2003-06', '2007-12')],
  schools: [school('Nordic Institute of Technology', 'Bachelor of Science - BS', '1999', '2003', { schoolUrl: 'https://www.linkedin.com/school/nit/' })],
};

export const networkScenarios: Scenario[] = [
  {
    name: 'account from this year, career from 2012',
    story: 'fires (info alone)',
    snapshot: snapshot({
      aboutThisProfile: { joined: '2026-03' },
      jobs: [...GENUINE.jobs!, job('Developer', 'Baltic Code', '2012-01', '2015-05')],
    }),
    fires: { 'new-account-long-career': 'info' },
    silent: [],
    level: 'low',
  },
  {
    name: 'new account of a new graduate',
    story: 'look-alike: a new account with a short career',
    snapshot: snapshot({ aboutThisProfile: { joined: '2026-03' }, jobs: [job('Junior Developer', 'Lagom Web', '2025-06')] }),
    fires: {},
    silent: ['new-account-long-career'],
  },
  {
    name: 'a dozen connections for a 20-year senior career',
    story: 'fires (info alone)',
    snapshot: snapshot({
      connections: '12',
      followers: 14,
      ...longCareer,
    }),
    fires: { 'thin-network-for-seniority': 'info' },
    silent: [],
    level: 'low',
  },
  {
    name: 'small network, short junior career',
    story: 'look-alike',
    snapshot: snapshot({ connections: '12', followers: 14, headline: 'Developer', jobs: [job('Developer', 'Lagom Web', '2023-06')] }),
    fires: {},
    silent: ['thin-network-for-seniority'],
  },
  {
    name: 'private senior with many followers',
    story: 'look-alike: few connections but a real audience',
    snapshot: snapshot({ connections: '40', followers: 2300, ...longCareer }),
    fires: {},
    silent: ['thin-network-for-seniority'],
  },
  {
    name: 'contact email names someone else',
    story: 'fires',
    snapshot: snapshot({ name: 'Daniel Okafor', slug: 'daniel-okafor', contact: { phones: [], emails: ['maria.gonzalez87@gmail.com'], websites: [] } }),
    fires: { 'contact-details-that-name-someone-else': 'warn' },
    silent: ['url-slug-vs-name'],
  },
  {
    name: 'own addresses, married name, handle',
    story: 'look-alike: an address in the maiden name, a site with a handle',
    snapshot: snapshot({
      name: 'Anna Berg',
      contact: { phones: [], emails: ['anna.lindqvist@gmail.com', 'coolcoder@outlook.com'], websites: ['https://github.com/anna-berg', 'https://berg-consulting.se'] },
    }),
    fires: {},
    silent: ['contact-details-that-name-someone-else', 'url-slug-vs-name'],
  },
];
