// "Compare with the application": an extension page (never the content script) where the recruiter
// brings in what the candidate sent (pasted text, a PDF or DOCX résumé, a JSON Resume file) for a
// profile open in a tab, and sees every disagreement with both values. The application is parsed
// in a dedicated worker of this page (./reader.ts), never on its main thread, with a time budget.
// What is kept: the comparison's findings with the profile, and the application's phones and emails
// only as keyed hashes in the shared-detail index (so another profile showing them is matched); the
// application itself only when the user ticks "keep the application". Forget and delete-all remove it.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AnswerOf, UiRequest } from '../../src/messages.ts';
import { ApplicationError, MAX_APPLICATION_BYTES, type Application } from '../../src/application/model.ts';
import { failureText } from '../../src/application/failures.ts';
import { describeCut } from '../../src/application/limits.ts';
import { markInvisible } from '../../src/invisible.ts';
import { readInWorker } from './reader.ts';
import { compareWithApplication } from '../../src/compare.ts';
import type { StoredComparison } from '../../src/memory/store.ts';
import type { Assessment, ProfileSnapshot } from '../../src/model.ts';
import { DISPOSABLE_DOMAINS_FILE } from '../../src/signals/common/disposable-domains.ts';
import { describeDates } from '../../src/signals/common/application.ts';
import { SEVERITY_WORDS, shortDate } from '../../src/ui/texts.ts';
import { stillShowsProfile, tabIdFrom } from '../report/tab.ts';
import { fetchText, lazyDisposableDomains } from '../../src/worker/disposable-domains.ts';
import { t, tn, words, wordsLanguage } from '../../src/i18n.ts';
import { COMPARE_CSS, PAGE_CSS } from '../../src/ui/page-styles.ts';

// The page's words are in the browser's language (_locales): so is its lang, for screen readers and hyphenation.
document.documentElement.lang = wordsLanguage();
document.title = t('cmp_page_title');

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

const disposableDomains = lazyDisposableDomains(() => fetchText(browser.runtime.getURL(DISPOSABLE_DOMAINS_FILE)));

interface OpenProfile {
  tabId: number;
  profileKey: string;
  snapshot: ProfileSnapshot;
}

async function openProfiles(): Promise<OpenProfile[]> {
  const tabs = await browser.tabs.query({ url: 'https://*.linkedin.com/*' });
  const out: OpenProfile[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const answer = await ask({ type: 'ui/tab-state', tabId: tab.id });
    if (answer.ok && answer.state.status === 'profile') out.push({ tabId: tab.id, profileKey: answer.state.profileKey, snapshot: answer.state.snapshot });
  }
  return out;
}

/** The kind of file a résumé was read from, in words ("JSON Resume", "text"). */
const SOURCE_WORDS = words<Application['source']>('cmp_kind_', ['pdf', 'docx', 'json-resume', 'text']);
/** A kept comparison's kind as stored (a string from storage): in words when it is one Telltale knows. */
const sourceWords = (kind: string): string => (Object.hasOwn(SOURCE_WORDS, kind) ? SOURCE_WORDS[kind as Application['source']] : kind);

