// Issue 22, item 1: the 2026 top card in the variants the real structures show
// (../shared/linkedin-structures), on invented people: connections inside the link to the list, in
// two lines side by side, or as a bare number beside the /mynetwork/ connections link (a language
// Telltale has no words for); the verification badge by its verified-* icon; the name in a <p>
// (2025 variant); Contact info by its words when its address is not the overlay's; "Open to work"
// from the frame, the card's words, never the owner's "Open to" button; and a full profile is a
// profile whatever its Skills card's keys, the URL deciding first.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import type { ProfileSnapshot } from '../../src/model.ts';

const card = (inner: string, rest = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>Ines Varga | LinkedIn</title></head><body><main>
  <div componentkey="com.linkedin.sdui.profile.card.ref:ACoAABexampleexampleexampleexampleTopcard"><section componentkey="com.linkedin.sdui.profile.card.ref:ACoAABexampleexampleexampleexampleTopcard">
  <a href="https://www.linkedin.com/in/ines-varga-3f2a1b/overlay/background-image/"><figure><img alt="Ines Varga" src="https://media.licdn.com/dms/image/v2/X/profile-displayphoto-shrink_200_200/0/1600000000000"></figure></a>
  ${inner}</section></div>${rest}</main></body></html>`;

const name = (extra = '') =>
  `<div aria-haspopup="dialog"><a href="https://www.linkedin.com/in/ines-varga-3f2a1b/" componentkey="c1"><div><h2>Ines Varga</h2>${extra}</div></a></div>
  <p>· 2nd</p><p>Platform engineer at Orbisoft</p>
  <div><p>Lisbon, Portugal</p><p>·</p><p><a href="https://www.linkedin.com/in/ines-varga-3f2a1b/">Contact info</a></p></div>`;

function read(html: string, url: string | null = 'https://www.linkedin.com/in/ines-varga-3f2a1b/'): ProfileSnapshot {
  const snap = readPage(parseHTML(html).document as unknown as Document, url);
  if (!('coverage' in snap)) throw new Error(`not a profile: ${snap.reason}`);
  return snap;
}

describe('the 2026 top card as served (issue 22, item 1)', () => {
  it('reads connections inside the link to the connections list, and the verified icon', () => {
    const s = read(card(`${name('<svg id="verified-medium" role="img" aria-label="View Ines’s verifications"></svg>')}
      <a href="https://www.linkedin.com/search/results/people/?x" data-view-name="profile-top-card-view-all-connections"><p>412 connections</p></a>`));
    expect(s).toMatchObject({ name: 'Ines Varga', headline: 'Platform engineer at Orbisoft', location: 'Lisbon, Portugal', connections: '412', verified: true, hasPhoto: true, openToWork: false });
  });

  it('reads the number and the word in two lines, and a card without the icon is not verified', () => {
    const s = read(card(`${name()}<div><p>500+</p><p>connections</p></div>`));
    expect(s).toMatchObject({ connections: '500+', verified: false });
  });

  it('reads a bare number beside the /mynetwork/ connections link, in a language it has no words for', () => {
    const s = read(card(`${name()}<a href="https://www.linkedin.com/mynetwork/invite-connect/connections/"><p>500+ połączeń</p></a>`));
    expect(s.connections).toBe('500+');
    expect(s.headline).toBe('Platform engineer at Orbisoft');
  });

  it('reads the name from the verification trigger in the 2025 variant (a <p>, no heading)', () => {
    const html = card(`<div data-view-name="profile-top-card-verified-badge"><div role="button"><div><p>Ines Varga</p></div></div></div>
      <p>Platform engineer at Orbisoft</p><div><p>Lisbon, Portugal</p><p>·</p><p><a href="/">Contact info</a></p></div>`);
    expect(read(html)).toMatchObject({ name: 'Ines Varga', headline: 'Platform engineer at Orbisoft', location: 'Lisbon, Portugal' });
  });

  it('says Open to work from the frame or the card, never from the owner\'s "Open to" button', () => {
    expect(read(card(name())).openToWork).toBe(false);
    expect(read(card(name()).replace('alt="Ines Varga"', 'alt="Ines Varga, #OPENTOWORK"')).openToWork).toBe(true);
    const framed = card(name()).replace('alt="Ines Varga"', 'alt="Ines Varga, #OPEN_TO_WORK"');
    expect(read(framed).openToWork).toBe(true);
    expect(read(card(`${name()}<div><p>Open to work</p><p>Platform engineer roles</p></div>`)).openToWork).toBe(true);
    expect(read(card(`${name()}<button componentkey="ines_openToButton" aria-label="Open to">Open to</button>`)).openToWork).toBe(false);
    // The card under the top card, and not a post that says the words.
    expect(read(card(name(), '<section><a data-view-name="profile-opportunity-card" href="/x"><h3><strong>Open to work</strong></h3><p>Platform engineer roles</p><p>Show details</p></a></section>')).openToWork).toBe(true);
    expect(read(card(name(), '<div role="listitem"><h3>Open to work</h3></div>')).openToWork).toBe(false);
  });

  it('is a profile, not a skills details page, when its Skills card carries the skill keys; the URL decides first', () => {
    const skills = `<div componentkey="com.linkedin.sdui.profile.card.ref:ACoAABexampleSkills"><section><h2>Skills</h2>
      <div componentkey="com.linkedin.sdui.profile.skill(ACoAABexample, 2)"><p>Kubernetes</p></div>
      <div componentkey="com.linkedin.sdui.profile.skill(ACoAABexample, 3)"><p>Go</p></div></section></div>`;
    const html = card(name(), skills);
    for (const url of [null, 'https://www.linkedin.com/in/ines-varga-3f2a1b/']) {
      const s = read(html, url);
      expect(s.kind).toBe('profile');
      expect(s.skills).toEqual(['Kubernetes', 'Go']);
    }
    expect(read(html, 'https://www.linkedin.com/in/ines-varga-3f2a1b/details/skills/').kind).toBe('details-skills');
  });
});
