// Invented cases for the export tests: invented people, example.com / .test addresses, +1 555 01xx
// numbers. Reports are built with buildBundle from the test snapshots, as the extension sends them.
import type { Assessment, Finding, ProfileSnapshot } from '../../src/model.ts';
import { buildBundle, type EvidenceBundle } from '../../src/report/bundle.ts';
import type { ConfirmedCase } from '../../hub/exports/case.ts';
import { snapshot, withContact } from '../worker/fakes.ts';

const finding = (id: string, title: string, evidence: string): Finding => ({
  id,
  signal: id,
  category: 'contact',
  severity: 'warn',
  title,
  evidence,
  howToVerify: 'Ask the candidate.',
  refs: [],
});

const assessment = (findings: Finding[]): Assessment => ({ score: 5, level: 'high', findings, notChecked: [], checksRun: 10, checksTotal: 12 });

function report(key: string, at: string, s: ProfileSnapshot, findings: Finding[], earlier: { seenAt: string; snapshot: ProfileSnapshot }[] = []): EvidenceBundle {
  return buildBundle({
    idempotencyKey: `report-${key}-${at}`,
    createdAt: new Date(at),
    extensionVersion: '1.0.0',
    // The extension's own local key: never the hub's, and never in an export.
    profileKey: `local-${key}`,
    snapshot: s,
    assessment: assessment(findings),
    earlier,
    note: 'Reporter note: private to the hub',
    destinations: ['webhook'],
    screenshot: 'data:image/jpeg;base64,SECRETSCREENSHOT',
    screenshotNote: null,
  });
}

export const DANA_KEY = 'q3Xw9mK2-vL8_rT5nB1cY7zA0pQ4sD6fG8hJ2kL4mN0';
export const ALEX_KEY = 'Z9y8X7w6-V5u4_T3s2R1q0P9o8N7m6L5k4J3i2H1g0F';
export const PRIYA_KEY = 'P0n0tC0nf1rm3d-unc0nf1rm3d_k3y-AAAAAAAAAAA';
export const NOBODY_KEY = 'N0b0dy-n0-n4m3_n0-sl4g-BBBBBBBBBBBBBBBBBBBB';

/** Dana: renamed between two reports; a quote and an apostrophe in the name; an apostrophe in an address. */
export const DANA_NAME = 'Dana "DJ" O\'Neil';
export const DANA_EMAIL = "dana.o'neil@example.com";
const danaEarlier = withContact(snapshot({ slug: 'dana-oneil', name: 'Dana Oneil', headline: 'Backend Engineer' }), ['+1 555 0140']);
const danaFirst = withContact(snapshot({ slug: 'dana-oneil', name: 'Dana Oneil', headline: 'Backend Engineer' }), ['+1 555 0141']);
const danaNow = withContact(snapshot({ slug: 'dana-oneil', name: DANA_NAME, headline: 'Senior Backend Engineer' }), ['+1 555 0142', '+1 (555) 0141'], [DANA_EMAIL]);

export const dana: ConfirmedCase = {
  profileKey: DANA_KEY,
  status: 'confirmed_fraud',
  note: 'Same phone as two other applicants.',
  triagedAt: '2026-11-20T09:30:00.000Z',
  triagedBy: 'Sam (security)',
  reports: [
    report('dana', '2026-11-10T12:00:00.000Z', danaFirst, [finding('name-changed', 'Name changed recently', 'The name was "Dana Oneil" before.')], [
      { seenAt: '2026-10-01T08:00:00.000Z', snapshot: danaEarlier },
    ]),
    report('dana', '2026-11-18T15:45:00.000Z', danaNow, [
      finding('app-email', 'The application gives another e-mail', 'The application gives dj.work@example.test; the profile shows none.'),
      // Masked (the reporter did not tick "in clear"), and an address cut short by findEmails: neither is taken.
      finding('app-phone', 'The application gives another phone', 'The application gives d•@example.test and +1 ••• ••• 0188.'),
      finding('app-quote', 'Reference e-mail', "A reference wrote from o'brien@example.com."),
    ]),
  ],
};

/** Alex: a name a spreadsheet would run, a headline with a comma and a new line. */
export const ALEX_NAME = '=HYPERLINK("http://evil.test","Alex")';
export const ALEX_HEADLINE = 'Engineer, Platform\nRemote';
export const alex: ConfirmedCase = {
  profileKey: ALEX_KEY,
  status: 'confirmed_fraud',
  note: '-check the payroll account, @finance',
  triagedAt: '2026-11-21T10:00:00.000Z',
  triagedBy: 'Ravi',
  reports: [
    report('alex', '2026-11-19T11:00:00.000Z', withContact(snapshot({ slug: 'alex-smith-2b', name: ALEX_NAME, headline: ALEX_HEADLINE }), ['+1 555 0199'], ['alex@example.test']), [
      finding('photo', 'Photo used by another profile', 'The same photo is on another profile.'),
    ]),
  ],
};

/** A report no one confirmed: nothing of it may appear in an export. */
export const priyaReport = report('priya', '2026-11-19T11:00:00.000Z', withContact(snapshot({ slug: 'priya-unconfirmed', name: 'Priya Unconfirmed' }), ['+1 555 0177'], ['priya@example.com']), []);
export const PRIYA_LEAKS = ['Priya', 'priya-unconfirmed', 'priya@example.com', '555 0177', PRIYA_KEY];

/** What no export carries: the reporters' notes, the screenshot, the extension's local keys. */
export const NEVER = ['Reporter note', 'SECRETSCREENSHOT', 'local-dana', 'local-alex'];

/** A profile that showed neither a name nor a public identifier. */
export const nobody: ConfirmedCase = {
  profileKey: NOBODY_KEY,
  status: 'confirmed_fraud',
  note: null,
  triagedAt: '2026-11-22T10:00:00.000Z',
  triagedBy: 'Sam (security)',
  reports: [
    report('nobody', '2026-11-21T10:00:00.000Z', withContact(snapshot({ slug: null, name: null, profileUrl: null, url: null }), ['+1 555 0100'], ['nobody@example.test']), []),
  ],
};

export const NOW = new Date('2026-12-01T12:00:00.000Z');
