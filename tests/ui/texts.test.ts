// The pill's words and the "not checked" links: pure functions.
import { describe, expect, it } from 'vitest';
import { findPageLink, profileSlug, viewFor, viewUrl } from '../../src/ui/missing-views.ts';
import { pillLine, reviewLine } from '../../src/ui/texts.ts';
import { pageDocument, PROFILE_HTML } from './dom.ts';

describe('pill line', () => {
  it('says the level in words, the number of findings and the coverage', () => {
    const base = { score: 0, findings: [], notChecked: [], checksRun: 9, checksTotal: 14 };
    expect(pillLine({ ...base, level: 'low' })).toBe('No concerns in what was checked · 0 findings · 9 of 14 checks ran');
    expect(pillLine({ ...base, level: 'medium', findings: [{} as never] })).toBe('Some concerns · 1 finding · 9 of 14 checks ran');
    expect(pillLine({ ...base, level: 'high', findings: [{}, {}] as never })).toBe('High risk · 2 findings · 9 of 14 checks ran');
  });

  it('says a review in words with its date', () => {
    expect(reviewLine({ outcome: 'needs-follow-up', at: '2026-11-22T10:00:00Z' }, 'en-GB')).toBe('Reviewed: Needs follow-up, 22 Nov 2026');
  });
});

describe('missing views', () => {
  it('knows which view each kind of "not checked" asks for', () => {
    expect(viewFor({ reason: 'the contact-info overlay was not opened', howToSee: 'open "Contact info"' })).toBe('contact');
    expect(viewFor({ reason: 'no join date on the page', howToSee: 'open "About this profile" (click the name)' })).toBe('aboutThisProfile');
    expect(viewFor({ reason: '7 of 12 positions are not shown', howToSee: 'open "Show all experiences" (the /details/experience/ page)' })).toBe('experience');
    expect(viewFor({ reason: 'no activity was visible', howToSee: 'open "Show all activity" (the /recent-activity/all/ page)' })).toBe('activity');
    expect(viewFor({ reason: 'only 1 of 3 schools shown', howToSee: 'open "Show all education" (the /details/education/ page)' })).toBe('education');
    expect(viewFor({ reason: 'nothing remembered yet', howToSee: 'visit again later' })).toBeNull();
  });

  it('finds the page\'s own link for this profile, and writes the address as LinkedIn does otherwise', () => {
    const doc = pageDocument(PROFILE_HTML);
    expect(findPageLink(doc, 'contact', 'jordan-ellis-1a2b3c')?.getAttribute('id')).toBe('contact');
    expect(findPageLink(doc, 'contact', 'someone-else')).toBeNull();
    expect(findPageLink(doc, 'experience', 'jordan-ellis-1a2b3c')).toBeNull();
    expect(viewUrl('contact', 'jordan-ellis-1a2b3c')).toBe('https://www.linkedin.com/in/jordan-ellis-1a2b3c/overlay/contact-info/');
    expect(profileSlug('https://www.linkedin.com/in/Jordan-Ellis-1a2b3c/details/experience/')).toBe('jordan-ellis-1a2b3c');
    expect(profileSlug('https://www.linkedin.com/feed/')).toBeNull();
  });
});
