// The Report form on a linkedom document: defaults ticked, unavailable destinations explained,
// one trusted click on "Send report" sends what is ticked with the note (a submit event or an
// untrusted click sends nothing), and what happened is listed per destination. The form runs in
// the extension's own pages only (the popup and the report page the panel opens).
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { ReportAnswer, ReportOptions } from '../../src/messages.ts';
import { buildBundle } from '../../src/report/bundle.ts';
import { ReportForm } from '../../src/ui/ReportForm.tsx';
import { snapshot } from '../worker/fakes.ts';
import { click, syntheticClick, trustedEvent } from '../ui/dom.ts';

function setup() {
  const { document } = parseHTML('<!DOCTYPE html><html><body><div id="app"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  return document as unknown as Document;
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const options: ReportOptions = { defaults: ['webhook'], available: ['clipboard', 'download', 'linkedin', 'ic3', 'webhook'], email: null, webhookUrl: 'https://hooks.example.com/', team: null, earlier: [], applicationInClear: false };

function answer(destinations: ReportAnswer['bundle']['destinations']): ReportAnswer {
  const bundle = buildBundle({
    idempotencyKey: 'r1',
    createdAt: new Date('2026-11-01T10:00:00Z'),
    extensionVersion: '1',
    profileKey: 'slug:jane-doe',
    snapshot: snapshot(),
    assessment: { score: 1, level: 'medium', findings: [], notChecked: [], checksRun: 1, checksTotal: 1 },
    earlier: [],
    note: null,
    destinations,
    screenshot: null,
    screenshotNote: 'none',
  });
  return {
    id: 'r1',
    bundle,
    text: 'text',
    files: { json: 'r.json', text: 'r.txt' },
    mailto: null,
    linkedinUrl: destinations.includes('linkedin') ? 'https://www.linkedin.com/in/jane-doe/' : null,
    ic3: null,
    webhook: destinations.includes('webhook') ? { state: 'pending', attempts: 0, lastError: null, nextAttemptAt: null } : null,
    hub: destinations.includes('team') ? { team: 'Invented Recruiting', status: { state: 'pending', attempts: 0, lastError: null, nextAttemptAt: null } } : null,
  };
}

const box = (doc: Document, d: string) => doc.querySelector(`input[name="tt-dest-${d}"]`) as HTMLInputElement;
// linkedom reflects these as attributes, not properties.
const checked = (el: HTMLInputElement) => el.checked ?? el.hasAttribute('checked');
const disabled = (el: HTMLInputElement) => el.disabled ?? el.hasAttribute('disabled');

const sendButton = (doc: Document) => [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Send report');

describe('ReportForm', () => {
  it('ticks the defaults, explains what is unavailable, and sends what is ticked with the note', async () => {
    const doc = setup();
    const send = vi.fn(async ({ destinations }: { destinations: ReportAnswer['bundle']['destinations'] }) => ({ ok: true as const, report: answer(destinations) }));
    const openTab = vi.fn();
    render(<ReportForm context="report-page" profileName="Jane Doe" options={options} send={send} openTab={openTab} />, doc.getElementById('app')!);
    expect(doc.querySelector('h2')?.textContent).toBe('Report Jane Doe');
    expect(doc.body.textContent).toMatch(/may be compromised or misrepresented.*owner is often a victim/s);
    expect(doc.body.textContent).toMatch(/only to reports started from the Telltale toolbar button/);
    expect(checked(box(doc, 'webhook'))).toBe(true);
    expect(checked(box(doc, 'clipboard'))).toBe(false);
    expect(disabled(box(doc, 'email'))).toBe(true);
    expect(doc.body.textContent).toMatch(/Email \(set an address in Telltale options\)/);

    box(doc, 'linkedin').dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }) as Event);
    await flush();
    const note = doc.querySelector('textarea') as HTMLTextAreaElement;
    note.value = 'Applied last week';
    note.dispatchEvent(trustedEvent(note, 'input'));
    await flush();
    // A submit event (a page's requestSubmit() fires a trusted one) and an untrusted click send nothing.
    doc.querySelector('form')!.dispatchEvent(trustedEvent(doc.querySelector('form')!, 'submit'));
    syntheticClick(sendButton(doc));
    await flush();
    expect(send).not.toHaveBeenCalled();
    click(sendButton(doc));
    await flush();
    await flush();

    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toEqual({ destinations: ['webhook', 'linkedin'], note: 'Applied last week', clearContacts: false });
    // No kept application quoting contact values in clear: no box about them.
    expect(doc.querySelector('input[name="tt-clear-contacts"]')).toBeNull();
    const lines = [...doc.querySelectorAll('li[data-destination]')].map((li) => li.getAttribute('data-destination'));
    expect(lines).toEqual(['log', 'webhook', 'linkedin']);
    expect(doc.body.textContent).toMatch(/never clicks for you/);
    expect(openTab).not.toHaveBeenCalled();
  });

  it('offers the application\'s contact values in clear only when the kept comparison holds them, and sends them clear only when ticked', async () => {
    for (const tick of [false, true]) {
      const doc = setup();
      const send = vi.fn(async ({ destinations }: { destinations: ReportAnswer['bundle']['destinations'] }) => ({ ok: true as const, report: answer(destinations) }));
      render(<ReportForm context="popup" profileName="Jane Doe" options={{ ...options, applicationInClear: true }} send={send} openTab={() => undefined} />, doc.getElementById('app')!);
      const clear = doc.querySelector('input[name="tt-clear-contacts"]') as HTMLInputElement;
      expect(clear).not.toBeNull();
      expect(checked(clear)).toBe(false);
      expect(doc.querySelector('[data-telltale-report="clear-contacts"]')?.textContent).toMatch(/in clear.*masked/);
      if (tick) {
        // The box ticked (its change event; the form's click guard is tested above on Send).
        clear.dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }) as Event);
        await flush();
      }
      click(sendButton(doc));
      await flush();
      await flush();
      expect(send.mock.calls[0]![0]).toMatchObject({ clearContacts: tick });
    }
  });

  it('offers the team\'s hub only while a team is joined, ticked, named, and says it was queued for it', async () => {
    const none = setup();
    render(<ReportForm context="report-page" profileName="Jane Doe" options={options} send={vi.fn()} openTab={() => undefined} />, none.getElementById('app')!);
    expect(box(none, 'team')).toBeNull();
    expect(none.body.textContent).not.toMatch(/hub/);

    const doc = setup();
    const joined: ReportOptions = { ...options, defaults: ['webhook', 'team'], available: [...options.available, 'team'], team: { name: 'Invented Recruiting' } };
    const send = vi.fn(async ({ destinations }: { destinations: ReportAnswer['bundle']['destinations'] }) => ({ ok: true as const, report: answer(destinations) }));
    render(<ReportForm context="report-page" profileName="Jane Doe" options={joined} send={send} openTab={() => undefined} />, doc.getElementById('app')!);
    expect(checked(box(doc, 'team'))).toBe(true);
    expect(box(doc, 'team').parentElement?.textContent).toMatch(/Your team's hub \(Invented Recruiting\)/);
    click(sendButton(doc));
    await flush();
    await flush();
    expect(send.mock.calls[0]![0]).toMatchObject({ destinations: ['webhook', 'team'] });
    expect([...doc.querySelectorAll('li[data-destination]')].map((li) => li.getAttribute('data-destination'))).toEqual(['log', 'webhook', 'team']);
    expect(doc.querySelector('li[data-destination="team"]')?.textContent).toBe("Queued for your team's hub (Invented Recruiting): it is retried until the hub accepts it (see the popup).");

    // Joined, but the profile has no address to key it by: shown, not tickable, with why.
    const unkeyed = setup();
    render(<ReportForm context="report-page" profileName="Jane Doe" options={{ ...joined, available: options.available, defaults: ['webhook'] }} send={vi.fn()} openTab={() => undefined} />, unkeyed.getElementById('app')!);
    expect(disabled(box(unkeyed, 'team'))).toBe(true);
    expect(unkeyed.body.textContent).toMatch(/Your team's hub \(Invented Recruiting\) \(the page shows no profile address to send it under\)/);
  });

  it('shows the worker\'s refusal and keeps the form', async () => {
    const doc = setup();
    const send = vi.fn(async () => ({ ok: false as const, error: 'reload the profile page and try again' }));
    render(<ReportForm context="popup" profileName={null} options={options} send={send} openTab={() => undefined} />, doc.getElementById('app')!);
    expect(doc.body.textContent).not.toMatch(/toolbar button/);
    click(sendButton(doc));
    await flush();
    await flush();
    expect(doc.querySelector('[role="alert"]')?.textContent).toBe('reload the profile page and try again');
    expect(doc.querySelector('form')).not.toBeNull();
  });
});
