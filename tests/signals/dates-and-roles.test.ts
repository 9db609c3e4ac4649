// The date and role readers under the timeline signals.
import { describe, expect, it } from 'vitest';
import { earliestMonth, exactMonth, formatDuration, latestMonth, parseDurationText } from '../../src/signals/common/partial-dates.ts';
import { coveredMonthsOf, isFullTime, isSeniorTitle, isSideRole, sameEmployer } from '../../src/signals/common/employment.ts';
import { degreeLevel } from '../../src/signals/common/degrees.ts';
import type { Education, Position } from '../../src/model.ts';

const pos = (over: Partial<Position>): Position => ({
  ref: 'experience:0', title: 'Engineer', company: 'Acme', companyUrl: null, employmentType: 'Full-time', dates: null, duration: null,
  start: '2020-01', end: null, current: true, location: null, description: null, ...over,
});

describe('partial dates', () => {
  it('keeps a bare year imprecise', () => {
    expect(exactMonth('2019')).toBeNull();
    expect(earliestMonth('2019')).toBe(2019 * 12);
    expect(latestMonth('2019')).toBe(2019 * 12 + 11);
    expect(exactMonth('2019-03')).toBe(2019 * 12 + 2);
  });

  it("reads LinkedIn's durations in both forms and writes them back", () => {
    expect(parseDurationText('2 yrs 4 mos')).toEqual({ months: 28, lessThanAYear: false });
    expect(parseDurationText('2 years 9 months')).toEqual({ months: 33, lessThanAYear: false });
    expect(parseDurationText('1 mo')).toEqual({ months: 1, lessThanAYear: false });
    expect(parseDurationText('Less than a year')).toEqual({ months: 0, lessThanAYear: true });
    expect(parseDurationText('2 Jahre 3 Monate')).toBeNull();
    expect(formatDuration(32)).toBe('2 yrs 8 mos');
    expect(formatDuration(12)).toBe('1 yr');
    expect(formatDuration(1)).toBe('1 mo');
  });

  it('counts the union of spans once, cut where asked', () => {
    expect(coveredMonthsOf([{ start: 0, end: 11 }, { start: 6, end: 17 }, null])).toBe(18);
    expect(coveredMonthsOf([{ start: 0, end: 11 }, { start: 24, end: 35 }], 29)).toBe(18);
  });
});

describe('roles', () => {
  it('tells full-time employment from side roles', () => {
    expect(isFullTime(pos({}))).toBe(true);
    expect(isFullTime(pos({ employmentType: null }))).toBe(false);
    expect(isFullTime(pos({ title: 'Co-Founder & CPO' }))).toBe(false);
    expect(isSideRole(pos({ employmentType: 'Freelance' }))).toBe(true);
    expect(isSideRole(pos({ title: 'Board Member' }))).toBe(true);
    expect(isFullTime(pos({ title: 'Product Owner' }))).toBe(true);
    expect(isFullTime(pos({ title: 'Senior Consultant' }))).toBe(true);
    expect(isFullTime(pos({ title: 'Owner' }))).toBe(false);
    expect(isFullTime(pos({ title: 'Student Success Manager' }))).toBe(true);
    expect(isFullTime(pos({ title: 'Working Student' }))).toBe(false);
  });

  it('reads seniority only from real seniority words', () => {
    expect(isSeniorTitle('Senior Software Engineer')).toBe(true);
    expect(isSeniorTitle('Staff Engineer')).toBe(true);
    expect(isSeniorTitle('Tech Lead')).toBe(true);
    expect(isSeniorTitle('Head of Digital Media')).toBe(true);
    expect(isSeniorTitle('Staff Trainer')).toBe(false);
    expect(isSeniorTitle('Project Lead')).toBe(false);
    expect(isSeniorTitle('Software Engineer')).toBe(false);
  });

  it('treats one company under different links or spellings as one employer', () => {
    expect(sameEmployer(pos({ company: 'TC Televisión' }), pos({ company: 'TC Television' }))).toBe(true);
    expect(sameEmployer(pos({ company: 'Acme Inc.' }), pos({ company: 'ACME' }))).toBe(true);
    expect(
      sameEmployer(
        pos({ company: 'KTH', companyUrl: 'https://se.linkedin.com/company/kth?trk=x' }),
        pos({ company: 'KTH Royal Institute of Technology', companyUrl: 'https://www.linkedin.com/company/kth/' }),
      ),
    ).toBe(true);
    expect(sameEmployer(pos({ company: 'Acme' }), pos({ company: 'Initech' }))).toBe(false);
  });

  it('reads degree levels from the wording', () => {
    const ed = (degree: string): Education => ({ ref: 'education:0', school: 'X', schoolUrl: null, degree, field: null, dates: null, start: null, end: null });
    expect(degreeLevel(ed('Bachelor of Technology (BTech)'))).toBe('bachelor');
    expect(degreeLevel(ed("Master's degree"))).toBe('master');
    expect(degreeLevel(ed('MBA'))).toBe('master');
    expect(degreeLevel(ed('PhD, Physics'))).toBe('doctorate');
    expect(degreeLevel(ed('High school diploma'))).toBe('other');
    expect(degreeLevel(ed('Baccalauréat'))).toBe('other');
    expect(degreeLevel(ed('Mathematics A-levels'))).toBe('other');
    expect(degreeLevel(ed('B.A.'))).toBe('bachelor');
    expect(degreeLevel(ed('M.S. Computer Science'))).toBe('master');
    expect(degreeLevel(ed('Bachelor of Science - BS'))).toBe('bachelor');
    expect(degreeLevel(ed('Master of Science - MS'))).toBe('master');
    expect(degreeLevel(ed("Associate's degree"))).toBe('associate');
  });
});
