// Issue 23, item 5: hidden direction and zero-width characters are removed before anything is
// compared, and shown marked ("⟦U+202E⟧") wherever a value is displayed or reported.
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../src/application/read.ts';
import { assess } from '../src/assess.ts';
import { compareWithApplication } from '../src/compare.ts';
import { markInvisible, withoutInvisible, withoutInvisibleDeep } from '../src/invisible.ts';
import { buildBundle, bundleText, mailtoUrl, slackMessage } from '../src/report/bundle.ts';
import { context } from './scenarios/builder.ts';
import { snapshot } from './worker/fakes.ts';

const RLO = '\u202E';
const PDF = '\u202C';

describe('invisible characters', () => {
  it('are removed for comparing and marked for showing; joiners and direction marks are removed, not marked', () => {
    expect(withoutInvisible(`a${RLO}b\u200Bc\u2066d\u2069e\uFEFF\u200Df\u200Eg`)).toBe('abcdefg');
    expect(markInvisible(`jane${RLO}eod${PDF}`)).toBe('jane⟦U+202E⟧eod⟦U+202C⟧');
    expect(markInvisible('\u0645\u06CC\u200C\u0631\u0648')).toBe('\u0645\u06CC\u200C\u0631\u0648');
    expect(withoutInvisible('annalind\u00ADqvist\u061C\u3164\u{E0041}')).toBe('annalindqvist');
    expect(markInvisible('annalind\u00ADqvist\u{E0041}')).toBe('annalind⟦U+00AD⟧qvist⟦U+E0041⟧');
    expect(markInvisible('ok \u2764\uFE0F')).toBe('ok \u2764\uFE0F');
    const plain = { a: ['x', { b: 'y' }] };
    expect(withoutInvisibleDeep(plain)).toBe(plain);
    expect(withoutInvisibleDeep({ a: ['x', { b: `y${RLO}` }] })).toEqual({ a: ['x', { b: 'y' }] });
  });

  it('an application address padded with zero-width spaces is the profile\'s own address, not "another profile"', () => {
    const profile = snapshot({ slug: 'jane-doe' });
    const app = readPastedText(`Jane Doe\nlinkedin.com/in/ja\u200Bne-d\u200Boe\nExperience\nSenior Engineer, Globex\n2019 – Present`);
    expect(app.linkedinUrls[0]).toContain('\u200B');
    const found = compareWithApplication(profile, app, context()).findings.map((f) => f.signal);
    expect(found).not.toContain('application-linkedin-url-vs-profile');
  });

  it('an address written backwards inside an override is another profile, and its evidence shows it as it is', () => {
    const profile = snapshot({ slug: 'jane-doe' });
    const app = readPastedText(`Jane Doe\nlinkedin.com/in/${RLO}eod-enaj${PDF}\nExperience\nSenior Engineer, Globex\n2019 – Present`);
    const finding = compareWithApplication(profile, app, context()).findings.find((f) => f.signal === 'application-linkedin-url-vs-profile');
    expect(finding?.evidence).toContain('/in/eod-enaj/');
    expect(finding?.evidence).not.toMatch(/[\u202A-\u202E]/);
  });

  it('a profile name with a hidden override is compared without it', () => {
    const clean = assess(snapshot({ name: 'Jane Doe' }), context()).findings.map((f) => f.signal).sort();
    const hidden = assess(snapshot({ name: `Jane ${RLO}Doe` }), context()).findings.map((f) => f.signal).sort();
    expect(hidden).toEqual(clean);
  });

  it('reports write hidden characters out visibly, in every text form', () => {
    const bundle = buildBundle({
      idempotencyKey: 'k-1',
      createdAt: new Date('2026-11-01T10:00:00Z'),
      extensionVersion: '1.2.3',
      profileKey: 'slug:jane-doe',
      snapshot: snapshot({ name: `Jane ${RLO}eoD` }),
      assessment: { score: 0, level: 'low', findings: [], notChecked: [], checksRun: 1, checksTotal: 1 },
      earlier: [],
      note: null,
      destinations: ['clipboard'],
      screenshot: null,
      screenshotNote: 'none',
    });
    expect(bundle.profile.name).toBe(`Jane ${RLO}eoD`);
    expect(bundleText(bundle)).toContain('Jane ⟦U+202E⟧eoD');
    expect(slackMessage(bundle).text).toContain('Jane ⟦U+202E⟧eoD');
    expect(decodeURIComponent(mailtoUrl('a@example.org', bundle))).toContain('Jane ⟦U+202E⟧eoD');
    expect(bundleText(bundle)).not.toContain(RLO);
  });
});