function ApplicationView({ app }: { app: Application }) {
  return (
    <dl class="app">
      <dt>{t('cmp_app_read_from')}</dt>
      <dd>{t('cmp_app_source', [app.fileName ? markInvisible(app.fileName) : t('cmp_pasted_text'), SOURCE_WORDS[app.source]])}</dd>
      {app.cuts ? (
        <>
          <dt>{t('cmp_app_read_in_part')}</dt>
          <dd data-telltale-compare="cuts">
            {app.cuts.map((cut) => (
              <div key={cut.part}>{describeCut(cut)}</div>
            ))}
            <div class="muted">{t('cmp_app_cut_note')}</div>
          </dd>
        </>
      ) : null}
      <dt>{t('cmp_app_name')}</dt>
      <dd>{app.name ? markInvisible(app.name) : <span class="muted">{t('cmp_not_read')}</span>}</dd>
      <dt>{t('cmp_app_location')}</dt>
      <dd>{app.location ? markInvisible(app.location) : <span class="muted">{t('cmp_not_read')}</span>}</dd>
      <dt>{t('cmp_app_emails')}</dt>
      <dd>{markInvisible(app.emails.join(', ')) || <span class="muted">{t('cmp_none')}</span>}</dd>
      <dt>{t('cmp_app_phones')}</dt>
      <dd>{markInvisible(app.phones.map((p) => p.raw).join(', ')) || <span class="muted">{t('cmp_none')}</span>}</dd>
      <dt>{t('cmp_app_linkedin')}</dt>
      <dd>{markInvisible(app.linkedinUrls.join(', ')) || <span class="muted">{t('cmp_none')}</span>}</dd>
      <dt>{t('cmp_app_positions')}</dt>
      <dd>
        {app.positions.length === 0 ? <span class="muted">{t('cmp_none_read')}</span> : null}
        {app.positions.map((p, i) => (
          <div key={i}>
            {markInvisible(`${p.title ?? t('cmp_no_title')} · ${p.employer}`)} ({describeDates(p.start, p.end, p.current)})
          </div>
        ))}
      </dd>
      <dt>{t('cmp_app_education')}</dt>
      <dd>
        {app.education.length === 0 ? <span class="muted">{t('cmp_none_read')}</span> : null}
        {app.education.map((e, i) => (
          <div key={i}>
            {markInvisible(`${[e.degree, e.field].filter(Boolean).join(', ') || t('cmp_no_degree')} · ${e.school}`)} ({describeDates(e.start, e.end, false)})
          </div>
        ))}
      </dd>
    </dl>
  );
}

