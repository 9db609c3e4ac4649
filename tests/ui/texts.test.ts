// The pill's words and the "not checked" links: pure functions.
import { describe, expect, it } from 'vitest';
import { isSafeViewUrl, profileSlug, viewFor, viewUrl } from '../../src/ui/missing-views.ts';
import { pillLine, reviewLine } from '../../src/ui/texts.ts';

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

  it('builds a view\'s address from the profile\'s own URL, on a LinkedIn host, with a plain slug only', () => {
    expect(viewUrl('contact', 'https://www.linkedin.com/in/jordan-ellis-1a2b3c/')).toBe('https://www.linkedin.com/in/jordan-ellis-1a2b3c/overlay/contact-info/');
    expect(viewUrl('experience', 'https://de.linkedin.com/in/Jordan-Ellis-1a2b3c/overlay/about-this-profile/')).toBe(
      'https://de.linkedin.com/in/jordan-ellis-1a2b3c/details/experience/',
    );
    expect(viewUrl('education', 'https://www.linkedin.com/in/%C3%A9lodie-martin/')).toBe('https://www.linkedin.com/in/%C3%A9lodie-martin/details/education/');
    // Not a LinkedIn https page: the address goes to www.linkedin.com, never to the page's host.
    expect(viewUrl('contact', 'http://evil.example/in/jordan-ellis-1a2b3c/')).toBe('https://www.linkedin.com/in/jordan-ellis-1a2b3c/overlay/contact-info/');
    expect(viewUrl('contact', 'https://linkedin.com.evil.example/in/jordan/')).toBe('https://www.linkedin.com/in/jordan/overlay/contact-info/');
    // Slugs that are no plain vanity name: no address at all.
    for (const bad of ['..', 'a%2F..%2Fb', 'x%3Aalert(1)', 'jordan%E2%80%AEevil', 'a', '%00abc', 'a.b.c']) {
      expect(viewUrl('contact', `https://www.linkedin.com/in/${bad}/`), bad).toBeNull();
    }
    expect(viewUrl('contact', 'https://www.linkedin.com/feed/')).toBeNull();
    expect(profileSlug('https://www.linkedin.com/in/Jordan-Ellis-1a2b3c/details/experience/')).toBe('jordan-ellis-1a2b3c');
    expect(profileSlug('https://www.linkedin.com/feed/')).toBeNull();
  });

  it('allows only https LinkedIn addresses under the profile\'s own /in/<slug>/', () => {
    const slug = 'jordan-ellis-1a2b3c';
    expect(isSafeViewUrl(`https://www.linkedin.com/in/${slug}/details/education/`, slug)).toBe(true);
    for (const bad of [
      `https://evil.example/in/${slug}/details/education/`,
      `javascript:/in/${slug}/details/experience?alert(1)`,
      `data:text/html,/in/${slug}/`,
      `http://www.linkedin.com/in/${slug}/details/education/`,
      `https://www.linkedin.com.evil.example/in/${slug}/`,
      `https://user@www.linkedin.com/in/${slug}/`,
      `https://www.linkedin.com:8443/in/${slug}/`,
      `https://www.linkedin.com/in/someone-else/details/education/`,
    ]) {
      expect(isSafeViewUrl(bad, slug), bad).toBe(false);
    }
  });
});
