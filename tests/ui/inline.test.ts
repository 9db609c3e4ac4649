// The inline UI's controller on a small invented page: hosts beside the right elements, one per
// anchor, idempotent re-draws, the panel's content and actions, text rendered as text.
import { describe, expect, it, vi } from 'vitest';
import { createInlineUi, planBadges } from '../../src/ui/inline.tsx';
import { rootOf } from '../../src/ui/hosts.ts';
import { assessment, click, elementsOf, finding, FINDINGS, hostsOf, pageDocument, PROFILE_HTML, syntheticClick, trustedEvent } from './dom.ts';

const URL_ = 'https://www.linkedin.com/in/jordan-ellis-1a2b3c/';

function setup(options: Parameters<typeof createInlineUi>[1] = {}) {
  const doc = pageDocument(PROFILE_HTML);
  const ui = createInlineUi(doc, options);
  const elements = elementsOf(doc);
  const show = (findings = FINDINGS, review = null as null | { outcome: 'cleared'; at: string }) =>
    ui.showAssessment({ url: URL_, profileKey: 'member:1', assessment: assessment(findings), review, elements });
  return { doc, ui, elements, show };
}

const panelRoot = (doc: Document) => rootOf(doc.querySelector('[data-telltale="panel"]'));
const pillRoot = (doc: Document) => rootOf(doc.querySelector('[data-telltale="pill"]'))!;
/** linkedom's shadow roots have no textContent of their own. */
const textOf = (root: ShadowRoot | null) => [...(root?.children ?? [])].filter((e) => e.tagName !== 'STYLE').map((e) => e.textContent).join('');

