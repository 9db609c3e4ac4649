// The worker: one family of handlers per message family (./tabs.ts, ./reviews.ts, ./reports.ts and
// ./deliveries.ts, ./settings.ts, ./data.ts, ./comparisons.ts, ./team.ts, ./photo-prints.ts) over one shared context (./context.ts), and the table
// below that routes each message type to its handler with the rule for who may send it
// (./router.ts). Chrome stops an idle worker after ~30 s, so nothing lives only in memory: what one
// browsing session saw of a member is in the session area; memory, reviews, settings, the report
// log and the delivery queue in the local area.
import { createComparisons } from './comparisons.ts';
import { createContext, type WorkerEnv } from './context.ts';
import { createData } from './data.ts';
import { createDeliveries } from './deliveries.ts';
import { createReports } from './reports.ts';
import { createPhotoPrints } from './photo-prints.ts';
import { createReviews } from './reviews.ts';
import { createRouter, type PageRoutes, type UiRoutes } from './router.ts';
import { createSettings } from './settings.ts';
import { createSightings } from './sightings.ts';
import { createTabs } from './tabs.ts';
import { createTeam } from './team.ts';

export type { StorageArea } from '../storage/area.ts';
export { profileKeyOf, type ScriptTarget, type Sender, type WorkerEnv } from './context.ts';
export { heldReason } from './deliveries.ts';
export { THAT_PROFILE_ONLY } from './router.ts';
export { MAX_SNAPSHOT_CHARS } from './tabs.ts';

export function createWorker(env: WorkerEnv) {
  const ctx = createContext(env);
  const reviews = createReviews(ctx);
  const team = createTeam(ctx);
  const sightings = createSightings(ctx, team);
  const prints = createPhotoPrints(ctx);
  const tabs = createTabs(ctx, reviews, sightings, prints);
  const deliveries = createDeliveries(ctx, team);
  const reports = createReports(ctx, reviews, deliveries, team);
  const settings = createSettings(ctx);
  const data = createData(ctx, reviews, deliveries, sightings, prints);
  const comparisons = createComparisons(ctx);

  /** Passes an answer through once the team's answers this session held are gone and the tabs told to read again. */
  async function teamAnew<A>(answer: A): Promise<A> {
    await sightings.clear();
    await tabs.tellAllProfiles();
    return answer;
  }

  // Content script → worker: each type, its handler, and who may send it (./router.ts SenderRule).
  const page: PageRoutes = {
    'page/snapshot': { sender: 'own-tab', handle: tabs.handlers['page/snapshot'] },
    'page/not-a-profile': { sender: 'own-tab', handle: tabs.handlers['page/not-a-profile'] },
    'page/settings': { sender: 'own-tab', handle: settings.handlers['page/settings'] },
    'page/words': { sender: 'own-tab', handle: settings.handlers['page/words'] },
    'page/review': { sender: 'shows-profile', handle: reviews.handlers['page/review'] },
    'page/forget': { sender: 'shows-profile', handle: data.handlers['page/forget'] },
    'page/open-report': { sender: 'last-showed', handle: tabs.handlers['page/open-report'] },
    'page/open-compare': { sender: 'last-showed', handle: tabs.handlers['page/open-compare'] },
    'page/load-structure': { sender: 'own-tab', handle: tabs.handlers['page/load-structure'] },
    'page/load-content': { sender: 'own-tab', handle: tabs.handlers['page/load-content'] },
  };

  // The extension's own pages → worker.
  const ui: UiRoutes = {
    'ui/tab-state': tabs.handlers['ui/tab-state'],
    'ui/photo-print': prints.handlers['ui/photo-print'],
    'ui/review': reviews.handlers['ui/review'],
    ...reports.handlers,
    ...deliveries.handlers,
    'ui/settings': settings.handlers['ui/settings'],
    'ui/settings-set': settings.handlers['ui/settings-set'],
    'ui/forget': data.handlers['ui/forget'],
    'ui/export': data.handlers['ui/export'],
    'ui/import': data.handlers['ui/import'],
    'ui/delete-all': data.handlers['ui/delete-all'],
    ...comparisons.handlers,
    // The team hub: the extension's pages only (a content script never learns the hub, token or key).
    // A team joined (again), checked or left: the reports queued for the hub go now, or wait (./deliveries.ts).
    // And what the team's checks said goes: the tabs showing a profile read it again, and ask the team now joined (if any).
    'ui/team-status': (req) => team.handlers['ui/team-status'](req).then((a) => (req.check ? Promise.resolve(deliveries.teamChanged(a)).then(teamAnew) : a)),
    'ui/team-join': (req) => team.handlers['ui/team-join'](req).then(deliveries.teamChanged).then(teamAnew),
    'ui/team-leave': () => team.handlers['ui/team-leave']().then(deliveries.teamChanged).then(teamAnew),
  };

  const { handlePage, handleUi } = createRouter(ctx, page, ui, tabs);

  return {
    handlePage,
    handleUi,
    forgetTab: tabs.forgetTab,
    tabNavigated: tabs.tabNavigated,
    /** The alarm's handler, and start-up: deliveries due, and a team policy's enrolment code joined. */
    onWake: () => Promise.all([deliveries.runQueue(), team.followPolicy().catch(() => undefined)]).then(() => undefined),
    sweep: settings.sweep,
    runQueue: deliveries.runQueue,
    /** Resolves when every snapshot answered so far has been remembered too. */
    settled: () => ctx.lastRemembered.then(() => undefined),
    /** Resolves when the team hub's answer to the newest snapshot was stored and its tabs told (tests). */
    teamSettled: () => Promise.all([ctx.lastRemembered, ctx.lastAsked]).then(() => undefined),
    /** The joined team (token and key included) when usable: for the worker's own sending, never for a page. */
    joinedTeam: team.joined,
  };
}
