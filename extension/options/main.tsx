/// <reference types="vite/client" />
// Options page: phone region, signals on or off, quiet mode, retention, report defaults, the team
// webhook (with "Send test") and email address, the team hub (join with an enrolment code, check,
// leave), and the user's data: export, import, delete.
// Settings a team fixed through managed storage show as locked. Each control says what happened
// beside itself (a status per area, not one at the top of the page); the webhook's technical terms
// are under "Advanced".
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import privacyText from '../../PRIVACY.md?raw';
import type { AnswerOf, TeamStatus, UiRequest } from '../../src/messages.ts';
import { DESTINATIONS, isAllowedWebhookUrl, webhookOriginPattern, type Destination, type SettingName, type Settings } from '../../src/settings.ts';
import { catalogue } from '../../src/signals/catalogue.ts';
import { shortDateTime } from '../../src/ui/dates.ts';
import { OPTIONS_CSS, PAGE_CSS } from '../../src/ui/page-styles.ts';
import { DESTINATION_LABELS } from '../../src/ui/ReportForm.tsx';
import { CATEGORY_NAMES } from '../../src/ui/texts.ts';
import { type OptionsArea, teamConnectedLine, teamContactLine, testAnswerLine } from './options-texts.ts';
import { ENROLMENT_PREFIX, parseEnrolment } from '../../src/team/enrolment.ts';
import { inline, Privacy } from './privacy.tsx';
import { t, tn, wordsLanguage } from '../../src/i18n.ts';
import { PART, withPart } from '../../src/ui/parts.ts';

// The page's words are in the browser's language (_locales): so is its lang, for screen readers and hyphenation.
document.documentElement.lang = wordsLanguage();

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

/** The webhook field's placeholder: the start of an address, the same in every language. */
const HTTPS = 'https://';

/** Whether the page's words are English (the language of the messages read, not the browser's): PRIVACY.md is in English only. */
const wordsInEnglish = () => /^en\b/i.test(t('plural_locale'));

const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
const DATA_COLLECTION = ['personallyIdentifyingInfo', 'websiteContent'] as const;

/**
 * Permissions a sending destination needs, asked inside the user's click: the webhook's origin
 * (an optional host permission, never granted at install) and, in Firefox, consent to send
 * profile data (optional data_collection permissions).
 */
async function requestSendingPermissions(webhookUrl: string | null, refusedOrigin = t('opt_perm_refused_webhook')): Promise<string | null> {
  const request: browser.Permissions.Permissions = {};
  if (webhookUrl) request.origins = [webhookOriginPattern(webhookUrl)];
  if (isFirefox) request.data_collection = [...DATA_COLLECTION];
  if (!request.origins && !request.data_collection) return null;
  try {
    const granted = await browser.permissions.request(request);
    return granted ? null : t('opt_perm_refused');
  } catch (e) {
    // A browser without data-collection permissions: ask for the origin alone.
    if (request.data_collection && request.origins) {
      const granted = await browser.permissions.request({ origins: request.origins }).catch(() => false);
      return granted ? null : refusedOrigin;
    }
    return request.origins ? t('opt_perm_failed', String(e)) : null;
  }
}

/**
 * Gives back the host permission of a hub that was left (or never joined), unless the webhook is on
 * the same origin and still needs it.
 */
