// The inline UI's controller on a small invented page: hosts beside the right elements, one per
// anchor, idempotent re-draws, the panel's content and actions, text rendered as text.
import { describe, expect, it, vi } from 'vitest';
import { createInlineUi, planBadges } from '../../src/ui/inline.tsx';
import { assessment, elementsOf, finding, FINDINGS, hostsOf, pageDocument, PROFILE_HTML } from './dom.ts';

const URL_ = 'https://www.linkedin.com/in/jordan-ellis-1a2b3c/';

function setup(options: Parameters<typeof createInlineUi>[1] = {}) {
  const doc = pageDocument(PROFILE_HTML);
  const ui = createInlineUi(doc, options);
  const elements = elementsOf(doc);
  const show = (findings = FINDINGS, review = null as null | { outcome: 'cleared'; at: string }) =>
    ui.showAssessment({ url: URL_, profileKey: 'member:1', assessment: assessment(findings), review, elements });
  return { doc, ui, elements, show };
}

const click = (el: Element | null | undefined) => el?.dispatchEvent(new (el.ownerDocument.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }));
const panelRoot = (doc: Document) => doc.querySelector('[data-telltale="panel"]')?.shadowRoot ?? null;
/** linkedom's shadow roots have no textContent of their own. */
const textOf = (root: ShadowRoot | null) => [...(root?.children ?? [])].filter((e) => e.tagName !== 'STYLE').map((e) => e.textContent).join('');

describe('inline UI', () => {
  it('puts the pill right after the name with the level, the count and the coverage', () => {
    const { doc, show } = setup();
    show();
    const pill = doc.querySelector('h1')!.nextElementSibling!;
    expect(pill.getAttribute('data-telltale')).toBe('pill');
    expect(pill.shadowRoot!.querySelector('[part~="pill"]')!.textContent).toBe('Telltale: High risk · 5 findings · 9 of 14 checks ran');
    expect(pill.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).toBe('false');
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

  it('opens a labelled dialog listing findings by category, the score as weight of evidence, and what was not checked', () => {
    const { doc, show } = setup();
    show();
    click(doc.querySelector('[data-telltale="pill"]')!.shadowRoot!.querySelector('button'));
    const panel = panelRoot(doc)!;
    const dialog = panel.querySelector('[role="dialog"]')!;
    expect(panel.getElementById?.(dialog.getAttribute('aria-labelledby')!) ?? panel.querySelector('#tt-title')).toBeTruthy();
    const text = dialog.textContent!;
    expect(text).toContain('not a verdict');
    expect(text).toContain('possibly compromised or misrepresented');
    expect(text).toContain('weight of evidence 72 of 100');
    // Categories in order: identity, reactivation, timeline, network.
    const headings = [...panel.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Identity', 'A dormant account woken up', 'Employment timeline', 'Network', 'Not checked']);
    expect(text).toContain('Contact info (the overlay was not opened)');
    expect([...panel.querySelectorAll('button')].map((b) => b.textContent)).toContain('Open contact info');
    expect(doc.querySelector('[data-telltale="pill"]')!.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
    // The Escape key closes it.
    dialog.dispatchEvent(Object.assign(new (doc.defaultView as unknown as typeof globalThis).Event('keydown', { bubbles: true }), { key: 'Escape' }));
    expect(panelRoot(doc)).toBeNull();
  });

  it('follows the page\'s own link to a missing view only when its button is pressed', () => {
    const { doc, show } = setup();
    const followed = vi.fn();
    doc.getElementById('contact')!.addEventListener('click', (e) => {
      e.preventDefault();
      followed();
    });
    show();
    click(doc.querySelector('[data-telltale="pill"]')!.shadowRoot!.querySelector('button'));
    expect(followed).not.toHaveBeenCalled();
    const open = [...panelRoot(doc)!.querySelectorAll('button')].find((b) => b.textContent === 'Open contact info');
    click(open);
    expect(followed).toHaveBeenCalledTimes(1);
    expect(panelRoot(doc)).toBeNull();
  });

  it('renders no Report button without a handler, and one that calls it with a handler', () => {
    const { doc, show } = setup();
    show();
    click(doc.querySelector('[data-telltale="pill"]')!.shadowRoot!.querySelector('button'));
    expect(textOf(panelRoot(doc))).not.toContain('Report');

    const onReport = vi.fn();
    const withReport = setup({ onReport });
    withReport.show();
    click(withReport.doc.querySelector('[data-telltale="pill"]')!.shadowRoot!.querySelector('button'));
    const report = [...panelRoot(withReport.doc)!.querySelectorAll('button')].find((b) => /Report/.test(b.textContent ?? ''));
    click(report);
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onReport.mock.calls[0]![0]).toMatchObject({ profileKey: 'member:1' });
  });

  it('files a review with the worker and shows it beside the pill', async () => {
    const saveReview = vi.fn(async () => ({ outcome: 'needs-follow-up' as const, at: '2026-11-22T10:00:00.000Z' }));
    const { doc, show } = setup({ saveReview });
    show();
    click(doc.querySelector('[data-telltale="pill"]')!.shadowRoot!.querySelector('button'));
    const panel = panelRoot(doc)!;
    const radio = [...panel.querySelectorAll('input[type="radio"]')].find((r) => r.getAttribute('value') === 'needs-follow-up')!;
    radio.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('change', { bubbles: true }));
    (radio as HTMLInputElement).checked = true;
    radio.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    click([...panelRoot(doc)!.querySelectorAll('button')].find((b) => b.textContent === 'Save review'));
    await new Promise((r) => setTimeout(r, 20));
    expect(saveReview).toHaveBeenCalledWith('member:1', 'needs-follow-up');
    expect(doc.querySelector('[data-telltale="pill"]')!.shadowRoot!.querySelector('[part~="review"]')!.textContent).toMatch(/^Reviewed: Needs follow-up, /);
  });

  it('renders profile text as text: markup in a finding shows as characters and makes no element', () => {
    const { doc, show } = setup();
    const markup = '<img src=x onerror=alert(1)>';
    show([finding({ id: 'url-slug-vs-name', category: 'identity', title: `Name ${markup}`, evidence: `The name reads "${markup}".`, refs: ['name'] })]);
    click(doc.querySelector('[data-telltale="pill"]')!.shadowRoot!.querySelector('button'));
    const all = hostsOf(doc);
    expect(all.map((h) => h.host.shadowRoot!.querySelectorAll('img').length)).toEqual(all.map(() => 0));
    expect(textOf(panelRoot(doc))).toContain(`The name reads "${markup}".`);
  });

  it('says a page it cannot read could not be checked', () => {
    const doc = pageDocument('<html><body><main><h2>Sign in</h2></main></body></html>');
    const ui = createInlineUi(doc);
    ui.showUnreadable('LinkedIn shows a sign-in wall or redirect, not a profile');
    const pill = doc.querySelector('[data-telltale="pill"]')!;
    expect(pill.getAttribute('data-placement')).toBe('fixed');
    expect(pill.shadowRoot!.querySelector('[part~="pill"]')!.textContent).toBe(
      'Telltale: could not check this page (LinkedIn shows a sign-in wall or redirect, not a profile)',
    );
  });

  it('plans no badge for refs the page does not have', () => {
    const doc = pageDocument(PROFILE_HTML);
    const plans = planBadges([finding({ id: 'x', refs: ['contact:phone:0', 'education:4'] })], elementsOf(doc), null);
    expect(plans).toEqual([]);
  });
});
