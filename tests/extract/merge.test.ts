import { describe, expect, it } from 'vitest';
import { mergeSnapshots, memberKey } from '../../src/extract/merge.ts';
import { emptySnapshot } from '../../src/extract/snapshot.ts';
import type { Position, ProfileSnapshot } from '../../src/model.ts';

function position(i: number): Position {
  return {
    ref: `experience:${i}`, title: `Role ${i}`, company: `Company ${i}`, companyUrl: null, employmentType: null,
    dates: `${2020 - i} - ${2021 - i}`, duration: null, start: String(2020 - i), end: String(2021 - i), current: false,
    location: null, description: null,
  };
}

function mainPage(): ProfileSnapshot {
  const s = emptySnapshot('https://www.linkedin.com/in/jo-example/', 'profile', 'logged-in-2024');
  s.memberId = '123';
  s.slug = 'jo-example';
  s.name = 'Jo Example';
  s.location = 'Oslo';
  s.capturedAround = '2024-07-01';
  s.experience = [0, 1, 2, 3, 4].map(position);
  s.experienceShownAll = false;
  s.experienceTotal = 12;
  s.coverage.experience = { seen: true, shown: 5, total: 12 };
  s.activity = [{ ref: 'activity:0', relative: '1w', relativeDays: 7, activityId: '7214180954100129792', postedAt: '2024-07-03', action: 'repost' }];
  s.coverage.activity = { seen: true, shown: 1, total: null };
  return s;
}

function detailsPage(): ProfileSnapshot {
  const s = emptySnapshot('https://www.linkedin.com/in/jo-example/details/experience/', 'details-experience', 'logged-in-2024');
  s.slug = 'jo-example';
  s.name = 'Jo Example';
  s.capturedAround = '2024-07-02';
  s.experience = Array.from({ length: 12 }, (_, i) => position(i));
  s.experienceShownAll = true;
  s.coverage.experience = { seen: true, shown: 12, total: 12 };
  return s;
}

describe('mergeSnapshots', () => {
  it('keys members by id, else slug', () => {
    expect(memberKey(mainPage())).toBe('123');
    expect(memberKey(detailsPage())).toBe('slug:jo-example');
  });

  it('takes the full experience list from the details page and says all of it was seen', () => {
    const main = mainPage();
    const merged = mergeSnapshots(main, detailsPage());
    expect(merged.kind).toBe('profile');
    expect(merged.url).toBe('https://www.linkedin.com/in/jo-example/');
    expect(merged.memberId).toBe('123');
    expect(merged.experience).toHaveLength(12);
    expect(merged.experienceShownAll).toBe(true);
    expect(merged.experienceTotal).toBe(12);
    expect(merged.coverage.experience).toEqual({ seen: true, shown: 12, total: 12 });
    expect(merged.location).toBe('Oslo');
    expect(merged.capturedAround).toBe('2024-07-02');
    expect(merged.activity).toHaveLength(1);
  });

  it('is pure and order-insensitive for lists', () => {
    const main = mainPage();
    const details = detailsPage();
    const before = JSON.stringify([main, details]);
    const a = mergeSnapshots(main, details);
    const b = mergeSnapshots(details, main);
    expect(JSON.stringify([main, details])).toBe(before);
    expect(a.experience).toEqual(b.experience);
    expect(b.kind).toBe('profile');
  });

  it('unions activity by id, newest first, and fills what one view lacks', () => {
    const main = mainPage();
    const activityPage = emptySnapshot(null, 'activity', 'logged-in-2025');
    activityPage.slug = 'jo-example';
    activityPage.memberId = '123';
    activityPage.activity = [
      { ref: 'activity:0', relative: '1d', relativeDays: 1, activityId: '7315493651864788994', postedAt: '2025-04-08', action: 'post' },
      { ref: 'activity:1', relative: null, relativeDays: null, activityId: '7214180954100129792', postedAt: '2024-07-03', action: null },
    ];
    activityPage.coverage.activity = { seen: true, shown: 2, total: null };
    const merged = mergeSnapshots(main, activityPage);
    expect(merged.activity.map((a) => a.activityId)).toEqual(['7315493651864788994', '7214180954100129792']);
    expect(merged.activity[1]).toMatchObject({ relative: '1w', action: 'repost', ref: 'activity:1' });
    expect(merged.coverage.activity).toEqual({ seen: true, shown: 2, total: null });
  });

  it('keeps overlay data seen earlier', () => {
    const withContact = mainPage();
    withContact.contact = { phones: [{ ref: 'contact:phone:0', raw: '+47 912 34 567', label: 'Mobile' }], emails: [], websites: [], birthday: null, connectedSince: null };
    withContact.coverage.contact = { seen: true, shown: 1, total: 1 };
    const later = mainPage();
    const merged = mergeSnapshots(withContact, later);
    expect(merged.contact?.phones[0]?.raw).toBe('+47 912 34 567');
    expect(merged.coverage.contact).toEqual({ seen: true, shown: 1, total: 1 });
  });

  it('does not merge different members', () => {
    const other = detailsPage();
    other.slug = 'someone-else';
    const main = mainPage();
    expect(mergeSnapshots(main, other)).toBe(main);
  });
});
