// Page recognition from the URL and the markup, including pages that are not profiles.
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { detectPage, readPage } from '../../src/extract/index.ts';
import { FIXTURES, parsePage } from './pages.ts';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

it('takes the details kind from the URL', () => {
  const page = parsePage(`${FIXTURES}/logged-in-2024/marta-lindqvist.html`);
  expect(detectPage(page, 'https://www.linkedin.com/in/marta-lindqvist-example/')).toEqual({ kind: 'profile', layout: 'logged-in-2024' });
  const sdui = parsePage(`${FIXTURES}/sdui-2026/jonas-berg.html`);
  expect(detectPage(sdui, 'https://www.linkedin.com/in/jonas-berg-example/details/experience/')).toEqual({ kind: 'details-experience', layout: 'sdui-2026' });
});

it('recognises sign-in walls and other pages, never as an empty profile', () => {
  expect(readPage(doc('<html><body><main><h1>x</h1></main></body></html>'), 'https://www.linkedin.com/authwall?trk=x')).toMatchObject({ kind: 'authwall' });
  expect(readPage(doc('<html><head><meta http-equiv="refresh" content="1;url=https://www.linkedin.com"></head><body></body></html>'), null)).toMatchObject({ kind: 'authwall', layout: 'guest' });
  expect(readPage(doc('<html><body><main><h1>Recipes</h1><p>Soup.</p></main></body></html>'), null)).toMatchObject({ kind: 'not-a-profile', layout: 'unknown' });
  // A profile shell with nothing readable in it is not reported as a profile.
  expect(readPage(doc('<html><body><section data-member-id="1"></section></body></html>'), null)).toMatchObject({ kind: 'not-a-profile' });
});

it('stamps a live page with the given day', () => {
  const page = parsePage(`${FIXTURES}/overlays/contact-info.html`);
  const snap = readPage(page, 'https://www.linkedin.com/in/tomasz-weber-example/', { now: new Date('2026-11-22T10:00:00Z') });
  expect(snap).toMatchObject({ capturedAround: '2026-11-22', kind: 'profile' });
});

it('recognises an sdui details page from its section key', () => {
  const html = '<html><body><main><section data-testid="profile_ExperienceDetailsSection_ACoAAx">' +
    '<div componentkey="entity-collection-item-1"><p>Engineer</p><p>Acme · Full-time</p><p>Jan 2020 - Present · 4 yrs</p></div>' +
    '</section></main></body></html>';
  const snap = readPage(doc(html), null);
  expect(snap).toMatchObject({ kind: 'details-experience', layout: 'sdui-2026', experienceShownAll: true });
  expect('schemaVersion' in snap && snap.experience[0]?.company).toBe('Acme');
});

it('does not call a page that has not rendered yet an auth wall', () => {
  expect(readPage(doc('<html><head></head><body></body></html>'), 'https://www.linkedin.com/in/someone/')).toMatchObject({ kind: 'not-a-profile' });
});
