/// <reference types="vite/client" />
// Options page: phone region, signals on or off, quiet mode, retention, report defaults, the team
// webhook (with "Send test") and email address, and the user's data: export, import, delete.
// Settings a team fixed through managed storage show as locked.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import privacyText from '../../PRIVACY.md?raw';
import type { AnswerOf, UiRequest } from '../../src/messages.ts';
import { DESTINATIONS, isAllowedWebhookUrl, webhookOriginPattern, type Destination, type SettingName, type Settings } from '../../src/settings.ts';
import { catalogue } from '../../src/signals/catalogue.ts';
import { DESTINATION_LABELS } from '../../src/ui/ReportForm.tsx';
import { Privacy } from './privacy.tsx';

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

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [locked, setLocked] = useState<SettingName[]>([]);
  const [status, setStatus] = useState<string>('');
  const [webhookDraft, setWebhookDraft] = useState({ url: '', secret: '', format: 'json' as Settings['webhookFormat'] });
  const [emailDraft, setEmailDraft] = useState('');

  const apply = (answer: AnswerOf['ui/settings']) => {
    if (!answer.ok) return setStatus(answer.error);
    setSettings(answer.settings);
    setLocked(answer.locked);
    setWebhookDraft({ url: answer.settings.webhookUrl ?? '', secret: answer.settings.webhookSecret ?? '', format: answer.settings.webhookFormat });
    setEmailDraft(answer.settings.email ?? '');
  };
  useEffect(() => {
    void ask({ type: 'ui/settings' }).then(apply);
  }, []);

  const save = async (patch: Partial<Settings>, message = 'Saved.') => {
    const answer = await ask({ type: 'ui/settings-set', patch });
    apply(answer);
    if (answer.ok) setStatus(message);
  };

  if (!settings) return <p>Loading…</p>;
  const dis = (name: SettingName) => locked.includes(name);

  const saveWebhook = async (event: Event) => {
    event.preventDefault();
    const url = webhookDraft.url.trim();
    if (url && !isAllowedWebhookUrl(url)) return setStatus('The webhook URL must be an https address (or http on 127.0.0.1).');
    const problem = url ? await requestSendingPermissions(url) : null;
    await save({ webhookUrl: url || null, webhookSecret: webhookDraft.secret || null, webhookFormat: webhookDraft.format }, problem ?? 'Webhook saved.');
  };
  const saveEmail = async (event: Event) => {
    event.preventDefault();
    const email = emailDraft.trim();
    const problem = email ? await requestSendingPermissions(null) : null;
    await save({ email: email || null }, problem ?? 'Email address saved.');
  };
  const toggleDestination = async (d: Destination, on: boolean) => {
    if (on && (d === 'webhook' || d === 'email')) {
      const problem = await requestSendingPermissions(d === 'webhook' ? settings.webhookUrl : null);
      if (problem) return setStatus(problem);
    }
    const next = DESTINATIONS.filter((x) => (x === d ? on : settings.reportDestinations.includes(x)));
    await save({ reportDestinations: next });
  };
  const sendTest = async () => {
    setStatus('Sending a test message…');
    const answer = await ask({ type: 'ui/webhook-test' });
    if (!answer.ok) return setStatus(answer.error);
    setStatus(answer.error ? `Test failed: ${answer.error}` : `Test sent: the server answered ${answer.status}.`);
  };
  const exportData = async () => {
    const answer = await ask({ type: 'ui/export' });
    if (!answer.ok) return setStatus(answer.error);
    download(`telltale-data-${answer.file.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(answer.file, null, 2)}\n`);
    setStatus('Exported all data (without the webhook secret).');
  };
  const importData = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return setStatus('That file is not JSON.');
    }
    const answer = await ask({ type: 'ui/import', file: parsed });
    if (!answer.ok) return setStatus(`Import refused: ${answer.error}`);
    apply(await ask({ type: 'ui/settings' }));
    setStatus(`Imported ${answer.keys} entries.`);
    input.value = '';
  };
  const deleteAll = async () => {
    if (!confirm('Delete everything Telltale keeps in this browser: remembered profiles, reports, reviews and settings?')) return;
    const answer = await ask({ type: 'ui/delete-all' });
    if (!answer.ok) return setStatus(answer.error);
    apply(await ask({ type: 'ui/settings' }));
    setStatus(`Deleted all data (${answer.removed} entries).`);
  };

  return (
    <main>
      <h1>Telltale options</h1>
      <p>
        Telltale reads LinkedIn profiles in your browser and keeps what it sees in this browser only. Profile data leaves
        it only when you send a report. <a href="#privacy">How your data is kept</a>.
      </p>
      <p role="status" aria-live="polite" id="status">
        {status}
      </p>

      <section>
        <h2>Checks</h2>
        <label>
          Default phone region (two letters, for numbers written without a country code):{' '}
          <input
            name="region"
            size={3}
            maxLength={2}
            value={settings.region ?? ''}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value.trim().toUpperCase();
              void save({ region: /^[A-Z]{2}$/.test(value) ? value : null });
            }}
          />
        </label>
        <p>
          <label>
            <input type="checkbox" name="quietMode" checked={settings.quietMode} onChange={(e) => void save({ quietMode: (e.currentTarget as HTMLInputElement).checked })} />{' '}
            Quiet mode: nothing in the page; findings show in the toolbar popup only
          </label>
        </p>
        <details>
          <summary>Signals ({catalogue.length - settings.disabledSignals.length} of {catalogue.length} on)</summary>
          <ul>
            {catalogue.map((s) => (
              <li key={s.id}>
                <label>
                  <input
                    type="checkbox"
                    name={`signal-${s.id}`}
                    checked={!settings.disabledSignals.includes(s.id)}
                    onChange={(e) => {
                      const on = (e.currentTarget as HTMLInputElement).checked;
                      const off = settings.disabledSignals.filter((x) => x !== s.id);
                      void save({ disabledSignals: on ? off : [...off, s.id] });
                    }}
                  />{' '}
                  {s.name} <span class="muted">({s.category})</span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      </section>

      <section>
        <h2>Memory</h2>
        <label>
          Keep snapshots of viewed profiles for{' '}
          <input
            type="number"
            name="retentionDays"
            min={1}
            max={3650}
            value={settings.retentionDays}
            disabled={dis('retentionDays')}
            onChange={(e) => {
              const n = Number((e.currentTarget as HTMLInputElement).value);
              if (Number.isInteger(n) && n >= 1 && n <= 3650) void save({ retentionDays: n });
            }}
          />{' '}
          days
          <Locked name="retentionDays" locked={locked} />
        </label>
      </section>

      <section>
        <h2>Reports</h2>
        <fieldset disabled={dis('reportDestinations')}>
          <legend>
            Ticked when the Report form opens <Locked name="reportDestinations" locked={locked} />
          </legend>
          {DESTINATIONS.map((d) => (
            <label key={d} style="display:block">
              <input type="checkbox" name={`dest-${d}`} checked={settings.reportDestinations.includes(d)} onChange={(e) => void toggleDestination(d, (e.currentTarget as HTMLInputElement).checked)} />{' '}
              {DESTINATION_LABELS[d]}
            </label>
          ))}
        </fieldset>

        <form onSubmit={(e) => void saveEmail(e)}>
          <label>
            Email address for reports: <input type="email" name="email" value={emailDraft} disabled={dis('email')} onInput={(e) => setEmailDraft((e.currentTarget as HTMLInputElement).value)} />
            <Locked name="email" locked={locked} />
          </label>{' '}
          <button type="submit" disabled={dis('email')}>
            Save
          </button>
        </form>

        <form onSubmit={(e) => void saveWebhook(e)}>
          <h3>Team webhook</h3>
          <p class="muted">
            Reports you send to the webhook are POSTed as JSON, retried until the server accepts them, and carry an
            Idempotency-Key header so a retry is filed once. Telltale asks for access to this server only when you save it.
          </p>
          <label style="display:block">
            URL: <input type="url" name="webhookUrl" size={50} value={webhookDraft.url} disabled={dis('webhookUrl')} onInput={(e) => setWebhookDraft({ ...webhookDraft, url: (e.currentTarget as HTMLInputElement).value })} />
            <Locked name="webhookUrl" locked={locked} />
          </label>
          <label style="display:block">
            Shared secret (sent as "Authorization: Bearer …"):{' '}
            <input type="password" name="webhookSecret" autocomplete="off" value={webhookDraft.secret} disabled={dis('webhookSecret')} onInput={(e) => setWebhookDraft({ ...webhookDraft, secret: (e.currentTarget as HTMLInputElement).value })} />
            <Locked name="webhookSecret" locked={locked} />
          </label>
          <label style="display:block">
            Format:{' '}
            <select name="webhookFormat" value={webhookDraft.format} disabled={dis('webhookFormat')} onChange={(e) => setWebhookDraft({ ...webhookDraft, format: (e.currentTarget as HTMLSelectElement).value as Settings['webhookFormat'] })}>
              <option value="json">Evidence bundle (JSON)</option>
              <option value="slack">Slack-compatible text</option>
            </select>
            <Locked name="webhookFormat" locked={locked} />
          </label>
          <button type="submit">Save webhook</button>{' '}
          <button type="button" name="webhookTest" disabled={!settings.webhookUrl} onClick={() => void sendTest()}>
            Send test
          </button>
        </form>
      </section>

      <section>
        <h2>Your data</h2>
        <p>
          <button type="button" name="export" onClick={() => void exportData()}>
            Export all data (JSON)
          </button>{' '}
          <label>
            Import: <input type="file" name="import" accept="application/json,.json" onChange={(e) => void importData(e.currentTarget as HTMLInputElement)} />
          </label>{' '}
          <button type="button" name="deleteAll" onClick={() => void deleteAll()}>
            Delete all data
          </button>
        </p>
      </section>

      <section id="privacy">
        <h2>Privacy</h2>
        <Privacy markdown={privacyText} />
      </section>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Options />, app);
