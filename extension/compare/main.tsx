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
import { describeCut } from '../../src/application/limits.ts';
import { markInvisible } from '../../src/invisible.ts';
import { readInWorker } from './reader.ts';
import { compareWithApplication } from '../../src/compare.ts';
import type { StoredComparison } from '../../src/memory/store.ts';
import type { Assessment, ProfileSnapshot } from '../../src/model.ts';
import { DISPOSABLE_DOMAINS_FILE } from '../../src/signals/common/disposable-domains.ts';
import { describeDates } from '../../src/signals/common/application.ts';
import { shortDate } from '../../src/ui/texts.ts';
import { stillShowsProfile, tabIdFrom } from '../report/tab.ts';
import { fetchText, lazyDisposableDomains } from '../../src/worker/disposable-domains.ts';
import { englishOnly } from '../../src/i18n-english.ts';

// This page's own words are English still: so are the shared ones it shows (src/i18n-english.ts).
englishOnly();

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

const SEVERITY_WORDS = { alert: 'Alert', warn: 'Warning', info: 'Note' } as const;

function ApplicationView({ app }: { app: Application }) {
  return (
    <dl class="app">
      <dt>Read from</dt>
      <dd>{app.fileName ? markInvisible(app.fileName) : 'pasted text'} ({app.source})</dd>
      {app.cuts ? (
        <>
          <dt>Read in part</dt>
          <dd data-telltale-compare="cuts">
            {app.cuts.map((cut) => (
              <div key={cut.part}>{describeCut(cut)}</div>
            ))}
            <div class="muted">This is far beyond a résumé: what was left out was not compared.</div>
          </dd>
        </>
      ) : null}
      <dt>Name</dt>
      <dd>{app.name ? markInvisible(app.name) : <span class="muted">not read</span>}</dd>
      <dt>Location</dt>
      <dd>{app.location ? markInvisible(app.location) : <span class="muted">not read</span>}</dd>
      <dt>Emails</dt>
      <dd>{markInvisible(app.emails.join(', ')) || <span class="muted">none</span>}</dd>
      <dt>Phones</dt>
      <dd>{markInvisible(app.phones.map((p) => p.raw).join(', ')) || <span class="muted">none</span>}</dd>
      <dt>LinkedIn</dt>
      <dd>{markInvisible(app.linkedinUrls.join(', ')) || <span class="muted">none</span>}</dd>
      <dt>Positions</dt>
      <dd>
        {app.positions.length === 0 ? <span class="muted">none read</span> : null}
        {app.positions.map((p, i) => (
          <div key={i}>
            {markInvisible(`${p.title ?? '(no title)'} · ${p.employer}`)} ({describeDates(p.start, p.end, p.current)})
          </div>
        ))}
      </dd>
      <dt>Education</dt>
      <dd>
        {app.education.length === 0 ? <span class="muted">none read</span> : null}
        {app.education.map((e, i) => (
          <div key={i}>
            {markInvisible(`${[e.degree, e.field].filter(Boolean).join(', ') || '(no degree)'} · ${e.school}`)} ({describeDates(e.start, e.end, false)})
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
        {result.findings.length === 0 ? 'No disagreement in what could be compared' : `${result.findings.length} disagreement${result.findings.length === 1 ? '' : 's'}`} ·{' '}
        {result.checksRun} of {result.checksTotal} comparisons ran
      </h2>
      <p class="muted">Evidence for a person to review, never a verdict: tailored résumés, profiles not kept up to date, translated school names and renamed companies explain many differences.</p>
      {result.findings.map((f) => (
        <div key={f.id} class={`finding ${f.severity}`}>
          <strong>
            {SEVERITY_WORDS[f.severity]}: {markInvisible(f.title)}
          </strong>
          <div>{markInvisible(f.evidence)}</div>
          <div class="muted">How to verify: {f.howToVerify}</div>
        </div>
      ))}
      {result.notChecked.length > 0 ? (
        <>
          <h2>Not compared</h2>
          <ul>
            {result.notChecked.map((n) => (
              <li key={n.signal}>
                {n.reason}
                {n.partial ? ' (partly compared)' : ''}: {n.howToSee}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The time the bench reads (scripts/bench-application-chromium.ts): one application read to an Application in this page. */
const READ_MEASURE = 'telltale:read-application';

const disagreements = (n: number) => (n === 0 ? 'no disagreement in what could be compared' : `${n} disagreement${n === 1 ? '' : 's'}`);

/** The comparison kept with this profile earlier, as the compare page opens on it: its date, and Replace or Delete. */
function KeptComparison({ kept, showFindings, canReplace, onReplace, onDelete }: { kept: StoredComparison; showFindings: boolean; canReplace: boolean; onReplace: () => void; onDelete: () => void }) {
  return (
    <section data-telltale-compare="kept">
      <h2>Kept comparison, made on {shortDate(kept.comparedAt)}</h2>
      <p>
        With {kept.fileName ? markInvisible(kept.fileName) : 'pasted text'} ({kept.source}): {disagreements(kept.findings.length)}
        {kept.text !== null ? '; the application is kept too' : kept.contactsMasked ? "; the application's phones and e-mails are kept masked" : ''}. Comparing another application replaces it; a report of this profile includes it.
      </p>
      {showFindings
        ? kept.findings.map((f) => (
            <div key={f.id} class={`finding ${f.severity}`}>
              <strong>
                {SEVERITY_WORDS[f.severity]}: {markInvisible(f.title)}
              </strong>
              <div>{markInvisible(f.evidence)}</div>
            </div>
          ))
        : null}
      <button type="button" disabled={!canReplace} onClick={onReplace}>
        Replace it with another application…
      </button>{' '}
      <button type="button" onClick={onDelete}>
        Delete the kept comparison
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
          setBadTab(`This page's address names no tab ("${location.hash.slice(0, 40)}"). Choose the profile below, or use "Compare with the application…" on the profile.`);
          setTabId(null);
        } else if (asked !== null && !list.some((p) => p.tabId === asked)) {
          setBadTab('The tab this page was opened for no longer shows a LinkedIn profile Telltale read. Choose the profile below, or open it again and use "Compare with the application…".');
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
      setError(`The kept comparison could not be deleted: ${answer.error}`);
      return;
    }
    setStored(null);
    setKept("Deleted: the kept comparison and the fingerprints of the application's phones and emails. The profile itself is still remembered.");
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
        setError(`Not compared: the tab of ${profile.snapshot.name ?? 'this profile'} no longer shows it. Open the profile again, then reload this page.`);
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
      setKept(
        answer.ok && answer.kept
          ? `Kept with this profile: the comparison and fingerprints of the application's phones and emails${keepText ? ', and the application' : ''}. "Forget this profile" removes them.`
          : 'Not kept: Telltale does not remember this profile (open it again, then compare).',
      );
      await loadStored(profile.profileKey);
    } catch (err) {
      // A failed file keeps nothing, and the previous file's result leaves the screen with it: what
      // stays shown must be what was just read.
      setApp(null);
      setResult(null);
      setError(err instanceof ApplicationError ? err.message : `The application could not be read: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  async function takeFile(file: File | undefined): Promise<void> {
    // One application at a time: a file dropped while one is read waits for the user to drop it again.
    if (!file || busy) return;
    if (file.size > MAX_APPLICATION_BYTES) {
      setError(`This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; applications over ${MAX_APPLICATION_BYTES / 1024 / 1024} MB are not read. Ask for a smaller file, or paste the text.`);
      return;
    }
    await compare(async () => readInWorker({ kind: 'file', bytes: await file.arrayBuffer(), fileName: file.name }), null);
  }

  return (
    <main>
      <h1>Compare with the application</h1>
      <section>
        <label>
          Profile:{' '}
          {profiles === null ? (
            <span class="muted">looking for open LinkedIn profiles…</span>
          ) : profiles.length === 0 ? (
            <span class="error">No LinkedIn profile is open in a tab. Open the candidate's profile, then reload this page.</span>
          ) : (
            <select
              value={tabId === null ? '' : String(tabId)}
              onChange={(e) => {
                const value = (e.target as HTMLSelectElement).value;
                setTabId(value === '' ? null : Number(value));
                if (value !== '') setBadTab(null);
              }}
            >
              {tabId === null ? <option value="">Choose a profile…</option> : null}
              {profiles.map((p) => (
                <option key={p.tabId} value={String(p.tabId)}>
                  {p.snapshot.name ? markInvisible(p.snapshot.name) : '(no name)'}
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
          <p>Drop the résumé here (PDF, DOCX, JSON Resume or text), or</p>
          <input
            ref={fileInput}
            type="file"
            aria-label="Choose the application file"
            accept=".pdf,.docx,.json,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json,text/plain"
            disabled={!profile || busy}
            onChange={(e) => void takeFile((e.target as HTMLInputElement).files?.[0])}
          />
        </div>
      </section>
      <section>
        <label for="paste">Or paste the application's text (from the ATS or the email):</label>
        <textarea id="paste" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        <button type="button" disabled={!profile || busy || text.trim() === ''} onClick={() => void compare(() => readInWorker({ kind: 'text', text }), text)}>
          Compare
        </button>
      </section>
      <section>
        <label>
          <input type="checkbox" checked={keepText} onChange={(e) => setKeepText((e.target as HTMLInputElement).checked)} /> Keep the application with
          this profile, its phones and e-mails as written (by default only the comparison is kept, its phones and e-mails masked as "+1 ••• ••• 5309", and
          fingerprints of them; a report of this profile carries them masked unless you tick that on the report form)
        </label>
      </section>
      {stored ? (
        <KeptComparison kept={stored} showFindings={result === null} canReplace={!!profile && !busy} onReplace={() => fileInput.current?.click()} onDelete={() => void deleteStored()} />
      ) : null}
      {busy ? <p aria-live="polite">Reading the application…</p> : null}
      {kept ? <p class="muted">{kept}</p> : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {result ? <Comparison result={result} /> : null}
      {app ? (
        <section>
          <h2>The application as read</h2>
          <ApplicationView app={app} />
        </section>
      ) : null}
      <p class="muted">The application is read in this browser; nothing of it leaves it.</p>
    </main>
  );
}

render(<ComparePage />, document.getElementById('app')!);
