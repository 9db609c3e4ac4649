// The pill's words and the "not checked" links: pure functions.
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/model.ts';
import { isSafeViewUrl, profileSlug, viewFor, viewUrl } from '../../src/ui/missing-views.ts';
import { SCORING } from '../../src/score.ts';
import { countedFindings, levelWords, pillLine, pillState, reviewLine } from '../../src/ui/texts.ts';
import { toolbarBadge } from '../../src/ui/toolbar-badge.ts';
import { evidenceLevelWords } from '../../src/evidence-words.ts';
import type { TabState } from '../../src/messages.ts';

const finding = (severity: Severity): Finding => ({ id: severity, signal: severity, category: 'timeline', severity, title: '', evidence: '', howToVerify: '', refs: [] });

describe('pill line', () => {
  const base = { score: 0, findings: [], notChecked: [], checksRun: 9, checksTotal: 14 };

  it('says the level in words, the number of findings and the coverage', () => {
    expect(pillLine({ ...base, level: 'medium', findings: [finding('warn'), finding('warn')] })).toBe('Some concerns · 2 findings · 9 of 14 checks ran');
    expect(pillLine({ ...base, level: 'high', findings: [finding('alert'), finding('warn')] })).toBe('High risk · 2 findings · 9 of 14 checks ran');
  });

  it('says "No concerns", in green, only with no finding that counts, most checks run and the account-history checks among them', () => {
    expect(pillState({ ...base, level: 'low' })).toEqual({ text: 'No concerns in what was checked · 0 findings · 9 of 14 checks ran', tone: 'low' });
    // More than half is "most checks run"; exactly half is not.
    expect(pillState({ ...base, level: 'low', checksRun: 8 })).toEqual({ text: 'No concerns in what was checked · 0 findings · 8 of 14 checks ran', tone: 'low' });
    expect(pillState({ ...base, level: 'low', checksRun: 7 })).toEqual({ text: 'Partly checked: 7 of 14 checks ran', tone: 'neutral' });
  });

  it('vouches for nothing while "About this profile" was not read: "No signs so far", neutral, and "?" on the toolbar (issue 22, item 4)', () => {
    const history = { signal: 'identity-edits-on-an-old-account', category: 'identity' as const, reason: 'not opened', howToSee: 'open it', view: 'aboutThisProfile' as const };
    const a = { ...base, level: 'low' as const, checksRun: 16, checksTotal: 25, notChecked: [history] };
    expect(pillState(a)).toEqual({ text: 'No signs so far · “About this profile” not opened · 16 of 25 checks ran', tone: 'neutral' });
    expect(levelWords(a)).toBe('No signs so far');
    expect(toolbarBadge({ status: 'profile', assessment: a } as unknown as TabState)).toMatchObject({ text: '?' });
    // A history check that ran on what was shown and only says what it left out does not hold the green back.
    const partial = { ...a, notChecked: [{ ...history, partial: true }] };
    expect(pillState(partial).tone).toBe('low');
    expect(toolbarBadge({ status: 'profile', assessment: partial } as unknown as TabState)).toMatchObject({ text: 'L' });
    // Evidence found is said whatever did not run.
    expect(pillState({ ...a, level: 'high', findings: [finding('alert'), finding('alert')] }).tone).toBe('high');
    // The panel's first line says the same.
    expect(evidenceLevelWords(a, [])).toMatch(/^No signs so far: “About this profile” was not read/);
  });

  it('never counts a note (info, weight 0) as a finding: "no concerns · 1 finding" cannot be written', () => {
    // The pill counts exactly the severities the score gives weight to.
    for (const severity of ['info', 'warn', 'alert'] as const) expect(countedFindings([finding(severity)]).length).toBe(SCORING.SEVERITY_POINTS[severity] > 0 ? 1 : 0);
    const notes = { ...base, level: 'low' as const, findings: [finding('info'), finding('info')] };
    expect(pillState(notes)).toEqual({ text: 'No concerns in what was checked · 0 findings · 9 of 14 checks ran', tone: 'low' });
    expect(pillLine({ ...base, level: 'medium', findings: [finding('alert'), finding('info')] })).toBe('Some concerns · 1 finding · 9 of 14 checks ran');
  });

  it('is neutral with "Minor concerns" for a low score that has a finding that counts', () => {
    expect(pillState({ ...base, level: 'low', findings: [finding('warn'), finding('info')] })).toEqual({ text: 'Minor concerns · 1 finding · 9 of 14 checks ran', tone: 'neutral' });
  });

  it('is neutral, never green, when fewer than half the checks ran', () => {
    const thin = { ...base, level: 'low' as const, checksRun: 6, checksTotal: 25 };
    expect(pillState(thin)).toEqual({ text: 'Partly checked: 6 of 25 checks ran', tone: 'neutral' });
    expect(pillState({ ...thin, findings: [finding('info')] })).toEqual({ text: 'Partly checked: 6 of 25 checks ran', tone: 'neutral' });
    expect(pillState({ ...thin, findings: [finding('warn')] })).toEqual({ text: 'Partly checked: 1 finding · 6 of 25 checks ran', tone: 'neutral' });
    // Evidence found stays said, however few checks ran.
    expect(pillState({ ...thin, level: 'high', findings: [finding('alert'), finding('alert')] })).toEqual({ text: 'High risk · 2 findings · 6 of 25 checks ran', tone: 'high' });
  });

  it('gives the panel the same level words as the pill, without "no concerns" beside a finding', () => {
    expect(levelWords({ ...base, level: 'low', findings: [finding('info')] })).toBe('No concerns in what was checked');
    expect(levelWords({ ...base, level: 'low', findings: [finding('warn')] })).toBe('Minor concerns');
    expect(levelWords({ ...base, level: 'low', checksRun: 6, checksTotal: 25 })).toBe('Partly checked');
    expect(levelWords({ ...base, level: 'high', checksRun: 6, checksTotal: 25 })).toBe('High risk');
  });

  it('keeps the "layout is new" wording, counting only findings that count, and is not green', () => {
    expect(pillState({ ...base, level: 'low', layoutNew: true, findings: [finding('info')] })).toEqual({ text: 'this LinkedIn layout is new to Telltale · 9 of 14 checks ran', tone: 'neutral' });
    expect(pillState({ ...base, level: 'low', layoutNew: true, findings: [finding('warn')] })).toEqual({
      text: 'this LinkedIn layout is new to Telltale · 1 finding · 9 of 14 checks ran',
      tone: 'neutral',
    });
    expect(pillState({ ...base, level: 'medium', layoutNew: true, findings: [finding('alert')] }).tone).toBe('medium');
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
