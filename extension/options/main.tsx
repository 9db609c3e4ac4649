/// <reference types="vite/client" />
// Options page: phone region, signals on or off, quiet mode, retention, report defaults, the team
// webhook (with "Send test") and email address, and the user's data: export, import, delete.
// Settings a team fixed through managed storage show as locked. Each control says what happened
// beside itself (a status per area, not one at the top of the page); the webhook's technical terms
// are under "Advanced".
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import privacyText from '../../PRIVACY.md?raw';
import type { AnswerOf, UiRequest } from '../../src/messages.ts';
import { DESTINATIONS, isAllowedWebhookUrl, webhookOriginPattern, type Destination, type SettingName, type Settings } from '../../src/settings.ts';
import { catalogue } from '../../src/signals/catalogue.ts';
import { shortDateTime } from '../../src/ui/dates.ts';
import { OPTIONS_CSS, PAGE_CSS } from '../../src/ui/page-styles.ts';
import { DESTINATION_LABELS } from '../../src/ui/ReportForm.tsx';
import { CATEGORY_NAMES } from '../../src/ui/texts.ts';
import { type OptionsArea, testAnswerLine } from './options-texts.ts';
import { Privacy } from './privacy.tsx';
import { englishOnly } from '../../src/i18n-english.ts';

// This page's own words are English still: so are the shared ones it shows (src/i18n-english.ts).
englishOnly();

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
const DATA_COLLECTION = ['personallyIdentifyingInfo', 'websiteContent'] as const;

/**
 * Permissions a sending destination needs, asked inside the user's click: the webhook's origin
 * (an optional host permission, never granted at install) and, in Firefox, consent to send
 * profile data (optional data_collection permissions).
 */
async function requestSendingPermissions(webhookUrl: string | null): Promise<string | null> {
  const request: browser.Permissions.Permissions = {};
  if (webhookUrl) request.origins = [webhookOriginPattern(webhookUrl)];
  if (isFirefox) request.data_collection = [...DATA_COLLECTION];
  if (!request.origins && !request.data_collection) return null;
  try {
    const granted = await browser.permissions.request(request);
    return granted ? null : 'The browser did not grant the permission: reports cannot be sent there until you allow it.';
  } catch (e) {
    // A browser without data-collection permissions: ask for the origin alone.
    if (request.data_collection && request.origins) {
      const granted = await browser.permissions.request({ origins: request.origins }).catch(() => false);
      return granted ? null : 'The browser did not grant access to the webhook server.';
    }
    return request.origins ? `Could not ask for access to the webhook server: ${String(e)}` : null;
  }
}

