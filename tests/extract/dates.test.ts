import { describe, expect, it } from 'vitest';
import {
  activityIdDate,
  activityIdFrom,
  activityIdTime,
  findRelativeTime,
  isPresentWord,
  mediaUploadDate,
  parseDateRange,
  parseDurationMonths,
  parseMonthYear,
} from '../../src/extract/dates.ts';

describe('date ranges as LinkedIn writes them', () => {
  it('reads the English forms', () => {
    expect(parseDateRange('Jul 2021 - Present · 3 yrs 1 mo')).toEqual({
      dates: 'Jul 2021 - Present', duration: '3 yrs 1 mo', start: '2021-07', end: null, current: true,
    });
    expect(parseDateRange('2013 - Jan 2018 · 5 yrs 1 mo')).toMatchObject({ start: '2013', end: '2018-01', current: false });
    expect(parseDateRange('Apr 2015 – Oct 2017')).toMatchObject({ dates: 'Apr 2015 – Oct 2017', duration: null, start: '2015-04', end: '2017-10' });
    expect(parseDateRange('Jul 2021 to Present · 3 yrs 1 mo')).toMatchObject({ start: '2021-07', end: null, current: true });
    expect(parseDateRange('May 2016 · 1 mo')).toMatchObject({ dates: 'May 2016', start: '2016-05', end: '2016-05' });
    expect(parseDateRange('2014 - Jun 2019')).toMatchObject({ start: '2014', end: '2019-06' });
    expect(parseDateRange('2019 - 2021')).toMatchObject({ start: '2019', end: '2021' });
  });

  const languages: [string, string, Record<string, unknown>][] = [
    ['de', 'Juli 2021 – Heute · 3 J. 1 Mon.', { start: '2021-07', end: null, current: true, duration: '3 J. 1 Mon.' }],
    ['de', 'März 2020 – Dez. 2021', { start: '2020-03', end: '2021-12' }],
    ['fr', 'juil. 2021 - aujourd’hui · 3 ans 1 mois', { start: '2021-07', end: null, current: true }],
    ['fr', 'févr. 2019 - déc. 2020', { start: '2019-02', end: '2020-12' }],
    ['es', 'jul. 2021 - actualidad · 3 años 1 mes', { start: '2021-07', end: null, current: true }],
    ['es', 'ene. 2018 - dic. 2019', { start: '2018-01', end: '2019-12' }],
    ['pt', 'jul. de 2021 - o momento · 3 anos 1 mês', { start: '2021-07', end: null, current: true }],
    ['pt', 'fev. de 2017 - set. de 2019', { start: '2017-02', end: '2019-09' }],
    ['nl', 'jul. 2021 - heden · 3 jr 1 mnd', { start: '2021-07', end: null, current: true }],
    ['nl', 'mrt. 2016 - okt. 2018', { start: '2016-03', end: '2018-10' }],
    ['it', 'lug 2021 - Presente · 3 anni 1 mese', { start: '2021-07', end: null, current: true }],
    ['it', 'gen 2015 - giu 2017', { start: '2015-01', end: '2017-06' }],
  ];
  for (const [lang, text, want] of languages) {
    it(`reads ${lang}: ${text}`, () => {
      expect(parseDateRange(text)).toMatchObject(want);
    });
  }

  it('reads wide month names in every language', () => {
    expect(parseMonthYear('September 2019')).toBe('2019-09');
    expect(parseMonthYear('Dezember 2017')).toBe('2017-12');
    expect(parseMonthYear('septembre 2019')).toBe('2019-09');
    expect(parseMonthYear('mayo de 2018')).toBe('2018-05');
    expect(parseMonthYear('dezembro de 2017')).toBe('2017-12');
    expect(parseMonthYear('oktober 2016')).toBe('2016-10');
    expect(parseMonthYear('gennaio 2015')).toBe('2015-01');
  });

  it('knows "Present" in every language', () => {
    for (const w of ['Present', 'Heute', 'aujourd’hui', "Aujourd'hui", 'actualidad', 'la actualidad', 'o momento', 'heden', 'Presente']) {
      expect(isPresentWord(w), w).toBe(true);
    }
    expect(isPresentWord('Stockholm')).toBe(false);
  });

  it('does not take places or sentences for dates', () => {
    for (const text of ['Guayaquil', 'Sir Oliver Mowat C.I.', "Queen's University", 'Stockholm, Sweden · Hybrid', '5 yrs 11 mos', 'Full-time', '', 'Issued Aug 2022']) {
      expect(parseDateRange(text), text).toBeNull();
    }
    expect(parseMonthYear('May')).toBeNull();
    expect(parseMonthYear('1850')).toBeNull();
  });
});

