// The worker's router: a request is validated, waits for the snapshots before it to be remembered,
// has its sender checked by its route's rule, and goes to its family's handler. Any input a handler
// did not foresee still gets an answer, never a thrown error. The table of routes is in
// ./handlers.ts, one line per message type with its rule beside it.
import * as v from 'valibot';
import { t } from '../i18n.ts';
import { describeIssues, PageRequestSchema, UiRequestSchema, type AnswerOf, type PageRequest, type RequestOf, type UiRequest } from '../messages.ts';
import type { Sender, WorkerContext } from './context.ts';

/**
 * Who may ask, for a content script's message (the extension's own pages are trusted):
 * - `own-tab`: it acts only on its own tab (a snapshot is checked against the tab's address by its handler);
 * - `shows-profile`: only for the profile the sender's tab shows now, at the address it is at;
 * - `last-showed`: only for the profile the sender tab's last snapshot was (the panel's buttons that open a page for it).
 */
export type SenderRule = 'own-tab' | 'shows-profile' | 'last-showed';

export type PageRoutes = { [K in PageRequest['type']]: { sender: SenderRule; handle(req: RequestOf<K>, sender: Sender): Promise<AnswerOf[K]> } };
/** `raw` is the message as it came, for the one handler that must see what parsing dropped (settings-set). */
export type UiRoutes = { [K in UiRequest['type']]: (req: RequestOf<K>, raw: unknown) => Promise<AnswerOf[K]> };

/**
 * The answer to a content script asking about a profile its tab does not show, in the UI language.
 * Read when the worker starts: the browser's language does not change in a worker's life.
 */
export const THAT_PROFILE_ONLY = t('err_that_profile_only');
const notThatTab = () => t('err_not_that_tab');

export interface SenderChecks {
  tabShows(sender: Sender, profileKey: string): Promise<boolean>;
  tabLastShowed(sender: Sender, profileKey: string): Promise<boolean>;
}

export function createRouter(ctx: WorkerContext, page: PageRoutes, ui: UiRoutes, checks: SenderChecks) {
  /** Why the sender may not ask this, by its route's rule; null when it may. A rule that needs a profile refuses a message without one. */
  async function senderRefused(rule: Exclude<SenderRule, 'own-tab'>, req: PageRequest, sender: Sender): Promise<string | null> {
    if (!('profileKey' in req)) return rule === 'shows-profile' ? THAT_PROFILE_ONLY : notThatTab();
    if (rule === 'shows-profile') return (await checks.tabShows(sender, req.profileKey)) ? null : THAT_PROFILE_ONLY;
    // A sender without a tab is answered by the handler, which says what it needs.
    if (sender.tabId === null) return null;
    return (await checks.tabLastShowed(sender, req.profileKey)) ? null : notThatTab();
  }

  async function routePage(request: unknown, sender: Sender): Promise<AnswerOf[PageRequest['type']]> {
    const parsed = v.safeParse(PageRequestSchema, request);
    if (!parsed.success) return { ok: false, error: t('err_invalid_message', describeIssues(parsed.issues)) };
    const req = parsed.output;
    // Anything but a new snapshot reads what the snapshots before it wrote: wait for those writes.
    if (req.type !== 'page/snapshot') await ctx.lastRemembered;
    const route = page[req.type] as { sender: SenderRule; handle(req: PageRequest, sender: Sender): Promise<AnswerOf[PageRequest['type']]> };
    // A message about its own tab goes to its handler in this same step (a snapshot's remembering is
    // queued at once, so what is asked after it waits for it).
    if (route.sender === 'own-tab') return route.handle(req, sender);
    const refused = await senderRefused(route.sender, req, sender);
    if (refused !== null) return { ok: false, error: refused };
    return route.handle(req, sender);
  }

  async function routeUi(request: unknown): Promise<AnswerOf[UiRequest['type']]> {
    const parsed = v.safeParse(UiRequestSchema, request);
    if (!parsed.success) return { ok: false, error: t('err_invalid_message', describeIssues(parsed.issues)) };
    const req = parsed.output;
    await ctx.lastRemembered;
    const handle = ui[req.type] as (req: UiRequest, raw: unknown) => Promise<AnswerOf[UiRequest['type']]>;
    return handle(req, request);
  }

  const failed = (error: unknown) => ({ ok: false as const, error: t('err_worker_failed', error instanceof Error ? error.message : String(error)).slice(0, 500) });
  return {
    handlePage: (request: unknown, sender: Sender) => routePage(request, sender).catch(failed),
    handleUi: (request: unknown) => routeUi(request).catch(failed),
  };
}