function download(name: string, content: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

function Locked({ name, locked }: { name: SettingName; locked: SettingName[] }) {
  return locked.includes(name) ? <span class="locked"> (set by your organisation)</span> : null;
}

type Said = { text: string; error: boolean };

/** What happened to one area's control, said beside it. */
function Status({ area, said }: { area: OptionsArea; said: Partial<Record<OptionsArea, Said>> }) {
  const s = said[area];
  return (
    <span role="status" id={`status-${area}`} class={`status${s?.error ? ' error' : ''}`}>
      {s?.text ?? ''}
    </span>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [locked, setLocked] = useState<SettingName[]>([]);
  const [said, setSaid] = useState<Partial<Record<OptionsArea, Said>>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const [webhookDraft, setWebhookDraft] = useState({ url: '', secret: '', format: 'json' as Settings['webhookFormat'] });
  const [emailDraft, setEmailDraft] = useState('');
  const [privacyOpen, setPrivacyOpen] = useState(() => location.hash === '#privacy');
  const importInput = useRef<HTMLInputElement>(null);

  const say = (area: OptionsArea, text: string, error = false) => setSaid((prev) => ({ ...prev, [area]: { text, error } }));
  const apply = (answer: AnswerOf['ui/settings']) => {
    if (!answer.ok) return false;
    setSettings(answer.settings);
    setLocked(answer.locked);
    setWebhookDraft({ url: answer.settings.webhookUrl ?? '', secret: answer.settings.webhookSecret ?? '', format: answer.settings.webhookFormat });
    setEmailDraft(answer.settings.email ?? '');
    return true;
  };
  useEffect(() => {
    void ask({ type: 'ui/settings' }).then((a) => {
      if (!apply(a) && !a.ok) setLoadError(a.error);
    });
  }, []);

  const save = async (area: OptionsArea, patch: Partial<Settings>, message = 'Saved.') => {
    const answer = await ask({ type: 'ui/settings-set', patch });
    if (!answer.ok) return say(area, `Not saved: ${answer.error}`, true);
    apply(answer);
    say(area, message);
  };

  if (loadError) return <p role="alert">Telltale could not load its settings: {loadError}</p>;
  if (!settings) return <p>Loading…</p>;
  const dis = (name: SettingName) => locked.includes(name);

  const saveWebhook = async (event: Event) => {
    event.preventDefault();
    const url = webhookDraft.url.trim();
    if (url && !isAllowedWebhookUrl(url)) return say('webhook', 'The address must start with https:// (or http://127.0.0.1 for a server on this computer).', true);
    const problem = url ? await requestSendingPermissions(url) : null;
    await save('webhook', { webhookUrl: url || null, webhookSecret: webhookDraft.secret || null, webhookFormat: webhookDraft.format }, problem ?? (url ? 'Webhook saved.' : 'Webhook removed.'));
  };
  const saveEmail = async (event: Event) => {
    event.preventDefault();
    const email = emailDraft.trim();
    const problem = email ? await requestSendingPermissions(null) : null;
    await save('email', { email: email || null }, problem ?? (email ? 'Email address saved.' : 'Email address removed.'));
  };
  const toggleDestination = async (d: Destination, on: boolean) => {
    if (on && (d === 'webhook' || d === 'email')) {
      const problem = await requestSendingPermissions(d === 'webhook' ? settings.webhookUrl : null);
      if (problem) return say('destinations', problem, true);
    }
    const next = DESTINATIONS.filter((x) => (x === d ? on : settings.reportDestinations.includes(x)));
    await save('destinations', { reportDestinations: next });
  };
  const sendTest = async () => {
    say('webhook', 'Sending a test message…');
    const answer = await ask({ type: 'ui/webhook-test' });
    if (!answer.ok) return say('webhook', answer.error, true);
    const line = testAnswerLine(answer);
    say('webhook', line.text, line.error);
  };
  const exportData = async () => {
    const answer = await ask({ type: 'ui/export' });
    if (!answer.ok) return say('data', answer.error, true);
    download(`telltale-data-${answer.file.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(answer.file, null, 2)}\n`);
    say('data', `Exported all data on ${shortDateTime(answer.file.exportedAt)} (without the webhook's shared secret).`);
  };
  const importData = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return say('data', 'That file is not a Telltale export (it could not be read).', true);
    }
    const answer = await ask({ type: 'ui/import', file: parsed });
    if (!answer.ok) return say('data', `Import refused: ${answer.error}`, true);
    apply(await ask({ type: 'ui/settings' }));
    say('data', `Imported ${answer.keys} entries.`);
    input.value = '';
  };
  const deleteAll = async () => {
    if (!confirm('Delete everything Telltale keeps in this browser: remembered profiles, reports, reviews and settings?')) return;
    const answer = await ask({ type: 'ui/delete-all' });
    if (!answer.ok) return say('data', answer.error, true);
    apply(await ask({ type: 'ui/settings' }));
    say('data', `Deleted all data (${answer.removed} entries).`);
  };
  const on = catalogue.length - settings.disabledSignals.length;

  return (
    <main>
      <h1>Telltale options</h1>
      <p>
        Telltale reads LinkedIn profiles in your browser and keeps what it sees in this browser only. Profile data leaves
        it only when you send a report.{' '}
        <a href="#privacy" onClick={() => setPrivacyOpen(true)}>
          How your data is kept
        </a>
        .
      </p>

      <section class="card" id="checks" aria-labelledby="tt-checks">
        <h2 id="tt-checks">Checks</h2>
        <div class="field">
          <label>
            Default phone region
            <input
              name="region"
              size={3}
              maxLength={2}
              style="width:4em"
              aria-describedby="region-hint"
              value={settings.region ?? ''}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value.trim().toUpperCase();
                if (value && !/^[A-Z]{2}$/.test(value)) return say('region', 'Two letters, such as GB or US.', true);
                void save('region', { region: value || null }, value ? `Saved: numbers without a country code are read as ${value}.` : 'Saved: no default region.');
              }}
            />
          </label>
          <Status area="region" said={said} />
        </div>
        <p class="hint" id="region-hint">
          Two letters (GB, US, DE…): the country of phone numbers written without a country code.
        </p>
        <div class="field">
          <label class="check">
            <input type="checkbox" name="quietMode" checked={settings.quietMode} onChange={(e) => void save('quiet', { quietMode: (e.currentTarget as HTMLInputElement).checked })} />
            Quiet mode: nothing is added to the LinkedIn page; findings show in the side panel and this toolbar button
          </label>
          <Status area="quiet" said={said} />
        </div>
        <details>
          <summary>
            Signals: {on} of {catalogue.length} on
          </summary>
          <ul class="signals">
            {catalogue.map((s) => (
              <li key={s.id}>
                <label>
                  <input
                    type="checkbox"
                    name={`signal-${s.id}`}
                    checked={!settings.disabledSignals.includes(s.id)}
                    onChange={(e) => {
                      const checked = (e.currentTarget as HTMLInputElement).checked;
                      const off = settings.disabledSignals.filter((x) => x !== s.id);
                      void save('signals', { disabledSignals: checked ? off : [...off, s.id] }, `Saved: ${s.name} ${checked ? 'on' : 'off'}.`);
                    }}
                  />{' '}
                  {s.name} <span class="muted">({CATEGORY_NAMES[s.category]})</span>
                </label>
              </li>
            ))}
          </ul>
          <Status area="signals" said={said} />
        </details>
      </section>

      <section class="card" id="memory" aria-labelledby="tt-memory">
        <h2 id="tt-memory">Memory</h2>
        <div class="field">
          <label>
            Keep what was seen of a profile for
            <input
              type="number"
              name="retentionDays"
              min={1}
              max={3650}
              style="width:6em"
              value={settings.retentionDays}
              disabled={dis('retentionDays')}
              onChange={(e) => {
                const n = Number((e.currentTarget as HTMLInputElement).value);
                if (Number.isInteger(n) && n >= 1 && n <= 3650) void save('retention', { retentionDays: n }, `Saved: kept for ${n} days after you last see a profile.`);
                else say('retention', 'A whole number of days, from 1 to 3650.', true);
              }}
            />
            days after you last see it
          </label>
          <Locked name="retentionDays" locked={locked} />
          <Status area="retention" said={said} />
        </div>
      </section>

      <section class="card" id="reports" aria-labelledby="tt-reports">
        <h2 id="tt-reports">Reports</h2>
        <fieldset class="destinations" disabled={dis('reportDestinations')}>
          <legend>
            Ticked when the Report form opens <Locked name="reportDestinations" locked={locked} />
          </legend>
          {DESTINATIONS.map((d) => (
            <label key={d}>
              <input type="checkbox" name={`dest-${d}`} checked={settings.reportDestinations.includes(d)} onChange={(e) => void toggleDestination(d, (e.currentTarget as HTMLInputElement).checked)} />
              {DESTINATION_LABELS[d]}
            </label>
          ))}
          <Status area="destinations" said={said} />
        </fieldset>

        <form onSubmit={(e) => void saveEmail(e)}>
          <h3>Email</h3>
          <div class="field">
            <label>
              Address that reports are sent to
              <input type="email" name="email" size={30} value={emailDraft} disabled={dis('email')} onInput={(e) => setEmailDraft((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <Locked name="email" locked={locked} />
            <button type="submit" class="btn" disabled={dis('email')}>
              Save
            </button>
            <Status area="email" said={said} />
          </div>
        </form>

        <form id="webhook" onSubmit={(e) => void saveWebhook(e)}>
          <h3>Team webhook</h3>
          <p class="hint">
            A webhook is an address on your team's server that takes reports. Reports you send there are tried again
            until the server accepts them, and each is filed only once. Telltale asks the browser for access to that
            server only when you save it.
          </p>
          {!settings.webhookUrl && <p data-empty="webhook">No team webhook is set up yet. Ask whoever runs your team's server for its address.</p>}
          <div class="stack">
            <label for="webhookUrl">
              Webhook address <Locked name="webhookUrl" locked={locked} />
            </label>
            <input type="url" id="webhookUrl" name="webhookUrl" placeholder="https://" value={webhookDraft.url} disabled={dis('webhookUrl')} onInput={(e) => setWebhookDraft({ ...webhookDraft, url: (e.currentTarget as HTMLInputElement).value })} />
          </div>
          <div class="stack">
            <label for="webhookSecret">
              Shared secret (optional: a password your team's server checks) <Locked name="webhookSecret" locked={locked} />
            </label>
            <input type="password" id="webhookSecret" name="webhookSecret" autocomplete="off" value={webhookDraft.secret} disabled={dis('webhookSecret')} onInput={(e) => setWebhookDraft({ ...webhookDraft, secret: (e.currentTarget as HTMLInputElement).value })} />
          </div>
          <div class="stack">
            <label for="webhookFormat">
              What the server receives <Locked name="webhookFormat" locked={locked} />
            </label>
            <select id="webhookFormat" name="webhookFormat" value={webhookDraft.format} disabled={dis('webhookFormat')} onChange={(e) => setWebhookDraft({ ...webhookDraft, format: (e.currentTarget as HTMLSelectElement).value as Settings['webhookFormat'] })}>
              <option value="json">The full evidence, for a tracking system</option>
              <option value="slack">A chat message (Slack and compatible)</option>
            </select>
          </div>
          <div class="actions">
            <button type="submit" class="btn primary" name="webhookSubmit">
              Save webhook
            </button>
            <button type="button" class="btn" name="webhookTest" disabled={!settings.webhookUrl} onClick={() => void sendTest()}>
              Send test
            </button>
            <Status area="webhook" said={said} />
          </div>
          <details class="advanced" data-options="advanced">
            <summary>Advanced: what the server receives</summary>
            <ul>
              <li>
                Each report is an HTTP <code>POST</code> with a JSON body: the evidence bundle (<code>format: "telltale-evidence"</code>), or
                with the chat format a Slack-compatible <code>{'{ "text": … }'}</code> message. "Send test" posts <code>format: "telltale-test"</code> with no
                profile data.
              </li>
              <li>
                Every report carries an <code>Idempotency-Key</code> header, the same on each retry (and equal to the bundle's{' '}
                <code>idempotencyKey</code>): the server files a report once by it. A report is delivered at least once.
              </li>
              <li>
                The shared secret is sent as <code>Authorization: Bearer &lt;secret&gt;</code>. It never leaves in an export.
              </li>
              <li>
                A report waiting in the queue is bound to the address and secret it was made for: if they change, the popup asks before
                sending it to the new webhook.
              </li>
              <li>Retries back off for up to 7 days. Any 2xx answer is accepted; redirects are not followed; replies are read up to 4 KB.</li>
              <li>
                Addresses must be <code>https://</code>, or <code>http://</code> on <code>127.0.0.1</code> or <code>localhost</code> for a relay on this computer.
                A team can fix these settings through managed storage (<code>managed_schema.json</code>).
              </li>
            </ul>
          </details>
        </form>
      </section>

      <section class="card" id="data" aria-labelledby="tt-data">
        <h2 id="tt-data">Your data</h2>
        <p class="hint">An export is a file of everything Telltale keeps here, without the webhook's shared secret; import it in another browser to carry it over.</p>
        <div class="actions">
          <button type="button" class="btn" name="export" onClick={() => void exportData()}>
            Export all data
          </button>
          <button type="button" class="btn" name="importButton" onClick={() => importInput.current?.click()}>
            Import from a file…
          </button>
          <input ref={importInput} type="file" name="import" hidden accept="application/json,.json" onChange={(e) => void importData(e.currentTarget as HTMLInputElement)} />
          <button type="button" class="btn quiet" name="deleteAll" onClick={() => void deleteAll()}>
            Delete all data
          </button>
          <Status area="data" said={said} />
        </div>
      </section>

      <section class="card" id="privacy" aria-labelledby="tt-privacy">
        <h2 id="tt-privacy">How your data is kept</h2>
        <p>Everything stays in this browser; only a report you send leaves it, to the places you tick.</p>
        <details open={privacyOpen} onToggle={(e) => setPrivacyOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>The full privacy notice</summary>
          <Privacy markdown={privacyText} />
        </details>
      </section>
    </main>
  );
}

const style = document.createElement('style');
style.textContent = `${PAGE_CSS}\n${OPTIONS_CSS}`;
document.head.append(style);
const app = document.getElementById('app');
if (app) render(<Options />, app);
