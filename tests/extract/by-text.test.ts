// The reader that needs no layout hooks, on pages written with none at all: what a person reads
// (the title, the top heading, the lines in order, section headings, list items, date lines) is
// all it gets. Unsure values must stay empty.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import type { ProfileSnapshot } from '../../src/model.ts';

const page = (title: string | null, body: string, lang = 'en') =>
  parseHTML(`<!DOCTYPE html><html lang="${lang}"><head>${title === null ? '' : `<title>${title}</title>`}</head><body>${body}</body></html>`).document as unknown as Document;

const read = (doc: Document, url: string | null = 'https://www.linkedin.com/in/rosa-marin-example/') => readPage(doc, url) as ProfileSnapshot;

const TOP = `
  <section>
    <img alt="Rosa Marín" src="https://media.licdn.com/dms/image/v2/X/profile-displayphoto-shrink_400_400/B/0/1700000000000?e=1">
    <a href="/in/rosa-marin-example/"><h1>Rosa Marín</h1></a>
    <span>· 2nd</span>
    <div>Head of Platform | Kubernetes · Go</div>
    <div><span>Valencia, Comunidad Valenciana, Spain</span><span><a href="/in/rosa-marin-example/overlay/contact-info/">Contact info</a></span></div>
    <ul><li><span>500+</span> connections</li></ul>
    <button>Message</button><button>More</button>
  </section>`;

