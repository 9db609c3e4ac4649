// Content script: reads the visible profile, asks the worker to score it, and shows the result
// beside the page's own elements. One page run per profile view (src/page/watch.ts); a run that
// the page has moved past is abandoned through its AbortSignal.
import browser from 'webextension-polyfill';
import { readPageWithElements } from '../src/extract/index.ts';
import type { AnswerOf, PageRequest } from '../src/messages.ts';
import { removeAll, showAssessment, showUnreadable } from '../src/ui/inline.ts';
import { watchPage, type PageRun } from '../src/page/watch.ts';

async function ask<T extends PageRequest['type']>(request: PageRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

/** After an extension update the old script's runtime is gone: stop quietly. */
const contextInvalidated = (error: unknown) => String(error).includes('Extension context invalidated');

async function run(page: PageRun): Promise<void> {
  const { result, elements } = readPageWithElements(document, page.url);
  if (page.signal.aborted) return;
  if (result.kind === 'authwall' || result.kind === 'private' || result.kind === 'not-a-profile') {
    if (!/\/in\//.test(new URL(page.url).pathname)) return; // not a profile route: show nothing
    await ask({ type: 'page/not-a-profile', url: page.url, kind: result.kind, reason: result.reason });
    if (!page.signal.aborted) showUnreadable(document, result.reason);
    return;
  }
  const answer = await ask({ type: 'page/snapshot', snapshot: result });
  if (page.signal.aborted) return;
  if (!answer.ok) {
    console.debug('[telltale] worker refused the snapshot:', answer.error);
    showUnreadable(document, 'the page could not be read', elements.get('name'));
    return;
  }
  showAssessment(document, { assessment: answer.assessment, elements });
}

const watcher = watchPage({
  run: (page) =>
    run(page).catch((error: unknown) => {
      if (contextInvalidated(error)) watcher.stop();
      else console.debug('[telltale]', error);
    }),
  leave: () => removeAll(document),
});
