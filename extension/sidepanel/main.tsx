// The side panel (Chrome) or sidebar (Firefox): the full findings panel for the profile in this
// window's active tab, following the user from tab to tab and from profile to profile. It needs
// nothing in the page, so it is the whole UI in quiet mode. It asks the worker for a tab's state as
// the popup does, and redraws when that state changes in the session area (a new snapshot, Forget).
// Opened in a tab of its own (tests), it follows the other tabs of its window, or of ?window=<id>.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AnswerOf, TabState, UiRequest } from '../../src/messages.ts';
import { explainFromCatalogue } from '../../src/signals/catalogue-explain.ts';
import { groupNotChecked } from '../../src/ui/missing-groups.ts';
import { PAGE_CSS } from '../../src/ui/page-styles.ts';
import { Panel, type PanelContent, type PanelProps } from '../../src/ui/Panel.tsx';
import { CSS } from '../../src/ui/styles.ts';
import { markInvisible } from '../../src/invisible.ts';
import { t, wordsLanguage } from '../../src/i18n.ts';

// The page's words are in the browser's language (_locales): so is its lang, for screen readers and hyphenation.
document.documentElement.lang = wordsLanguage();

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

/** The panel's own look, as in the page, filling the side panel instead of floating over a page. */
const SIDE_CSS = `${CSS}
:host{display:block}
.dialog{border:0;border-radius:0;box-shadow:none}
.body{overflow:visible}`;

/** Renders the in-page panel's component in a shadow root of this page, so its CSS stays as it is. */
function PanelRoot(props: { content: PanelContent } & Pick<PanelProps, 'onReview' | 'onReport' | 'onForget'>) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    render(
      <>
        <style>{SIDE_CSS}</style>
        <Panel
          content={props.content}
          explain={explainFromCatalogue}
          focusFinding={null}
          focusToken={0}
          onClose={() => window.close()}
          onReview={props.onReview}
          onReport={props.onReport}
          onForget={props.onForget}
        />
      </>,
      root,
    );
  });
  return <div ref={host} data-telltale-side="panel" data-theme="auto" />;
}

interface Followed {
  tabId: number;
  url: string | null;
  state: TabState;
}

function SidePanel({ windowId, ownTabId }: { windowId: number; ownTabId: number | null }) {
  const [followed, setFollowed] = useState<Followed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<number | null>(null);

  useEffect(() => {
    const load = async (tabId: number) => {
      current.current = tabId;
      const [answer, tab] = await Promise.all([ask({ type: 'ui/tab-state', tabId }), browser.tabs.get(tabId).catch(() => null)]);
      if (current.current !== tabId) return; // the user moved on meanwhile
      if (!answer.ok) return setError(answer.error);
      setError(null);
      setFollowed({ tabId, url: tab?.url ?? null, state: answer.state });
    };
    const follow = (tabId: number) => {
      if (tabId === ownTabId) return; // this page itself, opened in a tab: keep showing the last one
      void load(tabId).catch((e: unknown) => setError(String(e)));
    };
    void browser.tabs.query({ active: true, windowId }).then(([tab]) => tab?.id !== undefined && follow(tab.id));

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) follow(info.tabId);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && current.current !== null && `tab:${current.current}` in changes) follow(current.current);
    };
    const onRemoved = (tabId: number) => {
      if (tabId === current.current) {
        current.current = null;
        setFollowed(null);
      }
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.storage.onChanged.addListener(onChanged);
    browser.tabs.onRemoved.addListener(onRemoved);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.storage.onChanged.removeListener(onChanged);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, [windowId, ownTabId]);

  if (error) return <p role="alert">{t('side_state_failed', error)}</p>;
  const state = followed?.state ?? { status: 'none' };
  if (state.status === 'none' || !followed) {
    return (
      <>
        <h1>Telltale</h1>
        <p data-telltale-side="none">{t('side_none')}</p>
      </>
    );
  }
  if (state.status === 'not-a-profile') {
    return (
      <>
        <h1>Telltale</h1>
        <p data-telltale-side="not-a-profile">{t('side_not_a_profile', state.reason)}</p>
      </>
    );
  }
  const { tabId } = followed;
  const { profileKey, snapshot, assessment, review } = state;
  const pageUrl = followed.url ?? snapshot.profileUrl ?? null;
  const content: PanelContent = {
    kind: 'assessment',
    assessment,
    review,
    missing: groupNotChecked(assessment.notChecked, pageUrl, (href) => void browser.tabs.update(tabId, { url: href })),
  };
  return (
    <>
      <h1 class="profile" data-telltale-side="name">
        {snapshot.name ? markInvisible(snapshot.name) : t('side_this_profile')}
      </h1>
      <PanelRoot
        content={content}
        onReview={async (outcome) => {
          const answer = await ask({ type: 'ui/review', profileKey, outcome });
          if (!answer.ok) throw new Error(answer.error);
          setFollowed((f) => (f && f.state.status === 'profile' && f.tabId === tabId ? { ...f, state: { ...f.state, review: answer.review } } : f));
        }}
        onReport={async () => {
          await browser.tabs.create({ url: browser.runtime.getURL(`report.html#tab=${tabId}`), openerTabId: tabId });
        }}
        onForget={async () => {
          const answer = await ask({ type: 'ui/forget', profileKey });
          if (!answer.ok) throw new Error(answer.error);
          return answer.forgotten;
        }}
      />
    </>
  );
}

async function start(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = `${PAGE_CSS}\nmain{padding:0}\nh1{padding:12px 16px 0;margin:0;font-size:18px}\nh1+p{padding:0 16px}\n[role=alert]{padding:0 16px;color:var(--tt-high-fg)}`;
  document.head.append(style);
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const param = new URLSearchParams(location.search).get('window');
  const windowId = param !== null && /^\d+$/.test(param) ? Number(param) : (own?.windowId ?? (await browser.windows.getCurrent()).id!);
  const app = document.getElementById('app');
  if (app)
    render(
      <main>
        <SidePanel windowId={windowId} ownTabId={own?.id ?? null} />
      </main>,
      app,
    );
}

void start();
