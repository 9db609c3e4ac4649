// Education: schooling that does not fit. Country of study is never a signal.
import { job, school, snapshot, GENUINE, type Scenario } from './builder.ts';

const url = { schoolUrl: 'https://www.linkedin.com/school/nit/' };

export const educationScenarios: Scenario[] = [
  {
    name: "bachelor's in nine months",
    story: 'fires',
    snapshot: snapshot({ schools: [school('Nordic Institute of Technology', 'Bachelor of Science - BS', '2012-09', '2013-06', url)] }),
    fires: { 'implausible-degree-dates': 'warn' },
    silent: [],
  },
  {
    name: 'degree that ends before it starts',
    story: 'fires',
    snapshot: snapshot({ schools: [school('Nordic Institute of Technology', 'Master of Science - MS', '2015', '2013', url)] }),
    fires: { 'implausible-degree-dates': 'warn' },
    silent: [],
  },
  {
    name: 'part-time online MBA beside a master',
    story: 'look-alike: parallel study at two schools is info only',
    snapshot: snapshot({
      schools: [
        school('Nordic Institute of Technology', 'Master of Science - MS', '2013-09', '2015-06', url),
        school('Open Business School', 'MBA (part-time, online)', '2014-01', '2016-06', { schoolUrl: 'https://www.linkedin.com/school/obs/' }),
        school('Nordic Institute of Technology', 'Bachelor of Science - BS', '2010', '2013', url),
      ],
    }),
    fires: { 'implausible-degree-dates': 'info' },
    silent: ['school-with-no-institution-page'],
    level: 'low',
  },
  {
    name: 'consecutive degrees in bare years',
    story: 'look-alike: "2014 – 2016" may be three years; bare years prove nothing short',
    snapshot: snapshot({ schools: [school('Nordic Institute of Technology', 'Bachelor of Arts - BA', '2014', '2016', url), school('Nordic Institute of Technology', 'Bachelor of Science', '2016', '2016', url)] }),
    fires: {},
    silent: ['implausible-degree-dates'],
  },
  {
    name: 'bare acronym with no school page',
    story: 'fires (info)',
    snapshot: snapshot({ schools: [...GENUINE.schools!, school('IGAD', null, '2005', '2008')] }),
    fires: { 'school-with-no-institution-page': 'info' },
    silent: ['implausible-degree-dates'],
    level: 'low',
  },
  {
    name: 'famous acronym with its page, small school in full',
    story: 'look-alike',
    snapshot: snapshot({
      schools: [
        school('MIT', 'Master of Science - MS', '2013', '2015', { schoolUrl: 'https://www.linkedin.com/school/mit/' }),
        school('Escuela Politécnica de Cuenca', 'Bachelor of Engineering', '2009', '2013'),
      ],
    }),
    fires: {},
    silent: ['school-with-no-institution-page'],
  },
  {
    name: 'first degree during a senior job begun years before',
    story: 'fires',
    snapshot: snapshot({
      jobs: [job('Senior Software Engineer', 'Norrsken Systems', '2012-01', null, 'Full-time', { companyUrl: 'https://www.linkedin.com/company/norrsken-systems/' }), job('Developer', 'Lagom Web', '2008-01', '2011-12')],
      schools: [school('Nordic Institute of Technology', 'Bachelor of Science - BS', '2018', '2022', url)],
    }),
    fires: { 'education-that-contradicts-the-timeline': 'warn' },
    silent: ['career-before-education'],
  },
  {
    name: "master's after years of senior work",
    story: 'look-alike: second degrees after a career are ordinary',
    snapshot: snapshot({
      jobs: [job('Senior Software Engineer', 'Norrsken Systems', '2012-01', null, 'Full-time', { companyUrl: 'https://www.linkedin.com/company/norrsken-systems/' }), job('Developer', 'Lagom Web', '2008-01', '2011-12')],
      schools: [school('Nordic Institute of Technology', 'Master of Science - MS', '2018', '2022', url), school('Nordic Institute of Technology', 'Bachelor of Science - BS', '2004', '2007', url)],
    }),
    fires: {},
    silent: ['education-that-contradicts-the-timeline', 'career-before-education'],
  },
  {
    name: 'no education section',
    story: 'not checked',
    snapshot: snapshot({ schools: null }),
    fires: {},
    silent: ['implausible-degree-dates'],
    notChecked: ['implausible-degree-dates', 'school-with-no-institution-page', 'education-that-contradicts-the-timeline', 'career-before-education'],
  },
];
