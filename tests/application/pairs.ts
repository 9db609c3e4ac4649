// Pairs of an invented profile and an application for the comparison tests: each corpus person's
// LinkedIn profile, built with the scenario builder the way LinkedIn would show it (its own degree
// wording, companies without legal forms, LinkedIn-style locations), so a faithful application
// differs from it only in the ways genuine ones do.
import type { ProfileSnapshot } from '../../src/model.ts';
import { GENUINE, job, school, snapshot } from '../scenarios/builder.ts';
import { PEOPLE, type Person } from './corpus.ts';

const LINKEDIN_DEGREE: Record<string, string> = {
  'Master of Science': 'Master of Science - MS',
  'Bachelor of Science': 'Bachelor of Science - BS',
  'M.Sc.': 'Master of Science - MS',
  'B.Sc.': 'Bachelor of Science - BS',
  'M.A.': 'Master of Arts - MA',
  'B.Eng.': 'Bachelor of Engineering - BE',
  'Master of Business Administration': 'Master of Business Administration - MBA',
  'Bachelor of Arts': 'Bachelor of Arts - BA',
};

const LINKEDIN_LOCATION: Record<string, string> = {
  'Stockholm, Sweden': 'Stockholm, Stockholm County, Sweden',
  'Gothenburg, Sweden': 'Gothenburg, Västra Götaland County, Sweden',
  'München, Deutschland': 'München, Bayern, Deutschland',
  'Lyon, France': 'Lyon, Auvergne-Rhône-Alpes, France',
  'Valencia, España': 'Valencia, Comunidad Valenciana, España',
  'Porto, Portugal': 'Porto, Portugal',
  'Oslo, Norway': 'Oslo, Norway',
  'Leeds, United Kingdom': 'Leeds, England, United Kingdom',
  'Manchester, United Kingdom': 'Manchester, England, United Kingdom',
  'Bristol, United Kingdom': 'Bristol, England, United Kingdom',
  'Leipzig, Deutschland': 'Leipzig, Sachsen, Deutschland',
  'Halle, Deutschland': 'Halle (Saale), Sachsen-Anhalt, Deutschland',
  'Hamburg, Deutschland': 'Hamburg, Deutschland',
  'Nantes, France': 'Nantes, Pays de la Loire, France',
  'Rennes, France': 'Rennes, Bretagne, France',
  'Bordeaux, France': 'Bordeaux, Nouvelle-Aquitaine, France',
};

/** "Isar Antriebe GmbH" on a résumé is "Isar Antriebe" on LinkedIn. */
const withoutLegalForm = (company: string): string => company.replace(/\s+(GmbH|SAS|S\.L\.|Lda|AG|SA)$/, '');

export function profileOf(p: Person): ProfileSnapshot {
  const slug = p.linkedin ? /\/in\/([^/]+)/.exec(p.linkedin)![1]! : `${p.id}-profile`;
  return snapshot({
    ...GENUINE,
    name: p.name,
    slug,
    headline: p.positions[0]!.title,
    location: LINKEDIN_LOCATION[p.location] ?? p.location,
    jobs: p.positions.map((x) => job(x.title, withoutLegalForm(x.employer), x.start, x.end)),
    schools: p.education.map((e) => school(e.school, LINKEDIN_DEGREE[e.degree] ?? e.degree, e.start, e.end, { field: e.field })),
    contact: { phones: [{ raw: p.phone, label: 'Mobile' }], emails: [p.email], websites: [] },
  });
}

export const personById = (id: string): Person => PEOPLE.find((p) => p.id === id)!;