describe('inline UI', () => {
  it('puts the pill right after the name with the level, the count and the coverage', () => {
    const { doc, show } = setup();
    show();
    const pill = doc.querySelector('h1')!.nextElementSibling!;
    expect(pill.getAttribute('data-telltale')).toBe('pill');
    expect(rootOf(pill)!.querySelector('[data-part~="pill"]')!.textContent).toBe('Telltale: High risk · 4 findings · 9 of 14 checks ran'); // the note (info) is not counted
    expect(rootOf(pill)!.querySelector('button')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the level on the pill of a profile the user cleared, muted, beside their decision (issue 25, item 3)', () => {
    const { doc, show } = setup();
    show(FINDINGS, { outcome: 'cleared', at: '2026-11-22T10:00:00.000Z' });
    const root = rootOf(doc.querySelector('[data-telltale="pill"]'))!;
    expect(root.querySelector('[data-part~="pill"]')!.textContent).toBe('Telltale: High risk · Cleared by you on Nov 22, 2026');
    expect(root.querySelector('button')!.getAttribute('data-tone')).toBe('cleared');
    // No second line repeating the decision.
    expect(root.querySelector('[data-part="review"]')).toBeNull();
  });

  it('badges each element a finding concerns once, the section rather than its items, never inside a button', () => {
    const { doc, show } = setup();
    show();
    const badges = hostsOf(doc).filter((h) => h.role === 'badge');
    expect(badges.map((b) => b.key).sort()).toEqual(['activity', 'experience:0', 'experience:1', 'name', 'photo']);
    // Block entries get the badge as their first child; the photo's badge goes after its button.
    expect(doc.getElementById('exp0')!.firstElementChild?.getAttribute('data-telltale-key')).toBe('experience:0');
    expect(doc.querySelector('#activity h2')!.nextElementSibling?.getAttribute('data-telltale-key')).toBe('activity');
    expect(doc.querySelector('button.photo')!.nextElementSibling?.getAttribute('data-telltale-key')).toBe('photo');
    expect(doc.querySelector('button.photo [data-telltale]')).toBeNull();
    // The name's badge comes after the pill.
    expect(doc.querySelector('h1')!.nextElementSibling!.nextElementSibling!.getAttribute('data-telltale-key')).toBe('name');
    expect(badges.find((b) => b.key === 'experience:0')!.text).toContain('Two full-time jobs at once');
  });

  it('draws idempotently: the same hosts after any number of re-runs, updated in place', () => {
    const { doc, show } = setup();
    show();
    const first = hostsOf(doc).map((h) => h.host);
    show();
    show();
    const again = hostsOf(doc).map((h) => h.host);
    expect(again).toHaveLength(first.length);
    expect(again.every((h, i) => h === first[i])).toBe(true);
    // Fewer findings: the badges that no longer apply go, the rest stay the same elements.
    show([FINDINGS[0]!]);
    expect(hostsOf(doc).map((h) => h.key).sort()).toEqual(['experience:0', 'experience:1', 'pill']);
    expect(doc.querySelectorAll('[data-telltale="pill"]')).toHaveLength(1);
  });

  it('removes everything when asked', () => {
    const { doc, show, ui } = setup();
    show();
    ui.removeAll();
    expect(doc.querySelectorAll('[data-telltale]')).toHaveLength(0);
  });

  it('opens a labelled dialog that leads with what to do, then the findings strongest first, what was not checked and how the score works', () => {
    const { doc, show } = setup();
    show();
    click(pillRoot(doc).querySelector('button'));
    const panel = panelRoot(doc)!;
    const dialog = panel.querySelector('[role="dialog"]')!;
    expect(panel.getElementById?.(dialog.getAttribute('aria-labelledby')!) ?? panel.querySelector('#tt-title')).toBeTruthy();
    const text = dialog.textContent!;
    expect(text).toContain('not a verdict');
    expect(text).toContain('possibly compromised or misrepresented');
    // The first lines: the evidence in words, one button per view that would run more checks, what to check next.
    const summary = panel.querySelector('.next')!;
    expect(summary.querySelector('.lead')!.textContent).toBe('Strong signs to review: 1 alert, 3 warnings and 1 note.');
    expect([...summary.querySelectorAll('.todo li')].map((li) => li.textContent)).toEqual(['Open contact info 1 more check']);
    expect([...summary.querySelectorAll('.steps li')].map((li) => li.querySelector('strong')!.textContent)).toEqual([
      'Profile address names a different person.',
      'Activity resumed after a long silence.',
      'Two full-time jobs at once.',
    ]);
    // Findings strongest first (not by category), each with its category named.
    const titles = [...panel.querySelectorAll('.finding h4')].map((h) => h.textContent);
    expect(titles).toEqual(['AlertProfile address names a different person', 'WarningActivity resumed after a long silence', 'WarningTwo full-time jobs at once', 'WarningThin network', 'NoteNo photo']);
    const headings = [...panel.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['What to check next', 'Findings and notes, strongest first (5)', 'Not checked']);
    expect(text).toContain('Contact info · 1 check');
    // The score in plain words, its meaning folded away.
    expect(panel.querySelector('details.score summary')!.textContent).toBe('Score 72 of 100 · 9 of 14 checks ran: how the score works');
    expect(text).not.toMatch(/weight of evidence/i);
    // The one button that opens the contact overlay is at the top; the Not checked list repeats no button.
    expect([...panel.querySelectorAll('button')].filter((b) => b.textContent === 'Open contact info')).toHaveLength(1);
    // "Show on the page" for each finding that has a badge, none for the one that has no place on the page.
    const showable = [...panel.querySelectorAll('.finding')].filter((f) => [...f.querySelectorAll('button')].some((b) => b.textContent === 'Show on the page'));
    expect(showable.map((f) => f.querySelector('h4')!.textContent)).not.toContain('WarningThin network');
    expect(showable).toHaveLength(4);
    expect(pillRoot(doc).querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
    // The Escape key closes it.
    dialog.dispatchEvent(trustedEvent(dialog, 'keydown', { key: 'Escape' }));
    expect(panelRoot(doc)).toBeNull();
  });

  it('"Show on the page" scrolls to the finding\'s entry and highlights its badge, keeping the panel open', () => {
    const { doc, show } = setup();
    show();
    const scrolled: string[] = [];
    for (const el of doc.querySelectorAll('[id]')) (el as Element & { scrollIntoView(): void }).scrollIntoView = () => scrolled.push(el.id);
    click(pillRoot(doc).querySelector('button'));
    const item = [...panelRoot(doc)!.querySelectorAll('.finding')].find((f) => f.querySelector('h4')!.textContent!.includes('Two full-time jobs'))!;
    click([...item.querySelectorAll('button')].find((b) => b.textContent === 'Show on the page'));
    expect(scrolled).toEqual(['exp0']);
    const badge = (key: string) => rootOf(doc.querySelector(`[data-telltale="badge"][data-telltale-key="${key}"]`))!.querySelector('button')!;
    expect(badge('experience:0').className).toContain('flash');
    expect(badge('name').className).not.toContain('flash');
    expect(panelRoot(doc)).not.toBeNull();
  });

  it('"Show on the page" for a finding that shares its entry\'s badge puts that finding\'s title on the badge (issue 25, item 4)', () => {
    const { doc, ui, elements } = setup();
    const gap = finding({ id: 'new-role-after-gap', severity: 'alert', title: 'New current role after a long gap', refs: ['experience:0'] });
    ui.showAssessment({ url: URL_, profileKey: 'member:1', assessment: assessment([gap, ...FINDINGS]), review: null, elements });
    for (const el of doc.querySelectorAll('[id]')) (el as Element & { scrollIntoView(): void }).scrollIntoView = () => {};
    const badgeText = () => rootOf(doc.querySelector('[data-telltale="badge"][data-telltale-key="experience:0"]'))!.querySelector('[data-part="badge"]')!.textContent;
    expect(badgeText()).toBe('New current role after a long gap');
    click(pillRoot(doc).querySelector('button'));
    const item = [...panelRoot(doc)!.querySelectorAll('.finding')].find((f) => f.querySelector('h4')!.textContent!.includes('Two full-time jobs'))!;
    click([...item.querySelectorAll('button')].find((b) => b.textContent === 'Show on the page'));
    const badge = rootOf(doc.querySelector('[data-telltale="badge"][data-telltale-key="experience:0"]'))!.querySelector('button')!;
    expect(badge.className).toContain('flash');
    expect(badgeText()).toBe('Two full-time jobs at once');
    expect(badge.textContent).toMatch(/\+1/);
  });

  it('after "Show on the page", pressing the highlighted badge brings the finding back instead of closing the panel', () => {
    const { doc, show } = setup();
    show();
    for (const el of doc.querySelectorAll('[id]')) (el as Element & { scrollIntoView(): void }).scrollIntoView = () => {};
    const badge = () => rootOf(doc.querySelector('[data-telltale="badge"][data-telltale-key="experience:0"]'))!.querySelector('button')!;
    click(badge());
    expect(panelRoot(doc)).not.toBeNull();
    const item = [...panelRoot(doc)!.querySelectorAll('.finding')].find((f) => [...f.querySelectorAll('button')].some((b) => b.textContent === 'Show on the page'))!;
    click([...item.querySelectorAll('button')].find((b) => b.textContent === 'Show on the page'));
    click(badge());
    expect(panelRoot(doc)).not.toBeNull();
    click(badge()); // a second press, as before, closes it
    expect(panelRoot(doc)).toBeNull();
  });

  it('gives a source once: a later finding with the same source points back to the first', () => {
    const explain = (signal: string) => ({ whyItMatters: `Why ${signal}.`, benign: '', source: signal === 'url-slug-vs-name' ? 'Advisory B.' : 'Advisory A, a full sentence.' });
    const { doc, show } = setup({ explain });
    show();
    click(pillRoot(doc).querySelector('button'));
    const sources = [...panelRoot(doc)!.querySelectorAll('.finding')].map((f) => {
      const dts = [...f.querySelectorAll('dt')];
      return dts.find((d) => d.textContent === 'Source')?.nextElementSibling?.textContent;
    });
    expect(sources).toEqual([
      'Advisory B.',
      'Advisory A, a full sentence.',
      'The same as for “Activity resumed after a long silence” above.',
      'The same as for “Activity resumed after a long silence” above.',
      'The same as for “Activity resumed after a long silence” above.',
    ]);
  });

  it('opens a missing view at the address it builds from the profile\'s own URL, only when its button is pressed', () => {
    const navigate = vi.fn();
    const { doc, show } = setup({ navigate });
    const followed = vi.fn();
    doc.getElementById('contact')!.addEventListener('click', (e) => {
      e.preventDefault();
      followed();
    });
    show();
    click(pillRoot(doc).querySelector('button'));
    expect(navigate).not.toHaveBeenCalled();
    const open = [...panelRoot(doc)!.querySelectorAll('button')].find((b) => b.textContent === 'Open contact info');
    click(open);
    expect(navigate).toHaveBeenCalledWith('https://www.linkedin.com/in/jordan-ellis-1a2b3c/overlay/contact-info/');
    // The page's own link is never clicked.
    expect(followed).not.toHaveBeenCalled();
    expect(panelRoot(doc)).toBeNull();
  });

  it('does nothing on events a page script makes (isTrusted false)', async () => {
    const navigate = vi.fn();
    const saveReview = vi.fn(async () => ({ outcome: 'cleared' as const, at: '2026-11-22T10:00:00.000Z' }));
    const forget = vi.fn(async () => true);
    const onReport = vi.fn();
    const { doc, show } = setup({ navigate, saveReview, forget, onReport });
    show();
    syntheticClick(pillRoot(doc).querySelector('button'));
    expect(panelRoot(doc)).toBeNull();
    click(pillRoot(doc).querySelector('button'));
    const buttons = () => [...panelRoot(doc)!.querySelectorAll('button')];
    const radio = panelRoot(doc)!.querySelector('input[value="cleared"]')!;
    syntheticClick(radio);
    for (const label of ['Open contact info', 'Report this profile…', 'Forget this profile']) syntheticClick(buttons().find((b) => b.textContent === label));
    await new Promise((r) => setTimeout(r, 20));
    expect(navigate).not.toHaveBeenCalled();
    expect(onReport).not.toHaveBeenCalled();
    expect(forget).not.toHaveBeenCalled();
    expect(saveReview).not.toHaveBeenCalled();
    expect(buttons().some((b) => b.textContent === 'Yes, forget it')).toBe(false);
  });

  it('asks before it forgets: a second, trusted click on "Yes, forget it" does it', async () => {
    const forget = vi.fn(async () => true);
    const { doc, show } = setup({ forget });
    show();
    click(pillRoot(doc).querySelector('button'));
    const buttons = () => [...panelRoot(doc)!.querySelectorAll('button')];
    click(buttons().find((b) => b.textContent === 'Forget this profile'));
    await new Promise((r) => setTimeout(r, 20));
    expect(forget).not.toHaveBeenCalled();
    syntheticClick(buttons().find((b) => b.textContent === 'Yes, forget it'));
    expect(forget).not.toHaveBeenCalled();
    click(buttons().find((b) => b.textContent === 'Keep it'));
    await new Promise((r) => setTimeout(r, 20));
    expect(buttons().some((b) => b.textContent === 'Yes, forget it')).toBe(false);
    click(buttons().find((b) => b.textContent === 'Forget this profile'));
    await new Promise((r) => setTimeout(r, 20));
    click(buttons().find((b) => b.textContent === 'Yes, forget it'));
    await new Promise((r) => setTimeout(r, 20));
    expect(forget).toHaveBeenCalledWith('member:1', false);
    expect(textOf(panelRoot(doc))).toContain('Telltale no longer remembers this profile.');
  });

  it('keeps its roots closed: the page sees hosts, not what they say', () => {
    const { doc, show } = setup();
    show();
    click(pillRoot(doc).querySelector('button'));
    for (const host of doc.querySelectorAll('[data-telltale]')) {
      expect(host.shadowRoot).toBeNull();
      expect(rootOf(host)).not.toBeNull();
      expect([...host.attributes].map((a) => a.name).sort()).toEqual(['data-placement', 'data-telltale', 'data-telltale-key', 'data-theme']);
      expect(host.textContent).toBe('');
    }
  });

  it('renders no Report button without a handler, and one that calls it with a handler', () => {
    const { doc, show } = setup();
    show();
    click(pillRoot(doc).querySelector('button'));
    expect(textOf(panelRoot(doc))).not.toContain('Report');

    const onReport = vi.fn();
    const withReport = setup({ onReport });
    withReport.show();
    click(pillRoot(withReport.doc).querySelector('button'));
    const report = [...panelRoot(withReport.doc)!.querySelectorAll('button')].find((b) => /Report/.test(b.textContent ?? ''));
    click(report);
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onReport.mock.calls[0]![0]).toMatchObject({ profileKey: 'member:1' });
  });

  it('"Report this profile…" asks for the report page and draws no form in the page; a refusal is said', async () => {
    let refuse = false;
    const onReport = vi.fn(async () => {
      if (refuse) throw new Error('this tab does not show that profile now');
    });
    const { doc, show } = setup({ onReport });
    show();
    click(pillRoot(doc).querySelector('button'));
    const reportButton = () => [...panelRoot(doc)!.querySelectorAll('button')].find((b) => b.textContent === 'Report this profile…');
    click(reportButton());
    await new Promise((r) => setTimeout(r, 20));
    const panel = panelRoot(doc)!;
    expect(panel.querySelector('form, textarea, [data-telltale-report]')).toBeNull();
    expect(textOf(panel)).toContain('The report form opened in a Telltale tab');
    refuse = true;
    click(reportButton());
    await new Promise((r) => setTimeout(r, 20));
    expect(textOf(panelRoot(doc))).toContain('Could not open the report form: this tab does not show that profile now');
    expect(onReport).toHaveBeenCalledTimes(2);
  });

  it('files a review with the worker and shows it beside the pill', async () => {
    const saveReview = vi.fn(async () => ({ outcome: 'needs-follow-up' as const, at: '2026-11-22T10:00:00.000Z' }));
    const { doc, show } = setup({ saveReview });
    show();
    click(pillRoot(doc).querySelector('button'));
    const panel = panelRoot(doc)!;
    const radio = [...panel.querySelectorAll('input[type="radio"]')].find((r) => r.getAttribute('value') === 'needs-follow-up')!;
    click(radio);
    radio.dispatchEvent(trustedEvent(radio, 'change'));
    (radio as HTMLInputElement).checked = true;
    radio.dispatchEvent(trustedEvent(radio, 'input'));
    await new Promise((r) => setTimeout(r, 20));
    click([...panelRoot(doc)!.querySelectorAll('button')].find((b) => b.textContent === 'Save review'));
    await new Promise((r) => setTimeout(r, 20));
    expect(saveReview).toHaveBeenCalledWith('member:1', 'needs-follow-up');
    expect(pillRoot(doc).querySelector('[data-part~="review"]')!.textContent).toMatch(/^Reviewed: Needs follow-up, /);
  });

  it('renders profile text as text: markup in a finding shows as characters and makes no element', () => {
    const { doc, show } = setup();
    const markup = '<img src=x onerror=alert(1)>';
    show([finding({ id: 'url-slug-vs-name', category: 'identity', title: `Name ${markup}`, evidence: `The name reads "${markup}".`, refs: ['name'] })]);
    click(pillRoot(doc).querySelector('button'));
    const all = hostsOf(doc);
    expect(all.map((h) => rootOf(h.host)!.querySelectorAll('img').length)).toEqual(all.map(() => 0));
    expect(textOf(panelRoot(doc))).toContain(`The name reads "${markup}".`);
  });

  it('says a page it cannot read could not be checked', () => {
    const doc = pageDocument('<html><body><main><h2>Sign in</h2></main></body></html>');
    const ui = createInlineUi(doc);
    ui.showUnreadable('LinkedIn shows a sign-in wall or redirect, not a profile');
    const pill = doc.querySelector('[data-telltale="pill"]')!;
    expect(pill.getAttribute('data-placement')).toBe('fixed');
    expect(rootOf(pill)!.querySelector('[data-part~="pill"]')!.textContent).toBe(
      'Telltale: could not check this page (LinkedIn shows a sign-in wall or redirect, not a profile)',
    );
  });

  it('plans no badge for refs the page does not have', () => {
    const doc = pageDocument(PROFILE_HTML);
    const plans = planBadges([finding({ id: 'x', refs: ['contact:phone:0', 'education:4'] })], elementsOf(doc), null);
    expect(plans).toEqual([]);
  });
});
