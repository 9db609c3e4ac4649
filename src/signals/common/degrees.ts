// What a degree line says about its level. Only the wording of the degree is read, never the school's
// country: studying abroad is ordinary and country of study is never a signal.
import type { Education } from '../../model.ts';
import { t } from '../../i18n.ts';

export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'doctorate' | 'other';

export function degreeLevel(e: Education): DegreeLevel | null {
  const d = (e.degree ?? '').toLowerCase();
  if (!d) return null;
  // Abbreviations must end the word: "BA" and "B.A." are degrees, "Baccalauréat" and "Mathematics" are not.
  if (/\b(ph\.?\s?d|doctor(ate)?|dphil|ed\.?d)(?![a-z])/.test(d)) return 'doctorate';
  if (/\b(master'?s?|magister|mba|m\.?\s?sc|m\.?\s?s|m\.?\s?a|m\.?\s?eng|m\.?\s?tech|mphil|llm|m\.?\s?ed)(?![a-z])/.test(d)) return 'master';
  if (/\b(bachelor'?s?|b\.?\s?sc|b\.?\s?s|b\.?\s?a|b\.?\s?eng|b\.?\s?tech|b\.?\s?e|bba|b\.?\s?com|llb|licence|licenciatura|undergraduate|diplom-ingenieur)(?![a-z])/.test(d)) return 'bachelor';
  if (/\b(associate'?s?|a\.?\s?a\.?\s?s|hnd|foundation degree)(?![a-z])/.test(d)) return 'associate';
  return 'other';
}

/** Degrees of higher education (not a school-leaving certificate or a course). */
export function isDegree(e: Education): boolean {
  const level = degreeLevel(e);
  return level !== null && level !== 'other';
}

export function describeEducation(e: Education): string {
  const what = [e.degree, e.field].filter(Boolean).join(', ');
  const raw = e.dates ?? [e.start, e.end].filter(Boolean).join(' – ');
  const dates = raw.replace(/\s+-\s+/, ' – ');
  if (what) return raw ? t('text_education', [what, e.school, dates]) : t('text_education_undated', [what, e.school]);
  return raw ? t('text_school', [e.school, dates]) : e.school;
}
