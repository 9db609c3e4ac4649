// The Report form: destinations ticked from the user's defaults, an optional note, one click to
// send. It runs only in the extension's own pages: the toolbar popup, and the report page that the
// in-page panel's "Report this profile…" opens (extension/report/main.tsx), never in the LinkedIn
// page, where a page script could watch the note being typed and the evidence bundle would pass
// through the content script. Whoever mounts it says how to reach the worker (`send`) and how to
// open a tab. The worker makes the evidence bundle and keeps it in the report log (and queues the
// webhook); this form then does what needs the user's page: clipboard, files, the mail draft, new
// tabs (./report-client.ts).
import { useState } from 'preact/hooks';
import { t, words } from '../i18n.ts';
import type { ReportAnswer, ReportOptions } from '../messages.ts';
import { runClientDestinations, type ActionResult } from './report-client.ts';
import type { Destination } from '../settings.ts';
import { activate, onlyTrusted, trusted } from './activate.ts';
import { earlierReportLine } from './report-texts.ts';
import { markInvisible } from '../invisible.ts';
import { PART, withPart } from './parts.ts';

export const DESTINATION_LABELS: Readonly<Record<Destination, string>> = words<Destination>('repform_dest_', ['clipboard', 'download', 'email', 'webhook', 'team', 'linkedin', 'ic3']);

const UNAVAILABLE_HINT: Partial<Record<Destination, string>> = words('repform_hint_', ['email', 'webhook', 'team']);

export interface ReportFormProps {
  profileName: string | null;
  options: ReportOptions;
  /** Asks the worker to make the report (ui/report). Throws or answers ok:false on failure. */
  send(request: { destinations: Destination[]; note: string; clearContacts: boolean }): Promise<{ ok: true; report: ReportAnswer } | { ok: false; error: string }>;
  openTab(url: string): void | Promise<unknown>;
  /** Optional: called before `send` with the chosen destinations, inside the click (Firefox consent prompt). */
  beforeSend?(destinations: Destination[]): Promise<boolean>;
  onClose?(): void;
  /** Where the form is: the report page (opened from the panel) says a screenshot needs the toolbar button. */
  context: 'report-page' | 'popup';
}

const ALL: Destination[] = ['clipboard', 'download', 'email', 'webhook', 'team', 'linkedin', 'ic3'];

/** A destination's label in the form: the email's address, the team's name. */
function labelOf(d: Destination, options: ReportOptions): string {
  if (d === 'email' && options.email) return t('repform_dest_email_to', options.email);
  if (d === 'team' && options.team) return t('repform_dest_team_named', options.team.name);
  return DESTINATION_LABELS[d];
}

export function ReportForm({ profileName, options, send, openTab, beforeSend, onClose, context }: ReportFormProps) {
  const [chosen, setChosen] = useState<Set<Destination>>(() => new Set(options.defaults));
  const [note, setNote] = useState('');
  const [clearContacts, setClearContacts] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<ActionResult[] | null>(null);
  const [links, setLinks] = useState<{ href: string; name: string }[]>([]);

  const toggle = (d: Destination) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(d)) next.delete(d);
      else next.add(d);
      return next;
    });

  // Sent only from a trusted click on "Send report": a submit event proves nothing (a page's
  // form.requestSubmit() fires a trusted one), so the form's own submit does nothing.
  const submit = async () => {
    const destinations = ALL.filter((d) => chosen.has(d) && options.available.includes(d));
    setBusy(true);
    setError(null);
    try {
      if (beforeSend && !(await beforeSend(destinations))) {
        setError(t('repform_not_allowed'));
        return;
      }
      const answer = await send({ destinations, note, clearContacts: options.applicationInClear && clearContacts });
      if (!answer.ok) {
        setError(answer.error);
        return;
      }
      const done = await runClientDestinations(answer.report, { openTab });
      setResults(done.results);
      setLinks(done.links.map((a) => ({ href: a.href, name: a.download })));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (results) {
    return (
      <section class="tt-report" aria-live="polite" data-telltale-report="sent">
        <h2>{t('repform_made')}</h2>
        <ul>
          {results.map((r) => (
            <li key={r.destination} data-destination={r.destination} class={r.ok ? 'ok' : 'failed'}>
              {r.message}
            </li>
          ))}
        </ul>
        {links.length > 0 && (
          <p>
            {withPart(
              t('repform_files', PART),
              links.map((l) => (
                <a key={l.name} href={l.href} download={l.name} onClick={onlyTrusted}>
                  {l.name}{' '}
                </a>
              )),
            )}
          </p>
        )}
        {onClose && (
          <button type="button" class="btn" onClick={activate(onClose)}>
            {t('repform_close')}
          </button>
        )}
      </section>
    );
  }

  return (
    <form
      class="tt-report"
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation();
      }}
      data-telltale-report="form"
    >
      <h2>{profileName ? t('repform_title', markInvisible(profileName)) : t('repform_title_unnamed')}</h2>
      <p>{withPart(t('repform_intro', PART), <strong>{t('repform_intro_emphasis')}</strong>)}</p>
      {options.earlier[0] && (
        <p role="note" class="warn" data-telltale-report="earlier">
          {earlierReportLine(options.earlier[0], options.earlier.length)}
        </p>
      )}
      <fieldset>
        <legend>{t('repform_send_to')}</legend>
        <label>
          <input type="checkbox" checked disabled /> {t('repform_log_always')}
        </label>
        {/* The team's hub only while a team is joined (and not revoked): most have none. */}
        {ALL.filter((d) => d !== 'team' || options.team).map((d) => {
          const available = options.available.includes(d);
          const label = labelOf(d, options);
          const hint = available ? undefined : UNAVAILABLE_HINT[d];
          return (
            <label key={d}>
              <input type="checkbox" name={`tt-dest-${d}`} value={d} checked={available && chosen.has(d)} disabled={!available} onClick={onlyTrusted} onChange={() => toggle(d)} />{' '}
              {hint ? t('repform_unavailable', [label, hint]) : label}
            </label>
          );
        })}
      </fieldset>
      <label>
        {t('repform_note')}
        <textarea name="tt-note" maxLength={4000} rows={3} value={note} onInput={(e) => {
            if (trusted(e)) setNote((e.currentTarget as HTMLTextAreaElement).value);
          }}
        />
      </label>
      {options.applicationInClear && (
        <label data-telltale-report="clear-contacts">
          <input type="checkbox" name="tt-clear-contacts" checked={clearContacts} onClick={onlyTrusted} onChange={() => setClearContacts((c) => !c)} />{' '}
          {t('repform_clear_contacts')}
        </label>
      )}
      {context === 'report-page' && <p class="muted">{t('repform_screenshot_note')}</p>}
      {error && <p role="alert">{error}</p>}
      <div>
        <button type="submit" class="btn primary" disabled={busy} onClick={activate(() => void submit())}>
          {busy ? t('popup_sending') : t('repform_send')}
        </button>
        {onClose && (
          <button type="button" class="btn" onClick={activate(onClose)} disabled={busy}>
            {t('repform_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