function Comparison({ result }: { result: Assessment }) {
  return (
    <section aria-live="polite">
      <h2>
        {result.findings.length === 0 ? t('cmp_no_disagreement_heading') : tn('cmp_disagreements', result.findings.length)} ·{' '}
        {t('cmp_coverage', [result.checksRun, result.checksTotal])}
      </h2>
      <p class="muted">{t('cmp_not_a_verdict')}</p>
      {result.findings.map((f) => (
        <div key={f.id} class={`finding ${f.severity}`}>
          <strong>{t('cmp_finding_title', [SEVERITY_WORDS[f.severity], markInvisible(f.title)])}</strong>
          <div>{markInvisible(f.evidence)}</div>
          <div class="muted">{t('cmp_how_to_verify', f.howToVerify)}</div>
        </div>
      ))}
      {result.notChecked.length > 0 ? (
        <>
          <h2>{t('cmp_not_compared_heading')}</h2>
          <ul>
            {result.notChecked.map((n) => (
              <li key={n.signal}>{n.partial ? t('cmp_not_compared_partly', [n.reason, n.howToSee]) : t('cmp_not_compared_item', [n.reason, n.howToSee])}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The time the bench reads (scripts/bench-application-chromium.ts): one application read to an Application in this page. */
const READ_MEASURE = 'telltale:read-application';

const disagreements = (n: number) => (n === 0 ? t('cmp_no_disagreement') : tn('cmp_disagreements', n));

/** "With cv.pdf (PDF): 2 disagreements; the application is kept too. …": what the kept comparison holds. */
function keptLine(kept: StoredComparison): string {
  const args = [kept.fileName ? markInvisible(kept.fileName) : t('cmp_pasted_text'), sourceWords(kept.source), disagreements(kept.findings.length)];
  if (kept.text !== null) return t('cmp_kept_with_text', args);
  return kept.contactsMasked ? t('cmp_kept_with_masked', args) : t('cmp_kept_with', args);
}

/** The comparison kept with this profile earlier, as the compare page opens on it: its date, and Replace or Delete. */
function KeptComparison({ kept, showFindings, canReplace, onReplace, onDelete }: { kept: StoredComparison; showFindings: boolean; canReplace: boolean; onReplace: () => void; onDelete: () => void }) {
  return (
    <section data-telltale-compare="kept">
      <h2>{t('cmp_kept_heading', shortDate(kept.comparedAt, wordsLanguage()))}</h2>
      <p>{keptLine(kept)}</p>
      {showFindings
        ? kept.findings.map((f) => (
            <div key={f.id} class={`finding ${f.severity}`}>
              <strong>{t('cmp_finding_title', [SEVERITY_WORDS[f.severity], markInvisible(f.title)])}</strong>
              <div>{markInvisible(f.evidence)}</div>
            </div>
          ))
        : null}
      <button type="button" class="btn" disabled={!canReplace} onClick={onReplace}>
        {t('cmp_replace')}
      </button>{' '}
      <button type="button" class="btn quiet" onClick={onDelete}>
        {t('cmp_delete')}
      </button>
    </section>
  );
}

function ComparePage() {
  const [profiles, setProfiles] = useState<OpenProfile[] | null>(null);
  // compare.html#tab=<id>, as the worker (the panel's button) and the popup open it: that tab's profile.
  const [tabId, setTabId] = useState<number | null>(() => tabIdFrom(location.hash));
  /** Why the tab this page was opened for is not used (gone, no profile now, a bad address): said, never replaced by another. */
  const [badTab, setBadTab] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [app, setApp] = useState<Application | null>(null);
  const [result, setResult] = useState<Assessment | null>(null);
  const [over, setOver] = useState(false);
  const [keepText, setKeepText] = useState(false);
  const [kept, setKept] = useState<string | null>(null);
  /** The comparison kept with the chosen profile (undefined while asked for, null when none). */
  const [stored, setStored] = useState<StoredComparison | null | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    openProfiles()
      .then((list) => {
        setProfiles(list);
        const asked = tabIdFrom(location.hash);
        if (location.hash !== '' && asked === null) {
          setBadTab(t('cmp_bad_address', [location.hash.slice(0, 40), t('compare_button')]));
          setTabId(null);
        } else if (asked !== null && !list.some((p) => p.tabId === asked)) {
          setBadTab(t('cmp_tab_gone', t('compare_button')));
          setTabId(null);
        } else setTabId(asked ?? list[0]?.tabId ?? null);
      })
      .catch(() => setProfiles([]));
  }, []);

  const profile = profiles?.find((p) => p.tabId === tabId) ?? null;
  const profileKey = profile?.profileKey ?? null;

  async function loadStored(key: string): Promise<void> {
    const answer = await ask({ type: 'ui/kept-comparison', profileKey: key });
    setStored(answer.ok ? answer.comparison : null);
  }

  useEffect(() => {
    setStored(undefined);
    if (profileKey) loadStored(profileKey).catch(() => setStored(null));
  }, [profileKey]);

  async function deleteStored(): Promise<void> {
    if (!profileKey) return;
    const answer = await ask({ type: 'ui/delete-comparison', profileKey });
    if (!answer.ok) {
      setError(t('cmp_delete_failed', answer.error));
      return;
    }
    setStored(null);
    setKept(t('cmp_deleted'));
  }

  async function compare(read: () => Promise<Application>, pasted: string | null): Promise<void> {
    if (!profile) return;
    setBusy(true);
    setError(null);
    setKept(null);
    try {
      // The tab must still show the profile this page listed: a tab that moved on compares nothing.
      if (!stillShowsProfile(await ask({ type: 'ui/tab-state', tabId: profile.tabId }), profile.profileKey)) {
        setApp(null);
        setResult(null);
        setError(profile.snapshot.name ? t('cmp_tab_moved', profile.snapshot.name) : t('cmp_tab_moved_unnamed'));
        return;
      }
      const start = performance.now();
      const application = await read();
      performance.measure(READ_MEASURE, { start });
      const list = application.emails.length > 0 ? await disposableDomains() : null;
      const comparison = compareWithApplication(profile.snapshot, application, { now: new Date(), region: null, memory: null, disposableDomains: list });
      setApp(application);
      setResult(comparison);
      const answer = await ask({
        type: 'ui/keep-comparison',
        profileKey: profile.profileKey,
        comparison: {
          source: application.source,
          fileName: application.fileName,
          findings: comparison.findings.map(({ id, signal, severity, title, evidence }) => ({ id, signal, severity, title, evidence })),
          notChecked: comparison.notChecked.map((n) => n.signal),
          // A file's own text is not kept: with the box ticked, the application as read is.
          text: keepText ? (pasted ?? JSON.stringify(application)) : null,
        },
        phones: application.phones.map((p) => p.raw),
        emails: application.emails,
      });
      setKept(answer.ok && answer.kept ? (keepText ? t('cmp_kept_now_with_application', t('forget_button')) : t('cmp_kept_now', t('forget_button'))) : t('cmp_not_kept'));
      await loadStored(profile.profileKey);
    } catch (err) {
      // A failed file keeps nothing, and the previous file's result leaves the screen with it: what
      // stays shown must be what was just read.
      setApp(null);
      setResult(null);
      setError(err instanceof ApplicationError ? err.message : t('cmp_read_failed', (err as Error).message));
    } finally {
      setBusy(false);
    }
  }

  async function takeFile(file: File | undefined): Promise<void> {
    // One application at a time: a file dropped while one is read waits for the user to drop it again.
    if (!file || busy) return;
    if (file.size > MAX_APPLICATION_BYTES) {
      setError(failureText({ why: 'too-large', bytes: file.size }));
      return;
    }
    await compare(async () => readInWorker({ kind: 'file', bytes: await file.arrayBuffer(), fileName: file.name }), null);
  }

  return (
    <main>
      <h1>{t('cmp_heading')}</h1>
      <section>
        <label>
          {t('cmp_profile_label')}{' '}
          {profiles === null ? (
            <span class="muted">{t('cmp_looking')}</span>
          ) : profiles.length === 0 ? (
            <span class="error">{t('cmp_no_profile_open')}</span>
          ) : (
            <select
              value={tabId === null ? '' : String(tabId)}
              onChange={(e) => {
                const value = (e.target as HTMLSelectElement).value;
                setTabId(value === '' ? null : Number(value));
                if (value !== '') setBadTab(null);
              }}
            >
              {tabId === null ? <option value="">{t('cmp_choose_profile')}</option> : null}
              {profiles.map((p) => (
                <option key={p.tabId} value={String(p.tabId)}>
                  {p.snapshot.name ? markInvisible(p.snapshot.name) : t('fa_no_name')}
                  {p.snapshot.slug ? markInvisible(` · /in/${p.snapshot.slug}/`) : ''}
                </option>
              ))}
            </select>
          )}
        </label>
        {badTab ? (
          <p class="error" role="alert" data-telltale-compare="bad-tab">
            {badTab}
          </p>
        ) : null}
      </section>
      <section>
        <div
          class={`drop${over ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            void takeFile(e.dataTransfer?.files[0]);
          }}
        >
          <p>{t('cmp_drop')}</p>
          <input
            ref={fileInput}
            type="file"
            aria-label={t('cmp_choose_file')}
            accept=".pdf,.docx,.json,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json,text/plain"
            disabled={!profile || busy}
            onChange={(e) => void takeFile((e.target as HTMLInputElement).files?.[0])}
          />
        </div>
      </section>
      <section>
        <label for="paste">{t('cmp_paste_label')}</label>
        <textarea id="paste" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        <button type="button" class="btn primary" disabled={!profile || busy || text.trim() === ''} onClick={() => void compare(() => readInWorker({ kind: 'text', text }), text)}>
          {t('cmp_compare')}
        </button>
      </section>
      <section>
        <label>
          <input type="checkbox" checked={keepText} onChange={(e) => setKeepText((e.target as HTMLInputElement).checked)} /> {t('cmp_keep_application')}
        </label>
      </section>
      {stored ? (
        <KeptComparison kept={stored} showFindings={result === null} canReplace={!!profile && !busy} onReplace={() => fileInput.current?.click()} onDelete={() => void deleteStored()} />
      ) : null}
      {busy ? <p aria-live="polite">{t('cmp_reading')}</p> : null}
      {kept ? <p class="muted">{kept}</p> : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {result ? <Comparison result={result} /> : null}
      {app ? (
        <section>
          <h2>{t('cmp_application_as_read')}</h2>
          <ApplicationView app={app} />
        </section>
      ) : null}
      <p class="muted">{t('cmp_stays_here')}</p>
    </main>
  );
}

// The panel's visual language, light and dark (src/ui/page-styles.ts), as on the popup and options.
const style = document.createElement('style');
style.textContent = PAGE_CSS + COMPARE_CSS;
document.head.append(style);
render(<ComparePage />, document.getElementById('app')!);