async function releaseHubPermission(hub: string, webhookUrl: string | null): Promise<void> {
  const pattern = webhookOriginPattern(hub);
  if (webhookUrl && isAllowedWebhookUrl(webhookUrl) && webhookOriginPattern(webhookUrl) === pattern) return;
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/**
 * The Team card: joined ("Connected to <team> as <member>", Check now, Leave), revoked (said, and
 * Leave), set by a policy (no Join, no Leave), or a field for the enrolment code.
 */
function TeamCard({ team, busy, code, setCode, onJoin, onCheck, onLeave, onAllow, said }: {
  team: TeamStatus | null;
  busy: boolean;
  code: string;
  setCode(code: string): void;
  onJoin(event: Event): void;
  onCheck(): void;
  onLeave(): void;
  onAllow(hub: string): void;
  said: Partial<Record<OptionsArea, Said>>;
}) {
  return (
    <section class="card" id="team" aria-labelledby="tt-team">
      <h2 id="tt-team">
        {t('opt_team_heading')} {team?.managed && <span class="locked">{t('opt_locked')}</span>}
      </h2>
      <p class="hint">{t('opt_team_hint')}</p>
      {team === null ? (
        <p>{t('popup_loading')}</p>
      ) : team.joined ? (
        <>
          <p data-team="connected">
            <strong>{teamConnectedLine(team)}</strong>
          </p>
          <p class="hint">{inline(t('opt_team_hub', `\`${team.hub}\``))}</p>
          {team.revokedAt !== null && (
            <p class="status error" data-team="revoked">
              {t('opt_team_revoked')}
            </p>
          )}
          {team.revokedAt === null && team.lastContact && (
            <p class={`status${team.lastContact.error ? ' error' : ''}`} data-team={team.lastContact.error ? 'unreachable' : 'answered'}>
              {teamContactLine(team.lastContact)?.text}
            </p>
          )}
          <div class="actions">
            <button type="button" class="btn" name="teamCheck" disabled={busy} onClick={onCheck}>
              {t('opt_team_check')}
            </button>
            {!team.managed && (
              <button type="button" class="btn quiet" name="teamLeave" disabled={busy} onClick={onLeave}>
                {t('opt_team_leave')}
              </button>
            )}
            <Status area="team" said={said} />
          </div>
        </>
      ) : team.managed ? (
        <>
          <p data-team="managed">{t('opt_team_managed')}</p>
          <div class="actions">
            {team.managedHub && (
              <button type="button" class="btn primary" name="teamAllow" disabled={busy} onClick={() => onAllow(team.managedHub!)}>
                {t('opt_team_allow')}
              </button>
            )}
            <Status area="team" said={said} />
          </div>
        </>
      ) : (
        <form onSubmit={onJoin}>
          <p data-empty="team">{t('opt_team_none')}</p>
          <div class="stack">
            <label for="teamCode">{t('opt_team_code_label')}</label>
            <input type="text" id="teamCode" name="teamCode" autocomplete="off" spellcheck={false} placeholder={ENROLMENT_PREFIX} value={code} onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <div class="actions">
            <button type="submit" class="btn primary" name="teamJoin" disabled={busy}>
              {t('opt_team_join')}
            </button>
            <Status area="team" said={said} />
          </div>
        </form>
      )}
      <p class="hint">{t('opt_team_sends')}</p>
    </section>
  );
}

function download(name: string, content: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

function Locked({ name, locked }: { name: SettingName; locked: SettingName[] }) {
  return locked.includes(name) ? <span class="locked"> {t('opt_locked')}</span> : null;
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
  const [team, setTeam] = useState<TeamStatus | null>(null);
  const [teamCode, setTeamCode] = useState('');
  const [teamBusy, setTeamBusy] = useState(false);
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
  const readTeam = async (check = false) => {
    const answer = await ask({ type: 'ui/team-status', check });
    if (answer.ok) setTeam(answer.status);
    return answer;
  };
  useEffect(() => {
    void ask({ type: 'ui/settings' }).then((a) => {
      if (!apply(a) && !a.ok) setLoadError(a.error);
    });
    void readTeam().then((a) => {
      if (a.ok && a.error) say('team', a.error, true);
    });
  }, []);

  const save = async (area: OptionsArea, patch: Partial<Settings>, message = t('review_saved')) => {
    const answer = await ask({ type: 'ui/settings-set', patch });
    if (!answer.ok) return say(area, t('opt_not_saved', answer.error), true);
    apply(answer);
    say(area, message);
  };

  if (loadError) return <p role="alert">{t('opt_load_failed', loadError)}</p>;
  if (!settings) return <p>{t('popup_loading')}</p>;
  const dis = (name: SettingName) => locked.includes(name);

  const saveWebhook = async (event: Event) => {
    event.preventDefault();
    const url = webhookDraft.url.trim();
    if (url && !isAllowedWebhookUrl(url)) return say('webhook', t('opt_webhook_bad_url'), true);
    const problem = url ? await requestSendingPermissions(url) : null;
    await save('webhook', { webhookUrl: url || null, webhookSecret: webhookDraft.secret || null, webhookFormat: webhookDraft.format }, problem ?? (url ? t('opt_webhook_saved') : t('opt_webhook_removed')));
  };
  const saveEmail = async (event: Event) => {
    event.preventDefault();
    const email = emailDraft.trim();
    const problem = email ? await requestSendingPermissions(null) : null;
    await save('email', { email: email || null }, problem ?? (email ? t('opt_email_saved') : t('opt_email_removed')));
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
    say('webhook', t('opt_test_sending'));
    const answer = await ask({ type: 'ui/webhook-test' });
    if (!answer.ok) return say('webhook', answer.error, true);
    const line = testAnswerLine(answer);
    say('webhook', line.text, line.error);
  };
  const joinTeam = async (event: Event) => {
    event.preventDefault();
    const code = teamCode.trim();
    let hub: string;
    try {
      hub = parseEnrolment(code).hub;
    } catch (e) {
      return say('team', t('team_err_bad_code', e instanceof Error ? e.message : String(e)), true);
    }
    if (!isAllowedWebhookUrl(hub)) return say('team', t('team_err_hub_http', hub), true);
    // Inside the click, before anything else is awaited: the hub's one origin, asked now and at no other time.
    const problem = await requestSendingPermissions(hub, t('opt_team_perm_refused'));
    if (problem) return say('team', problem, true);
    setTeamBusy(true);
    say('team', t('opt_team_joining', hub));
    const answer = await ask({ type: 'ui/team-join', code });
    setTeamBusy(false);
    if (!answer.ok) {
      await releaseHubPermission(hub, settings.webhookUrl);
      return say('team', answer.error, true);
    }
    setTeam(answer.status);
    setTeamCode('');
    say('team', t('opt_team_joined'));
  };
  const checkTeam = async () => {
    setTeamBusy(true);
    say('team', t('opt_team_checking'));
    const answer = await readTeam(true);
    setTeamBusy(false);
    if (!answer.ok) return say('team', answer.error, true);
    if (answer.error) return say('team', answer.error, true);
    if (answer.status.joined && answer.status.revokedAt !== null) return say('team', t('opt_team_revoked_short'), true);
    say('team', t('opt_team_check_ok'));
  };
  const leaveTeam = async () => {
    if (!confirm(t('opt_team_leave_confirm'))) return;
    const answer = await ask({ type: 'ui/team-leave' });
    if (!answer.ok) return say('team', answer.error, true);
    if (answer.hub) await releaseHubPermission(answer.hub, settings.webhookUrl);
    await readTeam();
    say('team', t('opt_team_left'));
  };
  const allowManagedHub = async (hub: string) => {
    const problem = await requestSendingPermissions(hub, t('opt_team_perm_refused'));
    if (problem) return say('team', problem, true);
    setTeamBusy(true);
    const answer = await readTeam();
    setTeamBusy(false);
    if (!answer.ok) return say('team', answer.error, true);
    say('team', answer.error ?? t('opt_team_joined'), answer.error !== null);
  };
  const exportData = async () => {
    const answer = await ask({ type: 'ui/export' });
    if (!answer.ok) return say('data', answer.error, true);
    download(`telltale-data-${answer.file.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(answer.file, null, 2)}\n`);
    say('data', t('opt_exported', shortDateTime(answer.file.exportedAt, wordsLanguage())));
  };
  const importData = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return say('data', t('opt_import_unreadable'), true);
    }
    const answer = await ask({ type: 'ui/import', file: parsed });
    if (!answer.ok) return say('data', t('opt_import_refused', answer.error), true);
    apply(await ask({ type: 'ui/settings' }));
    say('data', tn('opt_imported', answer.keys));
    input.value = '';
  };
  const deleteAll = async () => {
    if (!confirm(t('opt_delete_confirm'))) return;
    const answer = await ask({ type: 'ui/delete-all' });
    if (!answer.ok) return say('data', answer.error, true);
    apply(await ask({ type: 'ui/settings' }));
    // The joined team went with the rest: its host permission goes too.
    if (team?.joined && !team.managed) await releaseHubPermission(team.hub, null);
    await readTeam();
    say('data', tn('opt_deleted', answer.removed));
  };
  const on = catalogue.length - settings.disabledSignals.length;

  return (
    <main>
      <h1>{t('opt_title')}</h1>
      <p>
        {withPart(
          t('opt_intro', PART),
          <a href="#privacy" onClick={() => setPrivacyOpen(true)}>
            {t('opt_privacy_title')}
          </a>,
        )}
      </p>

      <section class="card" id="checks" aria-labelledby="tt-checks">
        <h2 id="tt-checks">{t('opt_checks_heading')}</h2>
        <div class="field">
          <label>
            {t('opt_region_label')}
            <input
              name="region"
              size={3}
              maxLength={2}
              style="width:4em"
              aria-describedby="region-hint"
              value={settings.region ?? ''}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value.trim().toUpperCase();
                if (value && !/^[A-Z]{2}$/.test(value)) return say('region', t('opt_region_invalid'), true);
                void save('region', { region: value || null }, value ? t('opt_region_saved', value) : t('opt_region_cleared'));
              }}
            />
          </label>
          <Status area="region" said={said} />
        </div>
        <p class="hint" id="region-hint">{t('opt_region_hint')}</p>
        <div class="field">
          <label class="check">
            <input type="checkbox" name="quietMode" checked={settings.quietMode} onChange={(e) => void save('quiet', { quietMode: (e.currentTarget as HTMLInputElement).checked })} />
            {t('opt_quiet_label')}
          </label>
          <Status area="quiet" said={said} />
        </div>
        <details>
          <summary>{t('opt_signals_summary', [on, catalogue.length])}</summary>
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
                      void save('signals', { disabledSignals: checked ? off : [...off, s.id] }, checked ? t('opt_signal_saved_on', s.name) : t('opt_signal_saved_off', s.name));
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
        <h2 id="tt-memory">{t('opt_memory_heading')}</h2>
        <div class="field">
          <label>
            {withPart(
              t('opt_retention_label', PART),
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
                  if (Number.isInteger(n) && n >= 1 && n <= 3650) void save('retention', { retentionDays: n }, tn('opt_retention_saved', n));
                  else say('retention', t('opt_retention_invalid'), true);
                }}
              />,
            )}
          </label>
          <Locked name="retentionDays" locked={locked} />
          <Status area="retention" said={said} />
        </div>
      </section>

      <section class="card" id="reports" aria-labelledby="tt-reports">
        <h2 id="tt-reports">{t('opt_reports_heading')}</h2>
        <fieldset class="destinations" disabled={dis('reportDestinations')}>
          <legend>
            {t('opt_destinations_legend')} <Locked name="reportDestinations" locked={locked} />
          </legend>
          {/* The team's hub is not a default to choose: it is ticked whenever a team is joined. */}
          {DESTINATIONS.filter((d) => d !== 'team').map((d) => (
            <label key={d}>
              <input type="checkbox" name={`dest-${d}`} checked={settings.reportDestinations.includes(d)} onChange={(e) => void toggleDestination(d, (e.currentTarget as HTMLInputElement).checked)} />
              {DESTINATION_LABELS[d]}
            </label>
          ))}
          <Status area="destinations" said={said} />
        </fieldset>
        <div class="field">
          <label class="check">
            <input
              type="checkbox"
              name="reportsInEnglish"
              aria-describedby="english-hint"
              checked={settings.reportsInEnglish}
              disabled={dis('reportsInEnglish')}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void save('english', { reportsInEnglish: on }, on ? t('opt_english_on') : t('opt_english_off'));
              }}
            />
            {t('opt_english_label')} <Locked name="reportsInEnglish" locked={locked} />
          </label>
          <Status area="english" said={said} />
        </div>
        <p class="hint" id="english-hint">
          {t('opt_english_hint')}
        </p>

        <form onSubmit={(e) => void saveEmail(e)}>
          <h3>{t('repform_dest_email')}</h3>
          <div class="field">
            <label>
              {t('opt_email_label')}
              <input type="email" name="email" size={30} value={emailDraft} disabled={dis('email')} onInput={(e) => setEmailDraft((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <Locked name="email" locked={locked} />
            <button type="submit" class="btn" disabled={dis('email')}>
              {t('opt_save')}
            </button>
            <Status area="email" said={said} />
          </div>
        </form>

        <form id="webhook" onSubmit={(e) => void saveWebhook(e)}>
          <h3>{t('repform_dest_webhook')}</h3>
          <p class="hint">{t('opt_webhook_hint')}</p>
          {!settings.webhookUrl && <p data-empty="webhook">{t('opt_webhook_none')}</p>}
          <div class="stack">
            <label for="webhookUrl">
              {t('opt_webhook_url_label')} <Locked name="webhookUrl" locked={locked} />
            </label>
            <input type="url" id="webhookUrl" name="webhookUrl" placeholder={HTTPS} value={webhookDraft.url} disabled={dis('webhookUrl')} onInput={(e) => setWebhookDraft({ ...webhookDraft, url: (e.currentTarget as HTMLInputElement).value })} />
          </div>
          <div class="stack">
            <label for="webhookSecret">
              {t('opt_webhook_secret_label')} <Locked name="webhookSecret" locked={locked} />
            </label>
            <input type="password" id="webhookSecret" name="webhookSecret" autocomplete="off" value={webhookDraft.secret} disabled={dis('webhookSecret')} onInput={(e) => setWebhookDraft({ ...webhookDraft, secret: (e.currentTarget as HTMLInputElement).value })} />
          </div>
          <div class="stack">
            <label for="webhookFormat">
              {t('opt_webhook_format_label')} <Locked name="webhookFormat" locked={locked} />
            </label>
            <select id="webhookFormat" name="webhookFormat" value={webhookDraft.format} disabled={dis('webhookFormat')} onChange={(e) => setWebhookDraft({ ...webhookDraft, format: (e.currentTarget as HTMLSelectElement).value as Settings['webhookFormat'] })}>
              <option value="json">{t('opt_format_json')}</option>
              <option value="slack">{t('opt_format_slack')}</option>
            </select>
          </div>
          <div class="actions">
            <button type="submit" class="btn primary" name="webhookSubmit">
              {t('opt_webhook_save')}
            </button>
            <button type="button" class="btn" name="webhookTest" disabled={!settings.webhookUrl} onClick={() => void sendTest()}>
              {t('opt_webhook_test')}
            </button>
            <Status area="webhook" said={said} />
          </div>
          <details class="advanced" data-options="advanced">
            <summary>{t('opt_advanced_summary')}</summary>
            {/* Each item's message marks its code with backticks (as PRIVACY.md does): a translator keeps them. */}
            <ul>
              <li>{inline(t('opt_adv_format'))}</li>
              <li>{inline(t('opt_adv_idempotency'))}</li>
              <li>{inline(t('opt_adv_secret'))}</li>
              <li>{inline(t('opt_adv_queue'))}</li>
              <li>{inline(t('opt_adv_retries'))}</li>
              <li>{inline(t('opt_adv_addresses'))}</li>
            </ul>
          </details>
        </form>
      </section>

      <TeamCard
        team={team}
        busy={teamBusy}
        code={teamCode}
        setCode={setTeamCode}
        onJoin={(e) => void joinTeam(e)}
        onCheck={() => void checkTeam()}
        onLeave={() => void leaveTeam()}
        onAllow={(hub) => void allowManagedHub(hub)}
        said={said}
      />

      <section class="card" id="data" aria-labelledby="tt-data">
        <h2 id="tt-data">{t('opt_data_heading')}</h2>
        <p class="hint">{t('opt_data_hint')}</p>
        <div class="actions">
          <button type="button" class="btn" name="export" onClick={() => void exportData()}>
            {t('opt_export')}
          </button>
          <button type="button" class="btn" name="importButton" onClick={() => importInput.current?.click()}>
            {t('opt_import')}
          </button>
          <input ref={importInput} type="file" name="import" hidden accept="application/json,.json" onChange={(e) => void importData(e.currentTarget as HTMLInputElement)} />
          <button type="button" class="btn quiet" name="deleteAll" onClick={() => void deleteAll()}>
            {t('opt_delete')}
          </button>
          <Status area="data" said={said} />
        </div>
      </section>

      <section class="card" id="privacy" aria-labelledby="tt-privacy">
        <h2 id="tt-privacy">{t('opt_privacy_title')}</h2>
        <p>{t('opt_privacy_summary')}</p>
        <details open={privacyOpen} onToggle={(e) => setPrivacyOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{t('opt_privacy_full')}</summary>
          {!wordsInEnglish() && <p class="hint">{t('opt_privacy_in_english')}</p>}
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
