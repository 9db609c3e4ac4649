// The `telltale compare` command, run as a user would: spawning bin/telltale.js on the invented
// fixture profiles and the application corpus, faithful and with planted mismatches.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'bin/telltale.js');
const tmp = mkdtempSync(join(tmpdir(), 'telltale-compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Output {
  profile: { name: string };
  application: { name: string; positions: unknown[] };
  findings: { signal: string; category: string; severity: string; title: string; evidence: string }[];
  notChecked: { signal: string }[];
}

const MARTA = 'fixtures/logged-in-2024/marta-lindqvist.html';
const KATRIN = 'fixtures/logged-in-2024/de-katrin-vogel.html';

/** Marta Lindqvist's application as an ATS would show it: faithful to the fixture profile. */
const MARTA_TEXT = `Marta Lindqvist
Gothenburg, Sweden | +46 70 765 43 21 | marta.lindqvist@outlook.com | linkedin.com/in/marta-lindqvist-example

EXPERIENCE
Head of Data & Analytics — Nordlys Energi
Mar 2022 – Present
Analytics Manager — Kustbanken
Jan 2019 – Feb 2022
Senior Analyst — Kustbanken
2016 – Dec 2018

EDUCATION
Chalmers University of Technology
Master of Science in Engineering Mathematics
2011 – 2014
`;

describe('telltale compare', { timeout: 180_000 }, () => {
  it('prints help, and refuses bad arguments with exit 2 and a message', () => {
    const help = run('compare', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: telltale compare PROFILE.html APPLICATION');
    expect(run('--help').stdout).toContain('compare PROFILE.html');
    for (const args of [['compare', MARTA], ['compare', MARTA, 'a.txt', 'b.txt'], ['compare', MARTA, 'fixtures/applications/anna-lindqvist.en.txt', '--now', '2024-02-30']]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/telltale compare: .+/);
    }
  });

  it('reads a faithful German PDF against its profile: the application as read, nothing above info, exit 0', () => {
    const r = run('compare', KATRIN, 'fixtures/applications/katrin-vogel.de.pdf');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('name: Katrin Vogel');
    expect(r.stdout).toContain('Leiterin Einkauf · Isar Antriebe GmbH (Feb 2019 – Present)');
    expect(r.stdout).toMatch(/comparison: \d+ findings? \(low, 0\)/);
    expect(r.stdout).not.toMatch(/\[(warn|alert)\]/);
  });

  it('prints one JSON object with the profile, the application, the findings and what was not compared', () => {
    const file = join(tmp, 'marta.txt');
    writeFileSync(file, MARTA_TEXT);
    const r = run('compare', MARTA, file, '--json', '--now', '2024-08-01');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(Object.keys(out)).toEqual(['profile', 'application', 'findings', 'notChecked']);
    expect(out.profile.name).toBe('Marta Lindqvist');
    expect(out.application.name).toBe('Marta Lindqvist');
    expect(out.application.positions).toHaveLength(3);
    expect(out.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    for (const f of out.findings) expect(Object.keys(f)).toEqual(['signal', 'category', 'severity', 'title', 'evidence']);
    // The fixture page was saved without the contact overlay: the phone comparison says so.
    expect(out.notChecked.map((n) => n.signal)).toContain('application-phone-vs-profile-phone');
  });

  it.each([
    ['another LinkedIn URL', (t: string) => t.replace('marta-lindqvist-example', 'marta-lindqvist-2'), 'application-linkedin-url-vs-profile', 'alert'],
    ['a degree shifted by two years', (t: string) => t.replace('2011 – 2014', '2011 – 2016'), 'application-degree-dates-vs-profile', 'warn'],
    ['a different degree', (t: string) => t.replace('Master of Science in Engineering Mathematics', 'PhD in Engineering Mathematics'), 'application-degree-not-on-profile', 'warn'],
    ["an employer's dates moved by a year", (t: string) => t.replace('Mar 2022 – Present', 'Mar 2021 – Present'), 'application-employment-dates-vs-profile', 'warn'],
    ['an invalid phone', (t: string) => t.replace('+46 70 765 43 21', '+46 70 765 43'), 'application-phone-invalid', 'warn'],
    ['a disposable email', (t: string) => t.replace('outlook.com', 'mailinator.com'), 'application-disposable-email', 'alert'],
  ] as const)('finds %s', (_kind, plant, signal, severity) => {
    const file = join(tmp, `${signal}.txt`);
    writeFileSync(file, plant(MARTA_TEXT));
    const r = run('compare', MARTA, file, '--json', '--now', '2024-08-01');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.findings.filter((f) => f.signal === signal).map((f) => f.severity)).toContain(severity);
    expect(out.findings.every((f) => f.category === 'application')).toBe(true);
  });

  it.each([
    ['bad/password-protected.pdf', 'encrypted-pdf', 'password'],
    ['bad/scanned-image-only.pdf', 'image-only-pdf', 'no text layer'],
    ['bad/cut-off.docx', 'corrupt-docx', 'cannot be opened'],
    ['bad/photo-named-as.pdf', 'wrong-type', 'PNG image'],
    ['bad/not-a-resume.json', 'not-json-resume', 'not a JSON Resume'],
  ])('refuses %s with exit 2 and its message', (file, code, words) => {
    const r = run('compare', MARTA, join('fixtures/applications', file), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`(${code})`);
    expect(r.stderr).toContain(words);
  });

  it('exits 2 when the profile cannot be read or is not a profile', () => {
    const notProfile = join(tmp, 'page.html');
    writeFileSync(notProfile, '<html><head><title>Jobs</title></head><body><h1>Jobs</h1></body></html>');
    const missing = run('compare', join(tmp, 'nope.html'), 'fixtures/applications/anna-lindqvist.en.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the profile page');
    const other = run('compare', notProfile, 'fixtures/applications/anna-lindqvist.en.txt');
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/not (look like )?a (LinkedIn )?profile/);
    expect(run('compare', MARTA, join(tmp, 'absent.pdf')).code).toBe(2);
  });
});