describe('reading by text alone', () => {
  it('reads a profile with no hooks: name, headline, location, counts, photo', () => {
    const snap = read(page('Rosa Marín | LinkedIn', `<main>${TOP}</main>`));
    expect(snap.kind).toBe('profile');
    expect(snap.layout).toBe('unknown');
    expect([snap.name, snap.headline, snap.location, snap.connections]).toEqual(['Rosa Marín', 'Head of Platform | Kubernetes · Go', 'Valencia, Comunidad Valenciana, Spain', '500+']);
    expect(snap.slug).toBe('rosa-marin-example');
    expect(snap.hasPhoto).toBe(true);
    expect(snap.photo?.uploadedAt).toBe('2023-11-14');
  });

  it('reads entries written as plain blocks (no lists), with a company group, by their date lines', () => {
    const snap = read(
      page(
        'Rosa Marín | LinkedIn',
        `<main>${TOP}
        <section><div><h2>Experience</h2></div><div>
          <div><a href="https://www.linkedin.com/company/11/"><img alt="Nubelia logo" src="x"></a>
            <div><p>Head of Platform</p><p>Nubelia · Full-time</p><p>Feb 2023 - Present · 2 yrs 10 mos</p><p>Valencia, Spain</p></div></div>
          <div><a href="https://www.linkedin.com/company/12/"><img alt="Orvento logo" src="x"></a>
            <div><p>Orvento</p><p>Full-time · 6 yrs</p><p>Madrid, Spain</p></div>
            <div>
              <div><p>Staff Engineer</p><p>Jan 2020 - Jan 2023 · 3 yrs 1 mo</p></div>
              <div><p>Senior Engineer</p><p>Feb 2017 - Dec 2019 · 2 yrs 11 mos</p><p>Remote</p></div>
            </div></div>
        </div></section></main>`,
      ),
    );
    expect(snap.experience.map((p) => [p.title, p.company, p.employmentType, p.start, p.end, p.location])).toEqual([
      ['Head of Platform', 'Nubelia', 'Full-time', '2023-02', null, 'Valencia, Spain'],
      ['Staff Engineer', 'Orvento', 'Full-time', '2020-01', '2023-01', 'Madrid, Spain'],
      ['Senior Engineer', 'Orvento', 'Full-time', '2017-02', '2019-12', 'Remote'],
    ]);
    expect(snap.experience[0]?.companyUrl).toBe('https://www.linkedin.com/company/11/');
    expect(snap.coverage.experience).toEqual({ seen: true, shown: 3, total: 3 });
  });

  it('reads section headings and dates in another interface language', () => {
    const snap = read(
      page(
        'Rosa Marín | LinkedIn',
        `<main>${TOP.replace('Contact info', 'Kontaktinfo')}
        <section><h2>Berufserfahrung</h2><ul>
          <li><p>Leiterin Plattform</p><p>Nubelia · Vollzeit</p><p>Feb. 2023 – Heute · 2 J. 10 Mon.</p></li></ul></section>
        <section><h2>Ausbildung</h2><ul>
          <li><a href="https://www.linkedin.com/school/21/"><p>Universitat Politècnica de València</p></a><p>Master, Informatik</p><p>2010 – 2012</p></li></ul></section></main>`,
        'de',
      ),
    );
    expect(snap.experience.map((p) => [p.title, p.company, p.employmentType, p.start, p.end, p.current])).toEqual([['Leiterin Plattform', 'Nubelia', 'Vollzeit', '2023-02', null, true]]);
    expect(snap.education.map((e) => [e.school, e.degree, e.field, e.start, e.end, e.schoolUrl])).toEqual([
      ['Universitat Politècnica de València', 'Master', 'Informatik', '2010', '2012', 'https://www.linkedin.com/school/21/'],
    ]);
  });

  it('never reads the other members beside the profile, or a closed dialog, as this profile', () => {
    const snap = read(
      page(
        'Rosa Marín | LinkedIn',
        `<main>${TOP}<aside><h2>People also viewed</h2><ul><li><a href="/in/other-example/"><h3>Otto Other</h3></a><p>CTO at Elsewhere</p></li></ul></aside>
         <div role="dialog" aria-hidden="true"><h2>Sign in to view Rosa’s full profile</h2><p>Email or phone</p></div></main>`,
      ),
    );
    expect(snap.name).toBe('Rosa Marín');
    expect(snap.headline).toBe('Head of Platform | Kubernetes · Go');
    expect(snap.experience).toEqual([]);
    expect(JSON.stringify(snap)).not.toMatch(/Otto|Elsewhere|Sign in/);
  });

  it('leaves the headline and location empty rather than guess when the top card has no such lines', () => {
    const snap = read(page('Rosa Marín | LinkedIn', '<main><section><h1>Rosa Marín</h1><button>Message</button></section><section><h2>About</h2><p>Platform engineer.</p></section></main>'));
    expect(snap.name).toBe('Rosa Marín');
    expect(snap.headline).toBeNull();
    expect(snap.location).toBeNull();
    expect(snap.about).toBe('Platform engineer.');
  });

  it('tells the page kind from the title: a details page, an activity page, a public not-found page', () => {
    const details = read(page("Experience | Rosa Marín | LinkedIn", '<main><section><h2>Experience</h2><ul><li><p>Head of Platform</p><p>Nubelia · Full-time</p><p>Feb 2023 - Present</p></li></ul></section></main>'), null);
    expect([details.kind, details.experience.length]).toEqual(['details-experience', 1]);
    const activity = readPage(page('(3) Activity | Rosa Marín | LinkedIn', '<main><section><h2>All activity</h2></section></main>'), null);
    expect(activity.kind).toBe('activity');
    const missing = readPage(page('Profile Not Found | LinkedIn', '<main><h1>An exact match for <strong>rosa-marin-example</strong> could not be found.</h1></main>'), null);
    expect(missing.kind).toBe('private');
    const feed = readPage(page('Feed | LinkedIn', '<main><h2>Start a post</h2></main>'), 'https://www.linkedin.com/feed/');
    expect(feed.kind).toBe('not-a-profile');
  });
});

describe('texts written twice, for the eye and for screen readers', () => {
  it('reads a 2026-style pair (a span and its aria-hidden twin) once', () => {
    const twice = (t: string) => `<p><span>${t}</span><span aria-hidden="true">${t}</span></p>`;
    const snap = read(
      page(
        'Rosa Marín | LinkedIn',
        `<main>${TOP}<section><h2>${'Experience'}</h2><ul>
          <li><div>${twice('Head of Platform')}${twice('Nubelia · Full-time')}${twice('Feb 2023 - Present · 2 yrs 10 mos')}${twice('Valencia, Spain')}</div></li></ul></section></main>`,
      ),
    );
    expect(snap.experience.map((p) => [p.title, p.company, p.employmentType, p.dates, p.location])).toEqual([
      ['Head of Platform', 'Nubelia', 'Full-time', 'Feb 2023 - Present', 'Valencia, Spain'],
    ]);
  });
});
