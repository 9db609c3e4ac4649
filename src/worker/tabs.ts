// Snapshots and tab state: a content script's snapshot of its tab's profile is checked against the
// tab's address, assessed and answered, then remembered (memory, and the session's view of the
// member and of the tab). A tab's state ends when the tab leaves its profile, so the toolbar, the
// side panel and the report and compare pages opened for it never act on a profile it has left.
import * as v from 'valibot';
import { assess } from '../assess.ts';
import { t } from '../i18n.ts';
import { mergeSnapshots } from '../extract/merge.ts';
import { differsFrom } from '../memory/versions.ts';
import { type AnswerOf, describeIssues, type RequestOf, type TabState } from '../messages.ts';
import type { Assessment, ProfileSnapshot } from '../model.ts';
import { scoreFindings } from '../score.ts';
import { needsDisposableDomains } from '../signals/common/disposable-domains.ts';
import { cutSnapshot, fitSnapshot } from '../snapshot-cut.ts';
import { SnapshotSchema } from '../snapshot-schema.ts';
import { assessedKey, forgottenKey, profileGroup, profileKeyOf, tabIdsOf, tabKey, tellTabsShowing, viewKey, type ScriptTarget, type Sender, type WorkerContext } from './context.ts';
import type { PhotoPrints } from './photo-prints.ts';
import { pageAssessment, pageExplanations } from './page-assessment.ts';
import type { Reviews } from './reviews.ts';
import type { Sightings } from './sightings.ts';
import { snapshotFitsPage, stillShows } from './tab-profile.ts';

/**
 * What one profile's snapshot may take, as JSON: a real profile is a few tens of KB; a larger one is
 * cut further (lists first), so the session area's copies of it stay small (src/storage/session-cache.ts).
 */
export const MAX_SNAPSHOT_CHARS = 300_000;

/** Pages that are no profile are never remembered (the schema admits these kinds for completeness). */
const NOT_PROFILES = new Set(['authwall', 'private', 'not-a-profile']);

/** The sender's own frame (and document), where a packaged script may be run for it; null without a tab. */
function scriptTarget(sender: Sender): ScriptTarget | null {
  if (sender.tabId === null || sender.frameId === null) return null;
  return { tabId: sender.tabId, frameId: sender.frameId, documentId: sender.documentId ?? null };
}

function topTitles(assessment: Assessment): string[] {
  const rank = { alert: 2, warn: 1, info: 0 } as const;
  return [...assessment.findings]
    .filter((f) => f.severity !== 'info')
    .sort((a, b) => rank[b.severity] - rank[a.severity])
    .map((f) => f.title);
}

