// Content script: reads the visible profile, asks the worker to score it, and shows the result
// beside the page's own elements. Not declared in the manifest: the worker runs it in a LinkedIn
// frame once that page has loaded, when the early script asks (page/load-content,
// extension/early.ts), so none of it is compiled or run while the page loads. One page run per
// profile view (src/page/watch.ts); a run that the page has moved past is abandoned through its
// AbortSignal. In quiet mode nothing is put into
// the page at all: the snapshot still goes to the worker, so the popup shows the findings.
import { isSnapshot, readPageWithElements } from '../src/extract/index.ts';
import type { NotAProfile, ProfileSnapshot } from '../src/model.ts';
import type { AnswerOf, PageRequest, ProfileChangedPush, SettingsPush } from '../src/messages.ts';
import { extensionApi, isProfileRoute } from '../src/page/ext.ts';
import { isLinkedInHost } from '../src/linkedin-url.ts';
import { loadedStructureSaver } from '../src/page/structure-global.ts';
import { watchPage, type PageRun } from '../src/page/watch.ts';
import type { SignalExplanation } from '../src/explanation.ts';
import { createInlineUi } from '../src/ui/inline.tsx';
import { profileSlug } from '../src/ui/missing-views.ts';
import { preferMessages } from '../src/i18n.ts';

/** Set in this isolated world by the first run: a second request for the same document does nothing. */
const RUNNING = 'telltaleContentRunning';

