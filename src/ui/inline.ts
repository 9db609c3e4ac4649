// Inline UI in the page: every piece lives in an open shadow root inside a small host element
// marked data-telltale, inserted beside the page's own element and never replacing it.
import type { Assessment, Level } from '../model.ts';

export const HOST_ATTR = 'data-telltale';

const LEVEL_WORDS: Record<Level, string> = {
  high: 'High risk',
  medium: 'Some concerns',
  low: 'No concerns in what was checked',
};

export interface InlineView {
  assessment: Assessment;
  /** The page element of each snapshot ref ("name", "experience:3", …). */
  elements: Map<string, Element>;
}

/** Removes everything Telltale put into the page. */
export function removeAll(doc: Document): void {
  for (const host of doc.querySelectorAll(`[${HOST_ATTR}]`)) host.remove();
}

function makeHost(doc: Document, role: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('span');
  host.setAttribute(HOST_ATTR, role);
  const root = host.attachShadow({ mode: 'open' });
  return { host, root };
}

function pillText(assessment: Assessment): string {
  const count = assessment.findings.length;
  const findings = count === 1 ? '1 finding' : `${count} findings`;
  return `${LEVEL_WORDS[assessment.level]} · ${findings} · ${assessment.checksRun} of ${assessment.checksTotal} checks ran`;
}

function placePill(doc: Document, text: string, level: Level | 'unreadable', anchor: Element | undefined): void {
  for (const old of doc.querySelectorAll(`[${HOST_ATTR}="pill"]`)) old.remove();
  const { host, root } = makeHost(doc, 'pill');
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial}span{font:600 12px/1.6 system-ui,sans-serif;padding:2px 8px;border-radius:10px;border:1px solid;display:inline-block;margin-inline-start:8px}
.high{background:#fde8e8;color:#8a1212}.medium{background:#fff4d6;color:#6b4a00}.low{background:#e6f4ea;color:#1e5b2f}.unreadable{background:#eef0f3;color:#333}`;
  const pill = doc.createElement('span');
  pill.className = level;
  pill.setAttribute('role', 'status');
  pill.setAttribute('part', 'pill');
  pill.textContent = text;
  root.append(style, pill);
  if (anchor) anchor.after(host);
  else {
    host.style.cssText = 'position:fixed;inset-block-end:12px;inset-inline-end:12px;z-index:2147483647';
    doc.body.append(host);
  }
}

export function showAssessment(doc: Document, view: InlineView): void {
  placePill(doc, `Telltale: ${pillText(view.assessment)}`, view.assessment.level, view.elements.get('name'));
}

/** A page Telltale cannot read says so; it never passes as a clean profile. */
export function showUnreadable(doc: Document, reason: string, anchor?: Element): void {
  placePill(doc, `Telltale: could not check this page (${reason})`, 'unreadable', anchor);
}