describe('durations', () => {
  it('reads short and long forms in the supported languages', () => {
    expect(parseDurationMonths('3 yrs 1 mo')).toBe(37);
    expect(parseDurationMonths('2 years 9 months')).toBe(33);
    expect(parseDurationMonths('11 mos')).toBe(11);
    expect(parseDurationMonths('1 yr')).toBe(12);
    expect(parseDurationMonths('1 J. 2 Mon.')).toBe(14);
    expect(parseDurationMonths('3 ans 1 mois')).toBe(37);
    expect(parseDurationMonths('2 años 3 meses')).toBe(27);
    expect(parseDurationMonths('1 ano 1 mês')).toBe(13);
    expect(parseDurationMonths('4 jr 2 mnd')).toBe(50);
    expect(parseDurationMonths('5 anni 1 mese')).toBe(61);
    expect(parseDurationMonths('Guayaquil')).toBeNull();
    expect(parseDurationMonths('3 people')).toBeNull();
  });
});

describe('relative times', () => {
  it('reads the feed labels', () => {
    expect(findRelativeTime('1d')).toEqual({ label: '1d', days: 1 });
    expect(findRelativeTime('3w')).toEqual({ label: '3w', days: 21 });
    expect(findRelativeTime('7mo')).toEqual({ label: '7mo', days: 210 });
    expect(findRelativeTime('2yr')).toEqual({ label: '2yr', days: 730 });
    expect(findRelativeTime('5h')).toEqual({ label: '5h', days: 0 });
    expect(findRelativeTime('Eduardo Alvarez Nowak reposted this • 1w')).toEqual({ label: '1w', days: 7 });
    expect(findRelativeTime('4w • Edited •')).toEqual({ label: '4w', days: 28 });
    expect(findRelativeTime('5d •')).toEqual({ label: '5d', days: 5 });
    expect(findRelativeTime('no time here')).toBeNull();
    expect(findRelativeTime('12 mos')).toBeNull();
  });

  it('reads the other languages\' abbreviated units', () => {
    expect(findRelativeTime('5 Tg. •')).toEqual({ label: '5 Tg.', days: 5 });
    expect(findRelativeTime('1 Wo. • Bearbeitet')).toEqual({ label: '1 Wo.', days: 7 });
    expect(findRelativeTime('3 sem. •')).toEqual({ label: '3 sem.', days: 21 });
    expect(findRelativeTime('2 mnd. •')).toEqual({ label: '2 mnd.', days: 60 });
    expect(findRelativeTime('1 J. •')).toEqual({ label: '1 J.', days: 365 });
    expect(findRelativeTime('2 j •', 'fr_FR')).toEqual({ label: '2 j', days: 2 });
  });
});

describe('activity ids', () => {
  it('decodes the creation time with BigInt (plain >> overflows)', () => {
    expect(activityIdDate('7315493651864788994')).toBe('2025-04-08');
    expect(activityIdDate('7179550983801159682')).toBe('2024-03-29');
    const ms = activityIdTime('7214180954100129792');
    expect(ms).toBe(Number(BigInt('7214180954100129792') >> 22n));
    // What a 32-bit shift would give is nowhere near a date.
    expect(Number('7214180954100129792') >> 22).not.toBe(ms);
    expect(activityIdDate('not-an-id')).toBeNull();
    expect(activityIdDate('123')).toBeNull();
  });

  it('finds ids in urns and post URLs', () => {
    expect(activityIdFrom('urn:li:activity:7214180954100129792')).toBe('7214180954100129792');
    expect(activityIdFrom('https://www.linkedin.com/feed/update/urn:li:activity:7214180954100129792?x=1')).toBe('7214180954100129792');
    expect(activityIdFrom('https://www.linkedin.com/posts/x_worth-activity-7179550983801159682-YCJF?trk=y')).toBe('7179550983801159682');
    expect(activityIdFrom('https://www.linkedin.com/in/someone')).toBeNull();
    expect(activityIdFrom('https://www.linkedin.com/feed/update/urn:li:ugcPost:7214180954100129792/')).toBe('7214180954100129792');
    expect(activityIdFrom('urn:li:share:7179550983801159682')).toBe('7179550983801159682');
  });
});

describe('media upload times', () => {
  it('reads the epoch ms after /0/', () => {
    expect(mediaUploadDate('https://media.licdn.com/dms/image/C4E03AQ/profile-displayphoto-shrink_200_200/0/1690000000000?e=1726099200&v=beta&t=x')).toBe('2023-07-22');
    expect(mediaUploadDate('https://media.licdn.com/dms/image/v2/D4D03AQ/profile-displayphoto-shrink_100_100/profile-displayphoto-shrink_100_100/0/1685081482122?e=1')).toBe('2023-05-26');
    expect(mediaUploadDate('https://static.licdn.com/aero-v1/sc/h/9c8pery4andzj6ohjkjp54ma2')).toBeNull();
    expect(mediaUploadDate(null)).toBeNull();
  });
});
