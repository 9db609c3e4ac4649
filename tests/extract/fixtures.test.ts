// The committed fixtures (invented people in LinkedIn's markup, including the layouts and
// overlays no real saved page exists for) against the expected files beside them.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, readPageWithElements } from '../../src/extract/index.ts';
import type { ProfileSnapshot } from '../../src/model.ts';
import { compareToExpected } from './expected-compare.ts';
import { FIXTURES, htmlFiles, parsePage } from './pages.ts';
import { schemaErrors } from './schema.ts';

const files = htmlFiles(FIXTURES);

describe('committed fixtures', () => {
  it('has the required fixtures', () => {
    const rels = files.map((f) => relative(FIXTURES, f));
    for (const dir of ['logged-in-2024/', 'sdui-2026/', 'overlays/contact-info', 'overlays/about-this-profile', 'logged-in-2022/details-experience']) {
      expect(rels.some((r) => r.startsWith(dir))).toBe(true);
    }
  });

  for (const file of files) {
    const rel = relative(FIXTURES, file);
    it(rel, () => {
      const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as Record<string, unknown>;
      const { result, elements } = readPageWithElements(parsePage(file), null);
      expect(schemaErrors(result)).toEqual([]);
      const misses = compareToExpected(result, expected).filter((f) => !f.ok);
      expect(misses.map((m) => `${m.path}: got ${JSON.stringify(m.got)}, want ${JSON.stringify(m.want)}`)).toEqual([]);
      const snap = result as ProfileSnapshot;
      if ('contact' in expected) expect(snap.contact).toEqual(expected.contact);
      if ('aboutThisProfile' in expected) expect(snap.aboutThisProfile).toEqual(expected.aboutThisProfile);
      // Every ref in the snapshot has an element for its badge.
      const refs = [
        ...snap.experience.map((p) => p.ref),
        ...snap.education.map((e) => e.ref),
        ...snap.certifications.map((c) => c.ref),
        ...snap.activity.map((a) => a.ref),
        ...(snap.contact ? [...snap.contact.phones, ...snap.contact.emails, ...snap.contact.websites].map((x) => x.ref) : []),
      ];
      for (const ref of refs) expect(elements.has(ref), ref).toBe(true);
      if (snap.name !== null) expect(elements.has('name')).toBe(true);
    });
  }

  it('reads the overlay kind from the URL path as well', () => {
    const snap = readPage(parsePage(`${FIXTURES}/overlays/contact-info.html`), 'https://www.linkedin.com/in/tomasz-weber-example/overlay/contact-info/');
    expect('schemaVersion' in snap && snap.contact?.emails[0]?.address).toBe('tomasz.weber@example.com');
  });
});
