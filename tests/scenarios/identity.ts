// Identity: the page belongs to someone else. Names are compared as tokens; the origin or script of a
// name is never a sign.
import { snapshot, type Scenario } from './builder.ts';

export const identityScenarios: Scenario[] = [
  {
    name: "slug names another person",
    story: 'fires: the old owner\'s address kept under a new display name',
    snapshot: snapshot({ name: 'Daniel Okafor', slug: 'maria-gonzalez-4a2b3c1' }),
    fires: { 'url-slug-vs-name': 'alert' },
    silent: ['name-inconsistency-on-the-page'],
  },
  {
    name: 'married name against an old slug',
    story: 'look-alike: one matching token is enough',
    snapshot: snapshot({ name: 'Anna Berg', slug: 'anna-lindqvist-4a2b3c1' }),
    fires: {},
    silent: ['url-slug-vs-name'],
  },
  {
    name: 'nickname and numeric suffix',
    story: 'look-alike: Bill is William',
    snapshot: snapshot({ name: 'Bill Turner', slug: 'william-turner-123456789' }),
    fires: {},
    silent: ['url-slug-vs-name'],
  },
  {
    name: 'nickname only, married surname',
    story: 'look-alike: Liz Morgan was Elizabeth Hale',
    snapshot: snapshot({ name: 'Liz Morgan', slug: 'elizabeth-hale' }),
    fires: {},
    silent: ['url-slug-vs-name'],
  },
  {
    name: 'Cyrillic name, Latin slug',
    story: 'look-alike: transliteration',
    snapshot: snapshot({ name: 'Дмитрий Иванов', slug: 'dmitry-ivanov-7b3e21a' }),
    fires: {},
    silent: ['url-slug-vs-name', 'name-inconsistency-on-the-page'],
  },
  {
    name: 'Greek name, concatenated slug',
    story: 'look-alike: transliteration and a joined slug',
    snapshot: snapshot({ name: 'Βασίλειος Αλεβίζος', slug: 'vasileiosalevizos' }),
    fires: {},
    silent: ['url-slug-vs-name'],
  },
  {
    name: 'diacritics, reordered name, initials',
    story: 'look-alike',
    snapshot: snapshot({ name: 'José Müller-Sánchez', slug: 'sanchez-jose-m' }),
    fires: {},
    silent: ['url-slug-vs-name'],
  },
  {
    name: 'initials-only slug',
    story: 'look-alike',
    snapshot: snapshot({ name: 'Nguyễn Thị Lan', slug: 'ntl-4a2b3c1' }),
    fires: {},
    silent: ['url-slug-vs-name'],
  },
  {
    name: 'Han-script name',
    story: 'not checked: a script this check cannot transliterate is never a finding',
    snapshot: snapshot({ name: '王伟', slug: 'wei-wang-88a1b2c3' }),
    fires: {},
    silent: ['url-slug-vs-name', 'name-inconsistency-on-the-page'],
    notChecked: ['url-slug-vs-name'],
  },
  {
    name: 'page title keeps the old name',
    story: 'fires',
    snapshot: snapshot({ name: 'Daniel Okafor', slug: 'daniel-okafor', nameSources: { pageTitle: '(2) Maria Gonzalez | LinkedIn', jsonLd: null, photoAlt: 'Daniel Okafor' } }),
    fires: { 'name-inconsistency-on-the-page': 'warn' },
    silent: ['url-slug-vs-name'],
  },
  {
    name: 'credentials and pronouns beside the name',
    story: 'look-alike',
    snapshot: snapshot({
      name: 'Anna Lindqvist (She/Her)',
      nameSources: { pageTitle: '(3) Anna Lindqvist, PhD | LinkedIn', jsonLd: 'Anna M. Lindqvist', photoAlt: 'Anna Lindqvist, #OPEN_TO_WORK' },
    }),
    fires: {},
    silent: ['name-inconsistency-on-the-page', 'url-slug-vs-name'],
  },
  {
    name: 'no profile photo',
    story: 'fires (info): many genuine members have none',
    snapshot: snapshot({ hasPhoto: false }),
    fires: { photo: 'info' },
    silent: [],
    level: 'low',
  },
  {
    name: 'with a photo',
    story: 'look-alike',
    snapshot: snapshot(),
    fires: {},
    silent: ['photo'],
  },
];
