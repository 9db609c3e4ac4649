// Issue 22, item 6, and fairness: a handle word lowers "Profile address names a different person"
// (an alert) to a note. It must never do so for some names and not others: no given name or
// surname, of any origin, is a handle word, and a slug made of any two of them still names a
// person. Handles made of ordinary words are told apart.
import { describe, expect, it } from 'vitest';
import { slugTokens } from '../../src/signals/common/person-names.ts';
import { isHandleWord, slugNamesAPerson } from '../../src/signals/url-slug-vs-name.ts';

/** Given names and surnames from many origins, as they are written in addresses (folded). */
const NAMES = [
  // East Asian
  'seo', 'im', 'fan', 'eng', 'ai', 'li', 'lee', 'kim', 'park', 'choi', 'jung', 'kang', 'yoon', 'lim', 'han', 'oh', 'shin', 'kwon', 'song', 'jang', 'yu', 'ko', 'moon', 'an', 'son', 'bae', 'wang', 'zhang', 'chen', 'liu', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'tanaka', 'sato', 'suzuki', 'takahashi', 'watanabe', 'ito', 'yamamoto', 'nakamura', 'jiwoo', 'minji', 'wei', 'xiaoming', 'hiroshi', 'yuki',
  // South and Southeast Asian
  'dev', 'patel', 'singh', 'kumar', 'sharma', 'gupta', 'das', 'roy', 'sen', 'bose', 'guru', 'gurung', 'datar', 'raman', 'priya', 'arjun', 'nguyen', 'tran', 'pham', 'le', 'do', 'ha', 'bui', 'vu', 'ho', 'ng', 'santos', 'reyes', 'cruz', 'dela', 'siti', 'putri',
  // Middle East and Africa
  'ali', 'khan', 'hussain', 'ahmed', 'mohammed', 'haddad', 'cohen', 'levi', 'mizrahi', 'yilmaz', 'kaya', 'okafor', 'mensah', 'okonkwo', 'adeyemi', 'diallo', 'traore', 'kamau', 'otieno', 'nkosi', 'abebe', 'omar', 'fatima', 'amina',
  // Europe and the Americas
  'page', 'jobs', 'smith', 'best', 'smart', 'daily', 'hacker', 'baker', 'king', 'young', 'rosales', 'bossi', 'dudek', 'loverde', 'mediavilla', 'reale', 'shoemaker', 'goldsmith', 'webb', 'devlin', 'fanelli', 'seoane', 'devai', 'mueller', 'muller', 'schmidt', 'rossi', 'russo', 'silva', 'garcia', 'rodriguez', 'novak', 'kowalski', 'nowak', 'ivanov', 'petrov', 'horvath', 'nagy', 'jensen', 'hansen', 'virtanen', 'murphy', 'oconnor', 'dubois', 'martin', 'fernandes', 'papadopoulos', 'marisol', 'kasia', 'maria', 'john',
];

describe('handle words (url-slug-vs-name)', () => {
  it('counts no given name or surname of any origin as a handle word', () => {
    expect(NAMES.filter(isHandleWord)).toEqual([]);
  });

  it('still says that two names in an address name a person, whatever their origin', () => {
    const notNaming: string[] = [];
    for (let i = 0; i < NAMES.length; i++) {
      const slug = `${NAMES[i]}-${NAMES[(i * 7 + 3) % NAMES.length]}`;
      if (!slugNamesAPerson(slug, slugTokens(slug))) notNaming.push(slug);
    }
    expect(notNaming).toEqual([]);
  });

  it("tells handles made of ordinary words, and LinkedIn's own shape", () => {
    for (const slug of ['techguru-maria', 'pixelsmith-kasia', 'codes-and-coffee', 'thedataguy-omar', 'official-jane']) expect(slugNamesAPerson(slug, slugTokens(slug)), slug).toBe(false);
    for (const slug of ['maria-gonzalez', 'priya-raman-8b1c2d3', 'jiwoo-seo', 'maria-rosales', 'anna-dudek']) expect(slugNamesAPerson(slug, slugTokens(slug)), slug).toBe(true);
  });
});
