// What a degree line says about its level. Only the wording of the degree is read, never the school's
// country: studying abroad is ordinary and country of study is never a signal.
import type { Education } from '../../model.ts';

export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'doctorate' | 'other';

export function degreeLevel(e: Education): DegreeLevel | null {
  const d = (e.degree ?? '').toLowerCase();
  if (!d) return null;
  if (/\b(ph\.?\s?d|doctor|doctorate|dphil|ed\.?d)\b/.test(d)) return 'doctorate';
  if (/\b(master|m\.?sc|m\.?s\.?|m\.?a\.?|mba|m\.?eng|m\.?tech|mphil|llm|m\.?phil|magister|licenciatura en maestr)/.test(d)) return 'master';
  if (/\b(bachelor|b\.?sc|b\.?s\.?|b\.?a\.?|b\.?eng|b\.?tech|btech|be\b|b\.?e\.?|bba|bcom|b\.?com|llb|licence|licenciatura|undergraduate|diplom-ingenieur)/.test(d)) return 'bachelor';
  if (/\b(associate|a\.?a\.?s|hnd|foundation degree)\b/.test(d)) return 'associate';
  return 'other';
}

/** Degrees of higher education (not a school-leaving certificate or a course). */
export function isDegree(e: Education): boolean {
  const level = degreeLevel(e);
  return level !== null && level !== 'other';
}

export function describeEducation(e: Education): string {
  const what = [e.degree, e.field].filter(Boolean).join(', ');
  const dates = e.dates ?? [e.start, e.end].filter(Boolean).join(' – ');
  return `${what ? `${what} at ` : ''}${e.school}${dates ? ` (${dates.replace(/\s+-\s+/, ' – ')})` : ''}`;
}
