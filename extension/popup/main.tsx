// Toolbar popup: what Telltale found on the current tab.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AnswerOf, TabState, UiRequest } from '../../src/messages.ts';

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

const LEVEL_WORDS = { high: 'High risk', medium: 'Some concerns', low: 'No concerns in what was checked' } as const;

function Popup() {
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setState({ status: 'none' });
      const answer = await ask({ type: 'ui/tab-state', tabId: tab.id });
      if (answer.ok) setState(answer.state);
      else setError(answer.error);
    })().catch((e: unknown) => setError(String(e)));
  }, []);

  if (error) return <p role="alert">Telltale could not load this tab's state: {error}</p>;
  if (!state) return <p>Loading…</p>;
  if (state.status === 'none') return <p>Open a LinkedIn profile to see what Telltale finds on it.</p>;
  if (state.status === 'not-a-profile') return <p>Telltale could not check this page: {state.reason}</p>;
  const { assessment, snapshot } = state;
  return (
    <main>
      <h1>{snapshot.name ?? 'This profile'}</h1>
      <p>
        {LEVEL_WORDS[assessment.level]} · {assessment.findings.length} findings · {assessment.checksRun} of{' '}
        {assessment.checksTotal} checks ran
      </p>
      <ul>
        {assessment.findings.map((f) => (
          <li key={f.id}>
            <strong>{f.title}</strong>: {f.evidence}
          </li>
        ))}
      </ul>
      <p>These are signals for a person to review, not a verdict.</p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
