// The worker's router alone, over routes that only record what reached them: every message is
// validated first, a content script's message reaches its handler only when its route's sender
// rule lets it, the extension's pages are not held to a tab, a handler that throws is answered,
// and the table in src/worker/handlers.ts gives each page message the rule it needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerOf, PageRequest } from '../../src/messages.ts';
import { createContext, type Sender } from '../../src/worker/context.ts';
import { createRouter, THAT_PROFILE_ONLY, type PageRoutes, type SenderRule, type UiRoutes } from '../../src/worker/router.ts';
import { fakeArea } from './fakes.ts';

function setup(shown: { profileKey: string; url: string } | null) {
  const reached: string[] = [];
  const ctx = createContext({ session: fakeArea(), local: fakeArea(), now: () => new Date('2026-11-01T10:00:00Z') });
  const ok = async (): Promise<{ ok: true }> => ({ ok: true });
  const route = (type: PageRequest['type'], sender: SenderRule) => ({
    sender,
    handle: async () => {
      reached.push(type);
      return { ok: true, forgotten: true, review: null, quietMode: false } as unknown as AnswerOf[typeof type];
    },
  });
  const page = {
    'page/snapshot': route('page/snapshot', 'own-tab'),
    'page/not-a-profile': route('page/not-a-profile', 'own-tab'),
    'page/settings': route('page/settings', 'own-tab'),
    'page/words': route('page/words', 'own-tab'),
    'page/review': route('page/review', 'shows-profile'),
    'page/forget': route('page/forget', 'shows-profile'),
    'page/open-report': route('page/open-report', 'last-showed'),
    'page/open-compare': route('page/open-compare', 'last-showed'),
    'page/load-structure': route('page/load-structure', 'own-tab'),
    'page/load-content': route('page/load-content', 'own-tab'),
  } as PageRoutes;
  const ui = new Proxy({}, {
    get: (_t, type: string) => async () => {
      reached.push(type);
      if (type === 'ui/overview') throw new Error('disk on fire');
      return ok();
    },
  }) as UiRoutes;
  const checks = {
    tabShows: async (sender: Sender, key: string) => shown !== null && sender.tabId === 7 && key === shown.profileKey && sender.url === shown.url,
    tabLastShowed: async (sender: Sender, key: string) => shown !== null && sender.tabId === 7 && key === shown.profileKey,
  };
  return { reached, router: createRouter(ctx, page, ui, checks) };
}

const JANE = { profileKey: 'slug:jane-doe', url: 'https://www.linkedin.com/in/jane-doe/' };
const tab7 = (url = JANE.url): Sender => ({ tabId: 7, frameId: 0, url });

describe('the worker router', () => {
  it('answers an unknown or malformed message with an error and reaches no handler', async () => {
    const { reached, router } = setup(JANE);
    expect(await router.handlePage({ type: 'page/nothing' }, tab7())).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message/) });
    expect(await router.handlePage({ type: 'page/review', profileKey: '', outcome: 'cleared' }, tab7())).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message/) });
    expect(await router.handleUi({ type: 'page/review', profileKey: 'slug:jane-doe', outcome: 'cleared' })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message/) });
    expect(reached).toEqual([]);
  });

  it('lets a content script act only on the profile its tab shows, by each route\'s rule', async () => {
    const { reached, router } = setup(JANE);
    const review = { type: 'page/review', profileKey: 'slug:jane-doe', outcome: 'cleared' };
    expect(await router.handlePage(review, tab7())).toEqual({ ok: true, forgotten: true, review: null, quietMode: false });
    // Another profile, the same profile from a tab that moved on, another tab: refused.
    expect(await router.handlePage({ ...review, profileKey: 'slug:sam-other' }, tab7())).toEqual({ ok: false, error: THAT_PROFILE_ONLY });
    expect(await router.handlePage(review, tab7('https://www.linkedin.com/feed/'))).toEqual({ ok: false, error: THAT_PROFILE_ONLY });
    expect(await router.handlePage({ type: 'page/forget', profileKey: 'slug:jane-doe' }, { ...tab7(), tabId: 8 })).toEqual({ ok: false, error: THAT_PROFILE_ONLY });
    // Opening a page for the profile: the tab's last snapshot decides (its address may have moved in-app meanwhile).
    expect(await router.handlePage({ type: 'page/open-report', profileKey: 'slug:jane-doe' }, tab7('https://www.linkedin.com/in/jane-doe/details/'))).toMatchObject({ ok: true });
    expect(await router.handlePage({ type: 'page/open-compare', profileKey: 'slug:sam-other' }, tab7())).toMatchObject({ ok: false, error: expect.stringMatching(/does not show that profile/) });
    // Messages about the tab itself need no profile.
    expect(await router.handlePage({ type: 'page/settings' }, { tabId: null, frameId: null, url: null })).toMatchObject({ ok: true });
    expect(reached).toEqual(['page/review', 'page/open-report', 'page/settings']);
  });

  it('hands a snapshot to its handler in the same step (what is asked after it then waits for it), and lets a tabless sender\'s open-report reach its handler to be told what it needs', async () => {
    const { reached, router } = setup(JANE);
    const answer = router.handlePage({ type: 'page/snapshot', snapshot: {} }, tab7());
    expect(reached).toEqual(['page/snapshot']);
    await answer;
    expect(await router.handlePage({ type: 'page/open-report', profileKey: 'slug:jane-doe' }, { tabId: null, frameId: null, url: null })).toMatchObject({ ok: true });
    expect(reached).toEqual(['page/snapshot', 'page/open-report']);
  });

  it('does not hold the extension\'s pages to a tab, and answers a handler that throws', async () => {
    const { reached, router } = setup(null);
    expect(await router.handleUi({ type: 'ui/review', profileKey: 'slug:jane-doe', outcome: 'cleared' })).toEqual({ ok: true });
    expect(await router.handleUi({ type: 'ui/overview' })).toEqual({ ok: false, error: 'the worker could not handle this: disk on fire' });
    expect(reached).toEqual(['ui/review', 'ui/overview']);
  });

  it('the worker\'s table gives the messages that act on a profile a rule that checks the tab', () => {
    const table = readFileSync(join(import.meta.dirname, '../../src/worker/handlers.ts'), 'utf8');
    const rules = Object.fromEntries([...table.matchAll(/'(page\/[a-z-]+)': \{ sender: '([a-z-]+)'/g)].map((m) => [m[1], m[2]]));
    expect(rules).toEqual({
      'page/snapshot': 'own-tab',
      'page/not-a-profile': 'own-tab',
      'page/settings': 'own-tab',
      'page/words': 'own-tab',
      'page/review': 'shows-profile',
      'page/forget': 'shows-profile',
      'page/open-report': 'last-showed',
      'page/open-compare': 'last-showed',
      'page/load-structure': 'own-tab',
      'page/load-content': 'own-tab',
    });
  });
});
