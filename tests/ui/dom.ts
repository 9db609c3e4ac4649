// A linkedom document for the component tests, installed as the global `document` Preact renders
// with. linkedom has open shadow roots and events, not layout or focus: those are tested in real
// browsers (tests/e2e/ui.test.ts). Telltale's roots are closed: the tests reach them as the content
// script does, through rootOf(), which only code bundled with the UI can call.
import { parseHTML } from 'linkedom';
import type { Assessment, Finding, NotChecked } from '../../src/model.ts';
import { rootOf } from '../../src/ui/hosts.ts';

export function pageDocument(html: string): Document {
  const { document } = parseHTML(html);
  (globalThis as { document?: unknown }).document = document;
  return document as unknown as Document;
}

export const PROFILE_HTML = `<!DOCTYPE html><html class="theme theme--mercado"><head><title>Jordan Ellis | LinkedIn</title></head><body>
<main>
  <section data-member-id="1"><a href="/in/jordan-ellis-1a2b3c/overlay/about-this-profile/"><h1>Jordan Ellis</h1></a>
    <button class="photo"><img alt="Jordan Ellis" src="x.jpg"></button>
    <a id="contact" href="/in/jordan-ellis-1a2b3c/overlay/contact-info/">Contact info</a></section>
  <section id="activity"><h2>Activity</h2><ul><li id="post0">posted 3d</li><li id="post1">posted 1w</li></ul></section>
  <section><h2>Experience</h2><ul>
    <li><div id="exp0">Senior Software Engineer</div></li>
    <li><div id="exp1">Lead Backend Developer</div></li>
    <li><div id="exp2">Software Developer</div></li>
  </ul></section>
</main></body></html>`;

export function elementsOf(doc: Document): Map<string, Element> {
  const byId = (id: string) => doc.getElementById(id)!;
  return new Map<string, Element>([
    ['name', doc.querySelector('h1')!],
    ['photo', doc.querySelector('button.photo img')!],
    ['activity', byId('activity')],
    ['activity:0', byId('post0')],
    ['activity:1', byId('post1')],
    ['experience:0', byId('exp0')],
    ['experience:1', byId('exp1')],
    ['experience:2', byId('exp2')],
  ]);
}

export function finding(over: Partial<Finding> & Pick<Finding, 'id' | 'refs'>): Finding {
  return {
    signal: over.id.split(':')[0]!,
    category: 'timeline',
    severity: 'warn',
    title: 'A finding',
    evidence: 'What was seen.',
    howToVerify: 'Ask.',
    ...over,
  };
}

export const CONTACT_NOT_CHECKED: NotChecked = {
  signal: 'invalid-phone-number',
  category: 'contact',
  reason: 'the contact-info overlay was not opened',
  howToSee: 'open "Contact info" on the profile',
};

export function assessment(findings: Finding[], notChecked: NotChecked[] = [CONTACT_NOT_CHECKED]): Assessment {
  return { score: 72, level: 'high', findings, notChecked, checksRun: 9, checksTotal: 14 };
}

export const FINDINGS: Finding[] = [
  finding({ id: 'overlapping-full-time-roles:0-1', title: 'Two full-time jobs at once', refs: ['experience:0', 'experience:1'] }),
  finding({ id: 'activity-gap-then-burst', category: 'reactivation', title: 'Activity resumed after a long silence', refs: ['activity', 'activity:0', 'activity:1'] }),
  finding({ id: 'url-slug-vs-name', category: 'identity', severity: 'alert', title: 'Profile address names a different person', refs: ['name'] }),
  finding({ id: 'photo', category: 'identity', severity: 'info', title: 'No photo', refs: ['photo'] }),
  finding({ id: 'thin-network-for-seniority', category: 'network', title: 'Thin network', refs: [] }),
];

/** Text of every Telltale host's shadow root, by role and key. */
export function hostsOf(doc: Document): { role: string; key: string; text: string; host: Element }[] {
  return [...doc.querySelectorAll('[data-telltale]')].map((host) => ({
    role: host.getAttribute('data-telltale') ?? '',
    key: host.getAttribute('data-telltale-key') ?? '',
    text: [...(rootOf(host)?.childNodes ?? [])]
      .filter((n) => (n as Element).tagName !== 'STYLE')
      .map((n) => n.textContent)
      .join(''),
    host,
  }));
}

type EventCtor = typeof globalThis.Event;
const eventClass = (el: Element) => (el.ownerDocument.defaultView as unknown as { Event: EventCtor }).Event;

/** An event as the user's own input makes it (linkedom lets a test set isTrusted; a real page cannot). */
export function trustedEvent(el: Element, type: string, extra: Record<string, unknown> = {}): Event {
  const event = Object.assign(new (eventClass(el))(type, { bubbles: true, cancelable: true }), extra);
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A user's click. */
export const click = (el: Element | null | undefined) => el?.dispatchEvent(trustedEvent(el, 'click'));

/** What a page's script can do: element.click() or a dispatched event, isTrusted false. */
export const syntheticClick = (el: Element | null | undefined) =>
  el?.dispatchEvent(Object.defineProperty(new (eventClass(el))('click', { bubbles: true, cancelable: true }), 'isTrusted', { value: false }));