export function createTabs(ctx: WorkerContext, reviews: Reviews, sightings: Sightings, prints: PhotoPrints) {
  const { env, memory, memorySerial, sessionCache, memoryView } = ctx;
  /**
   * Tabs that loaded or moved since their last snapshot: the next snapshot is a new look, and the
   * team's hub is asked again whatever it answered moments ago (the reads that follow within one
   * look do not ask again). Kept in memory only: after a worker restart a look counts as a re-read.
   */
  const newLooks = new Set<number>();

  function onSnapshot(raw: unknown, sender: Sender): Promise<AnswerOf['page/snapshot']> {
    // Over-long texts and lists are cut to the schema's limits first (and noted), so a profile that
    // writes more than the limits allow is still checked rather than refused.
    const parsed = v.safeParse(SnapshotSchema, cutSnapshot(raw));
    if (!parsed.success) return Promise.resolve({ ok: false, error: `invalid snapshot: ${describeIssues(parsed.issues)}` });
    const snapshot = fitSnapshot(parsed.output, MAX_SNAPSHOT_CHARS);
    // The page's word is checked against the browser's: a snapshot names the member its tab's
    // address shows (a compromised page cannot file one member's view under another's slug).
    if (sender.url !== null && !snapshotFitsPage(snapshot, sender.url)) {
      return Promise.resolve({ ok: false, error: 'refused: the snapshot names another profile than the page this tab shows' });
    }
    const profileKey = profileKeyOf(snapshot);
    if (!profileKey) return Promise.resolve({ ok: false, error: 'invalid snapshot: no member id or profile slug to key it by' });
    if (NOT_PROFILES.has(snapshot.kind)) return Promise.resolve({ ok: false, error: `invalid snapshot: a ${snapshot.kind} page is not a profile` });

    // The answer goes back as soon as the assessment is made; remembering the view (memory and
    // the session's state) follows in the same queued step, so the next snapshot of anyone sees it.
    // An error before the answer rejects it; one after it (a resolved promise stays resolved) is
    // only logged.
    const newLook = sender.tabId !== null && newLooks.delete(sender.tabId);
    return new Promise<AnswerOf['page/snapshot']>((resolve, reject) => {
      const step = memorySerial(async () => {
        const [{ settings }, seen, review, team] = await Promise.all([
          ctx.answerSettings(),
          env.session.get([viewKey(profileKey), forgottenKey(profileKey)]),
          reviews.readReview(profileKey),
          sightings.viewFor(profileKey),
        ]);
        const earlier = seen[viewKey(profileKey)] as ProfileSnapshot | undefined;
        // A view that shows the member differently (a rewrite between two visits in one session)
        // replaces what this session saw instead of being merged into it.
        // The photo's print, when one of this very image is kept (./photo-prints.ts), is laid on the merged view.
        const merged = await prints.withPrint(profileKey, earlier && !differsFrom(earlier, snapshot) ? fitSnapshot(mergeSnapshots(earlier, snapshot), MAX_SNAPSHOT_CHARS) : snapshot);
        const now = env.now();
        // Only a snapshot with an email needs the disposable-domain list: the first such in a worker's life loads it.
        const domains = needsDisposableDomains(merged) ? (env.disposableDomains?.() ?? null) : null;
        const mem = await memoryView(profileKey, snapshot, merged, settings.region);
        // The team's view as stored (or "asking"): the answer never waits for the hub (./sightings.ts).
        const assessment = assess(merged, { now, region: settings.region, memory: mem, team, disabled: settings.disabledSignals, disposableDomains: await domains });
        // The page gets memory-based findings only as the fact that they exist (page-assessment.ts);
        // the tab's state below keeps the whole assessment for the popup.
        resolve({ ok: true, profileKey, assessment: pageAssessment(assessment), explanations: pageExplanations(assessment), review, quietMode: settings.quietMode });

        // A member the user just told Telltale to forget is still checked, but not remembered again
        // while the page that was forgotten may still be open (until the browser closes).
        if (seen[forgottenKey(profileKey)] !== true) {
          await memory.record(
            profileKey,
            snapshot,
            merged,
            settings.region,
            { level: assessment.level, score: assessment.score, top: topTitles(assessment) },
            now,
            ctx.limitsFor(settings),
          );
        }
        const groups: Record<string, Record<string, unknown>> = {
          [profileGroup(profileKey)]: { [viewKey(profileKey)]: merged, [assessedKey(profileKey)]: assessment },
        };
        if (sender.tabId !== null) {
          const state: TabState = { status: 'profile', profileKey, snapshot: merged, assessment, review };
          groups[tabKey(sender.tabId)] = { [tabKey(sender.tabId)]: state };
        }
        await sessionCache.write(groups);
        // The level the hub is told is this browser's own: the team's findings left out, or the team would hear its own answer back.
        if (team !== null) asked = { merged, level: scoreFindings(assessment.findings.filter((f) => f.category !== 'team')).level, region: settings.region, team };
      });
      step.catch(reject);
      // With a team joined, its hub is asked after the answer, outside the memory queue (the request
      // must not hold other profiles' answers); when its answer changes what the team's checks say,
      // the tabs showing the profile read it again, and are answered with it.
      let asked: { merged: ProfileSnapshot; level: Assessment['level']; region: string | null; team: NonNullable<Awaited<ReturnType<Sightings['viewFor']>>> } | null = null;
      ctx.lastAsked = step
        .then(async () => {
          if (asked === null) return;
          if (await sightings.ask(profileKey, asked.merged, asked.level, asked.region, asked.team, newLook)) await tellTabsShowing(env, profileKey);
        })
        .catch((error: unknown) => console.warn('[telltale] the team hub could not be asked', error));
      ctx.lastRemembered = step.catch((error: unknown) => console.warn('[telltale] a profile view could not be assessed or remembered', error));
    });
  }

  async function tabState(tabId: number): Promise<TabState | undefined> {
    return (await env.session.get([tabKey(tabId)]))[tabKey(tabId)] as TabState | undefined;
  }

  /** The sender tab's state when its last snapshot was of this profile; null otherwise. */
  async function lastShown(sender: Sender, profileKey: string): Promise<Extract<TabState, { status: 'profile' }> | null> {
    const state = sender.tabId === null ? undefined : await tabState(sender.tabId);
    return state?.status === 'profile' && state.profileKey === profileKey ? state : null;
  }

  /** Whether the sender's tab shows this profile now: its last snapshot was of it, at the address the tab is at. */
  async function tabShows(sender: Sender, profileKey: string): Promise<boolean> {
    const state = await lastShown(sender, profileKey);
    return state !== null && (sender.url === null || stillShows(state, sender.url));
  }

  /** Whether the sender tab's last snapshot was of this profile (the panel's buttons that open a page for it). */
  const tabLastShowed = async (sender: Sender, profileKey: string) => (await lastShown(sender, profileKey)) !== null;

  /**
   * The tab moved to `url` (a load, or an in-app navigation): its state goes unless the tab still
   * shows the profile it was made for, so the toolbar, the side panel and the report and compare
   * pages opened for it never act on a profile the tab has left.
   */
  async function tabNavigated(tabId: number, url: string | null): Promise<void> {
    newLooks.add(tabId);
    // In the same queue as the snapshots' writes: a snapshot of the new profile, written first, stays.
    await memorySerial(async () => {
      const state = await tabState(tabId);
      if (!state) return;
      if (state.status === 'profile' && stillShows(state, url)) return;
      if (state.status === 'not-a-profile' && state.url === url) return;
      await sessionCache.remove([tabKey(tabId)]);
    });
  }

  async function forgetTab(tabId: number): Promise<void> {
    newLooks.delete(tabId);
    await ctx.lastRemembered;
    await memorySerial(() => sessionCache.remove([tabKey(tabId)]));
  }

  const handlers = {
    'page/snapshot': (req: RequestOf<'page/snapshot'>, sender: Sender) => onSnapshot(req.snapshot, sender),
    'page/not-a-profile': async (req: RequestOf<'page/not-a-profile'>, sender: Sender) => {
      // Only the tab's state (for the popup) and only in the session area: nothing is remembered.
      if (sender.tabId !== null) {
        const state: TabState = { status: 'not-a-profile', url: req.url, kind: req.kind, reason: req.reason };
        const id = tabKey(sender.tabId);
        await memorySerial(() => sessionCache.write({ [id]: { [id]: state } }));
      }
      return { ok: true as const };
    },
    // Only for the profile this tab's last snapshot was (./router.ts): a page cannot have the report
    // page opened for another member, nor for a tab that shows no profile.
    'page/open-report': async (_req: RequestOf<'page/open-report'>, sender: Sender): Promise<AnswerOf['page/open-report']> => {
      if (sender.tabId === null) return { ok: false, error: t('err_report_needs_tab') };
      if (!env.openReportPage) return { ok: false, error: t('err_cannot_open_report') };
      await env.openReportPage(sender.tabId);
      return { ok: true };
    },
    'page/open-compare': async (_req: RequestOf<'page/open-compare'>, sender: Sender): Promise<AnswerOf['page/open-compare']> => {
      if (sender.tabId === null || !env.openComparePage) return { ok: false, error: t('err_cannot_open_compare') };
      await env.openComparePage(sender.tabId);
      return { ok: true };
    },
    // Only into the sender's own frame, and only the packaged file: nothing the page sends is run.
    'page/load-structure': async (_req: RequestOf<'page/load-structure'>, sender: Sender): Promise<AnswerOf['page/load-structure']> => {
      const target = scriptTarget(sender);
      if (!target || !env.loadStructure) return { ok: false, error: 'this browser cannot load the structure file builder' };
      await env.loadStructure(target);
      return { ok: true };
    },
    'page/load-content': async (_req: RequestOf<'page/load-content'>, sender: Sender): Promise<AnswerOf['page/load-content']> => {
      const target = scriptTarget(sender);
      if (!target || !env.loadContent) return { ok: false, error: 'this browser cannot run the content script' };
      await env.loadContent(target);
      return { ok: true };
    },
    'ui/tab-state': async (req: RequestOf<'ui/tab-state'>): Promise<AnswerOf['ui/tab-state']> => {
      const state = (await tabState(req.tabId)) ?? { status: 'none' as const };
      // The review as it is now (a report or another page may have changed it since the snapshot).
      if (state.status === 'profile') return { ok: true, state: { ...state, review: await reviews.readReview(state.profileKey) } };
      return { ok: true, state };
    },
  };

  /** Tells every tab showing a profile to read it again (a team joined, left or checked anew: what the team's checks say changed). */
  async function tellAllProfiles(): Promise<void> {
    if (!env.tellTabs) return;
    const byProfile = new Map<string, number[]>();
    for (const [key, state] of Object.entries(await env.session.getAll())) {
      const s = state as TabState | null;
      if (!key.startsWith('tab:') || s?.status !== 'profile') continue;
      byProfile.set(s.profileKey, [...(byProfile.get(s.profileKey) ?? []), ...tabIdsOf([key])]);
    }
    await Promise.all([...byProfile].map(([profileKey, tabIds]) => env.tellTabs!(tabIds, { type: 'worker/profile-changed', profileKey })));
  }

  return { tabShows, tabLastShowed, tabNavigated, forgetTab, tellAllProfiles, handlers };
}

export type Tabs = ReturnType<typeof createTabs>;