function start(): void {
  const browser = extensionApi();

  async function ask<T extends PageRequest['type']>(request: PageRequest & { type: T }): Promise<AnswerOf[T]> {
    return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
  }

  /** After an extension update the old script's runtime is gone: stop quietly. */
  const contextInvalidated = (error: unknown) => String(error).includes('Extension context invalidated');

  let quiet = false;
  // Asked of the worker: storage is closed to content scripts (their world may be compromised).
  // The words too: the browser's own i18n API would block the page while it hands over the whole
  // messages file (src/i18n.ts preferMessages). Without them, t() falls back to that API.
  const settingsRead = Promise.all([
    ask({ type: 'page/settings' }).then((answer) => {
      if (answer.ok) quiet = answer.quietMode;
    }),
    ask({ type: 'page/words' }).then((answer) => {
      if (answer.ok) preferMessages(answer.messages, answer.language);
    }),
  ]).catch(() => undefined);

  /** The catalogue's texts for the signals of the last answer (the worker sends them: see SnapshotAnswer). */
  const explanations = new Map<string, SignalExplanation>();

  /** What the readers made of the page last, for "Save the page structure". */
  let lastRead: ProfileSnapshot | NotAProfile | null = null;

  /**
   * The structure-file builder is not in this script (almost no page needs it): on a page whose layout
   * was not understood, where the panel offers "Save the page structure", the worker runs it in this
   * world once (extension/structure.ts). Until it has, the button saves nothing.
   */
  let structureAsked = false;
  function offerStructure(): void {
    if (structureAsked || loadedStructureSaver()) return;
    structureAsked = true;
    ask({ type: 'page/load-structure' }).then(
      (answer) => {
        if (!answer.ok) structureAsked = false;
      },
      () => (structureAsked = false),
    );
  }

  const ui = createInlineUi(document, {
    saveStructure: (event) => loadedStructureSaver()?.(event, lastRead) ?? null,
    explain: (signal) => explanations.get(signal),
    async saveReview(profileKey, outcome) {
      const answer = await ask({ type: 'page/review', profileKey, outcome });
      if (!answer.ok) throw new Error(answer.error);
      return answer.review;
    },
    // The report form is the extension's own page, which the worker opens for this tab's profile: the
    // note typed there and the evidence bundle never pass through this page.
    async onReport(view) {
      if (!view.profileKey) throw new Error('this profile has no key to report it under');
      const answer = await ask({ type: 'page/open-report', profileKey: view.profileKey });
      if (!answer.ok) throw new Error(answer.error);
    },
    // The application is read in the extension's compare page, never here (no pdf.js in the page).
    async onCompare(profileKey) {
      const answer = await ask({ type: 'page/open-compare', profileKey });
      if (!answer.ok) throw new Error(answer.error);
    },
    async forget(profileKey, reports) {
      const answer = await ask({ type: 'page/forget', profileKey, reports });
      if (!answer.ok) throw new Error(answer.error);
      return answer.forgotten;
    },
  });

  /**
   * "No profile markup recognised" on a profile route is often the moment between LinkedIn changing
   * the URL and drawing the new profile: that verdict waits this long, and any later run (the profile
   * arriving) cancels it. A sign-in wall or a private profile is said at once.
   */
  const UNRECOGNISED_GRACE_MS = 1_500;
  let unreadableLater: ReturnType<typeof setTimeout> | undefined;
  /** The profile the user navigated away from last (its slug). */
  let leftSlug: string | null = null;

  /** Runs overlap (the worker answers asynchronously): only the newest one that got an answer draws. */
  let runsStarted = 0;
  let newestDrawn = 0;
  const mayDraw = (seq: number) => {
    if (seq < newestDrawn) return false;
    newestDrawn = seq;
    return true;
  };

  async function run(page: PageRun): Promise<void> {
    const seq = ++runsStarted;
    clearTimeout(unreadableLater);
    const { result, elements } = readPageWithElements(document, page.url, { now: new Date() });
    if (page.signal.aborted) return;
    lastRead = result;
    if (!isSnapshot(result)) {
      const show = () => {
        if (page.signal.aborted || !mayDraw(seq)) return;
        if (quiet) ui.removeAll();
        else {
          if (result.kind === 'not-a-profile') offerStructure();
          ui.showUnreadable(result.reason, document.querySelector('main h1'), result.kind === 'not-a-profile');
        }
      };
      await settingsRead;
      if (result.kind === 'not-a-profile') unreadableLater = setTimeout(show, UNRECOGNISED_GRACE_MS);
      else show();
      await ask({ type: 'page/not-a-profile', url: page.url, kind: result.kind, reason: result.reason });
      return;
    }
    // LinkedIn changes the URL before it swaps the page: the profile just left may still be on screen.
    const slug = result.slug?.toLowerCase() ?? null;
    if (slug !== null && slug === leftSlug && slug !== profileSlug(page.url)) return;
    page.markRead();
    const answer = await ask({ type: 'page/snapshot', snapshot: result });
    await settingsRead;
    if (page.signal.aborted || !mayDraw(seq)) return;
    if (quiet) {
      ui.removeAll();
      return;
    }
    if (!answer.ok) {
      console.debug('[telltale] worker refused the snapshot:', answer.error);
      ui.showUnreadable('the page could not be read', elements.get('name'));
      return;
    }
    for (const [signal, text] of Object.entries(answer.explanations ?? {})) explanations.set(signal, text);
    if (answer.assessment.layoutNew) offerStructure();
    ui.showAssessment({
      url: page.url,
      profileKey: answer.profileKey,
      assessment: answer.assessment,
      review: answer.review,
      elements,
      name: result.name,
    });
  }

  const watcher = watchPage({
    applies: isProfileRoute,
    // The early script asked for this script at the load event, or 0.6 s after the page was parsed.
    readNow: true,
    run: (page) =>
      run(page).catch((error: unknown) => {
        if (contextInvalidated(error)) {
          watcher.stop();
          ui.removeAll();
        } else console.debug('[telltale]', error);
      }),
    // Moving between views of one profile (an overlay, a details page) keeps the UI until the next
    // run redraws it; leaving the profile removes everything at once.
    leave: (previous, next) => {
      leftSlug = profileSlug(previous);
      if (leftSlug === null || leftSlug !== profileSlug(next)) ui.removeAll();
    },
  });

  // A page brought back from the back/forward cache may show what changed meanwhile (a review, a
  // Forget): read it again. (Its tab state was dropped when the tab left it.)
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && !quiet) watcher.rerun();
  });

  // The worker tells every LinkedIn tab when quiet mode changes (this script cannot watch storage),
  // and a tab showing a profile when its review changed or it was forgotten, from any screen.
  browser.runtime.onMessage.addListener((message: unknown) => {
    const changed = message as Partial<ProfileChangedPush> | null;
    // Read again in quiet mode too: the popup shows what the worker was last sent (a team's answer, a review).
    if (changed?.type === 'worker/profile-changed') {
      watcher.rerun();
      return undefined;
    }
    const push = message as Partial<SettingsPush> | null;
    if (push?.type !== 'worker/settings' || typeof push.quietMode !== 'boolean') return undefined;
    const nowQuiet = push.quietMode;
    if (nowQuiet === quiet) return undefined;
    quiet = nowQuiet;
    if (quiet) ui.removeAll();
    else watcher.rerun();
    return undefined;
  });
}

// Only once per document, and only on an https LinkedIn page (in Firefox the worker cannot name the
// document it runs this for: a tab that moved on to another site meanwhile must get nothing). The
// flag is read as this world's own property: an element the page names "telltaleContentRunning"
// shows through `window` as a named property, and must not stop the script.
const running = Object.getOwnPropertyDescriptor(globalThis, RUNNING)?.value === true;
if (!running && location.protocol === 'https:' && isLinkedInHost(location.hostname)) {
  Object.defineProperty(globalThis, RUNNING, { value: true });
  start();
}
