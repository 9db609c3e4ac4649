// The worker's request handlers, browser-free: storage comes in as key-value areas and the network,
// clock, alarm and ids as functions, so the same code runs under tests. Chrome stops an idle worker
// after ~30 s, so nothing lives only in memory: what one browsing session saw of a member is in the
// session area; memory, reviews, settings, the report log and the delivery queue in the local area.
import * as v from 'valibot';
import { assess } from '../assess.ts';
import { mergeSnapshots } from '../extract/merge.ts';
import { deleteAll, exportAll, importAll } from '../data/export.ts';
import { keyedHash } from '../memory/install-key.ts';
import { createMemory, DEFAULT_LIMITS, type MemoryLimits } from '../memory/store.ts';
import { differsFrom } from '../memory/versions.ts';
import {
  describeIssues,
  PageRequestSchema,
  UiRequestSchema,
  type AnswerOf,
  type Overview,
  type PageRequest,
  type ReportAnswer,
  type ReportOptions,
  type Review,
  type TabState,
  type UiRequest,
} from '../messages.ts';
import type { Assessment, MemoryView, ProfileSnapshot } from '../model.ts';
import { bundleFileNames, bundleText, buildBundle, ic3Text, IC3_URL, mailtoUrl, slackMessage } from '../report/bundle.ts';
import { comparisonForReport, holdsClearContacts } from '../report/kept-application.ts';
import { createReportLog, type WebhookStatus } from '../report/log.ts';
import { createReportQueue, type Backoff, type QueuedDelivery } from '../report/queue.ts';
import type { Post } from '../report/webhook-reply.ts';
import { replyFailure } from '../report/webhook-post.ts';
import { effectiveSettings, SENDING_DESTINATIONS, SETTINGS_KEY, unknownSettingKeys, updateSettings, type Destination, type Settings } from '../settings.ts';
import { needsDisposableDomains, type DisposableDomains } from '../signals/common/disposable-domains.ts';
import { cutSnapshot, fitSnapshot } from '../snapshot-cut.ts';
import { SnapshotSchema } from '../snapshot-schema.ts';
import { pageAssessment, pageExplanations } from './page-assessment.ts';
import { createSessionCache } from '../storage/session-cache.ts';
import { serialQueue, type StorageArea } from '../storage/area.ts';
import { snapshotFitsPage, stillShows } from './tab-profile.ts';

export type { StorageArea } from '../storage/area.ts';

export interface WorkerEnv {
  /** Caches that may be lost on browser restart: per-tab state, the merged view of a member. */
  session: StorageArea;
  /** Durable data: memory, reviews, settings, report log and queue. */
  local: StorageArea;
  now(): Date;
  /** Managed storage (team policy); empty when none. */
  managed?(): Promise<Record<string, unknown>>;
  extensionVersion?: string;
  /** A new idempotency key. */
  randomId?(): string;
  /** Sends a webhook request; throws when the server cannot be reached. */
  post?: Post;
  backoff?: Backoff;
  /** Wakes the worker at this time (an alarm), or cancels the wake-up (null). */
  scheduleWake?(at: number | null): Promise<void>;
  /** Whether profile data may be sent out (Firefox: the optional data-collection consent). */
  sendingAllowed?(): Promise<boolean>;
  /** Memory bounds other than retention (which is a setting). */
  limits?: Partial<Omit<MemoryLimits, 'retentionDays'>>;
  /** The disposable-email domain list, loaded on first call; null when it could not be (./disposable-domains.ts). */
  disposableDomains?(): Promise<DisposableDomains | null>;
  /** What the session area's cache may hold (src/storage/session-cache.ts); tests set it lower. */
  sessionCapBytes?: number;
  /** Opens the extension's report page for the profile shown in this tab (page/open-report). */
  openReportPage?(tabId: number): Promise<void>;
  /** Opens the extension's compare page for the profile shown in this tab (page/open-compare). */
  openComparePage?(tabId: number): Promise<void>;
}

/** Who sent a message, as the browser tells it (already checked to be this extension). */
export interface Sender {
  tabId: number | null;
  frameId: number | null;
  url: string | null;
}

export function profileKeyOf(snapshot: ProfileSnapshot): string | null {
  if (snapshot.memberId) return `member:${snapshot.memberId}`;
  if (snapshot.slug) return `slug:${snapshot.slug.toLowerCase()}`;
  return null;
}

/** The answer to a content script asking about a profile its tab does not show. */
export const THAT_PROFILE_ONLY = "refused: this tab does not show that profile now (a page acts only on the profile it shows)";

const tabKey = (tabId: number) => `tab:${tabId}`;
const viewKey = (profileKey: string) => `view:${profileKey}`;
const assessedKey = (profileKey: string) => `assessed:${profileKey}`;
const reviewKey = (profileKey: string) => `review:${profileKey}`;
/** Set in the session area when the user forgets a member: not remembered again until the browser closes. */
const forgottenKey = (profileKey: string) => `forgotten:${profileKey}`;

/**
 * What one profile's snapshot may take, as JSON: a real profile is a few tens of KB; a larger one is
 * cut further (lists first), so the session area's copies of it stay small (src/storage/session-cache.ts).
 */
export const MAX_SNAPSHOT_CHARS = 300_000;

/** What the popup says of a queued report bound to a webhook that is no longer the one set. */
export const HELD_REASON =
  'held: the webhook changed after this report was queued, so it is not sent to the old address with the new secret; send it to the webhook now set, or discard it';

/** Pages that are no profile are never remembered (the schema admits these kinds for completeness). */
const NOT_PROFILES = new Set(['authwall', 'private', 'not-a-profile']);

function topTitles(assessment: Assessment): string[] {
  const rank = { alert: 2, warn: 1, info: 0 } as const;
  return [...assessment.findings]
    .filter((f) => f.severity !== 'info')
    .sort((a, b) => rank[b.severity] - rank[a.severity])
    .map((f) => f.title);
}

export function createWorker(env: WorkerEnv) {
  const memory = createMemory(env.local);
  const memorySerial = serialQueue();
  /** Session writes go through it (inside memorySerial): the oldest members and tabs go past its cap. */
  const sessionCache = createSessionCache(env.session, env.sessionCapBytes);
  const profileGroup = (profileKey: string) => `profile:${profileKey}`;
  /** The newest snapshot's remembering (memory, session state): it finishes after its answer. */
  let lastRemembered: Promise<unknown> = Promise.resolve();
  const reportSerial = serialQueue();
  const log = createReportLog(env.local, reportSerial);
  const queue = createReportQueue(env.local, reportSerial);
  const version = env.extensionVersion ?? '0.0.0';
  const randomId = env.randomId ?? (() => crypto.randomUUID());
  const backoff: Backoff = env.backoff ?? { baseMs: 30_000, maxMs: 3_600_000, random: Math.random };

  /** The team policy as this worker last read it; null until its first read settles. */
  let policySeen: Record<string, unknown> | null = null;
  const readPolicy = () => (env.managed ? env.managed().catch(() => ({})) : Promise.resolve({})).then((m: Record<string, unknown>) => (policySeen = m));

  async function loadSettings() {
    const [local, managed] = await Promise.all([env.local.get([SETTINGS_KEY]), readPolicy()]);
    return effectiveSettings(local[SETTINGS_KEY], managed);
  }

  /**
   * The settings a snapshot is answered with, never waiting for the team policy: Chrome's first
   * managed read after a browser start takes ~2 s, and the first profile must get its level as fast
   * as the next. What the answer depends on (ANSWER_SETTINGS: region, disabled signals, quiet mode)
   * is never managed (settings.ts checks it at compile time), so the policy cannot change an answer;
   * it is laid over once known (retention, for what is remembered: extension/background.ts runs the sweep again when a late policy arrives).
   */
  async function answerSettings() {
    void readPolicy();
    const local = await env.local.get([SETTINGS_KEY]);
    return effectiveSettings(local[SETTINGS_KEY], policySeen ?? {});
  }

  const limitsFor = (settings: Settings): MemoryLimits => ({ ...DEFAULT_LIMITS, ...env.limits, retentionDays: settings.retentionDays });

  async function readReview(profileKey: string): Promise<Review | null> {
    const got = await env.local.get([reviewKey(profileKey)]);
    return (got[reviewKey(profileKey)] as Review | undefined) ?? null;
  }

  async function setReview(profileKey: string, outcome: Review['outcome'] | null, extra: { note?: string; reportedTo?: Destination[] } = {}): Promise<Review | null> {
    if (outcome === null) {
      await env.local.remove([reviewKey(profileKey)]);
      return null;
    }
    const note = extra.note?.trim();
    const review: Review = { outcome, at: env.now().toISOString(), ...(note ? { note } : {}), ...(extra.reportedTo ? { reportedTo: extra.reportedTo } : {}) };
    await env.local.set({ [reviewKey(profileKey)]: review });
    return review;
  }

  /** A report sets the one review state to "reported", keeping the reviewer's note. */
  async function markReported(profileKey: string, destinations: Destination[]): Promise<void> {
    const before = await readReview(profileKey);
    await setReview(profileKey, 'reported', { note: before?.note, reportedTo: destinations });
  }

  async function memoryView(profileKey: string, seen: ProfileSnapshot, merged: ProfileSnapshot, region: string | null): Promise<MemoryView> {
    const { previous, shared } = await memory.view(profileKey, seen, merged, region);
    const reports = (await log.forProfile(profileKey)).map((e) => ({ sentAt: e.createdAt, destinations: e.destinations }));
    return { previous, shared, reports };
  }

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
    return new Promise<AnswerOf['page/snapshot']>((resolve, reject) => {
      const step = memorySerial(async () => {
        const [{ settings }, seen, review] = await Promise.all([
          answerSettings(),
          env.session.get([viewKey(profileKey), forgottenKey(profileKey)]),
          readReview(profileKey),
        ]);
        const earlier = seen[viewKey(profileKey)] as ProfileSnapshot | undefined;
        // A view that shows the member differently (a rewrite between two visits in one session)
        // replaces what this session saw instead of being merged into it.
        const merged = earlier && !differsFrom(earlier, snapshot) ? fitSnapshot(mergeSnapshots(earlier, snapshot), MAX_SNAPSHOT_CHARS) : snapshot;
        const now = env.now();
        // Only a snapshot with an email needs the disposable-domain list: the first such in a worker's life loads it.
        const domains = needsDisposableDomains(merged) ? (env.disposableDomains?.() ?? null) : null;
        const mem = await memoryView(profileKey, snapshot, merged, settings.region);
        const assessment = assess(merged, { now, region: settings.region, memory: mem, disabled: settings.disabledSignals, disposableDomains: await domains });
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
            limitsFor(settings),
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
      });
      step.catch(reject);
      lastRemembered = step.catch((error: unknown) => console.warn('[telltale] a profile view could not be assessed or remembered', error));
    });
  }

  // ---- Reports ------------------------------------------------------------------------------

  async function reportOptions(profileKey?: string): Promise<ReportOptions> {
    const [{ settings }, earlier, comparison] = await Promise.all([
      loadSettings(),
      profileKey ? log.forProfile(profileKey) : Promise.resolve([]),
      profileKey ? memorySerial(() => memory.comparisonOf(profileKey)) : Promise.resolve(null),
    ]);
    const available: Destination[] = ['clipboard', 'download', 'linkedin', 'ic3'];
    if (settings.email) available.push('email');
    if (settings.webhookUrl) available.push('webhook');
    return {
      defaults: settings.reportDestinations.filter((d) => available.includes(d)),
      available,
      email: settings.email,
      webhookUrl: settings.webhookUrl,
      earlier: earlier
        .map((e) => ({ createdAt: e.createdAt, destinations: e.destinations }))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      applicationInClear: holdsClearContacts(comparison),
    };
  }

  function webhookHeaders(settings: Settings): Record<string, string> {
    return settings.webhookSecret ? { Authorization: `Bearer ${settings.webhookSecret}` } : {};
  }

  /** The webhook now set, as a queued report is bound to it: its URL and a keyed fingerprint of its secret. */
  async function currentEndpoint(settings: Settings): Promise<{ url: string | null; secretId: string | null }> {
    const secretId = settings.webhookSecret ? await keyedHash(env.local, `webhook-secret:${settings.webhookSecret}`) : null;
    return { url: settings.webhookUrl, secretId };
  }

  /** A queued report made for another webhook than the one set now waits for the user. */
  const heldBy = (endpoint: { url: string | null; secretId: string | null }) => (item: QueuedDelivery) =>
    endpoint.url === null || item.url !== endpoint.url || (item.secretId !== undefined && item.secretId !== endpoint.secretId);

  /** Attempts every due delivery, records the outcomes in the log and sets the next wake-up. */
  async function runQueue(): Promise<void> {
    if (env.post) {
      const { settings } = await loadSettings();
      const held = heldBy(await currentEndpoint(settings));
      const outcomes = await queue.runDue({ now: env.now, post: env.post, headers: () => webhookHeaders(settings), backoff, held });
      for (const o of outcomes) {
        if (o.gaveUp) {
          await log.setWebhook(o.id, { state: 'failed', attempts: o.attempts, lastError: `gave up after 7 days: ${o.error ?? 'not accepted'}` });
          continue;
        }
        const status: WebhookStatus = o.delivered
          ? { state: 'delivered', attempts: o.attempts, deliveredAt: env.now().toISOString(), status: o.status ?? 200 }
          : { state: 'pending', attempts: o.attempts, lastError: o.error, nextAttemptAt: o.nextAttemptAt };
        if (o.delivered || o.nextAttemptAt !== null) await log.setWebhook(o.id, status);
      }
    }
    await scheduleNextWake();
  }

  async function scheduleNextWake(): Promise<void> {
    if (!env.scheduleWake) return;
    const { settings } = await loadSettings();
    await env.scheduleWake(await queue.nextWake(heldBy(await currentEndpoint(settings))));
  }

  async function makeReport(req: { profileKey: string; destinations: Destination[]; note: string; screenshot: string | null; clearContacts?: boolean }, from: 'report-page' | 'popup'): Promise<AnswerOf['ui/report']> {
    const got = await env.session.get([viewKey(req.profileKey), assessedKey(req.profileKey)]);
    const snapshot = got[viewKey(req.profileKey)] as ProfileSnapshot | undefined;
    const assessment = got[assessedKey(req.profileKey)] as Assessment | undefined;
    if (!snapshot || !assessment) return { ok: false, error: 'Telltale has not read this profile in this browser session: reload the profile page and try again' };
    const { settings } = await loadSettings();
    let destinations = [...new Set(req.destinations)];
    const skipped: string[] = [];
    if (destinations.includes('webhook') && !settings.webhookUrl) skipped.push('webhook (no webhook URL in options)');
    if (destinations.includes('email') && !settings.email) skipped.push('email (no address in options)');
    destinations = destinations.filter((d) => (d !== 'webhook' || settings.webhookUrl) && (d !== 'email' || settings.email));
    if (destinations.some((d) => SENDING_DESTINATIONS.includes(d)) && env.sendingAllowed && !(await env.sendingAllowed())) {
      return { ok: false, error: 'sending a report out of the browser needs your consent first: open Telltale options and enable email or webhook reports' };
    }

    const versions = await memory.versionsOf(req.profileKey);
    const earlier = versions.filter((ver) => differsFrom(ver.snapshot, snapshot)).map((ver) => ({ seenAt: ver.lastSeen, snapshot: ver.snapshot }));
    const now = env.now();
    const id = randomId();
    const bundle = buildBundle({
      idempotencyKey: id,
      createdAt: now,
      extensionVersion: version,
      profileKey: req.profileKey,
      snapshot,
      assessment,
      earlier,
      application: comparisonForReport(await memorySerial(() => memory.comparisonOf(req.profileKey)), req.clearContacts === true),
      note: req.note,
      destinations,
      screenshot: req.screenshot,
      screenshotNote:
        from === 'report-page'
          ? 'not available for a report started from the panel in the page (start the report from the toolbar button to include one)'
          : 'the browser did not allow a screenshot of this tab',
    });
    await markReported(req.profileKey, destinations);
    const webhookChosen = destinations.includes('webhook') && settings.webhookUrl !== null;
    const webhook: WebhookStatus | null = webhookChosen ? { state: 'pending', attempts: 0, lastError: null, nextAttemptAt: now.toISOString() } : null;
    await log.add({
      id,
      profileKey: req.profileKey,
      profileUrl: bundle.profile.url,
      name: bundle.profile.name,
      createdAt: bundle.createdAt,
      destinations,
      note: bundle.note,
      webhook,
      bundle,
    });
    if (webhookChosen) {
      const body = settings.webhookFormat === 'slack' ? JSON.stringify(slackMessage(bundle)) : JSON.stringify(bundle);
      const { secretId } = await currentEndpoint(settings);
      await queue.enqueue(
        { id, profileKey: req.profileKey, profileName: bundle.profile.name, url: settings.webhookUrl!, secretId, format: settings.webhookFormat, body, createdAt: bundle.createdAt },
        now,
      );
      // The alarm is set before the first attempt, so a worker stopped mid-request still retries.
      await scheduleNextWake();
      void runQueue().catch(() => undefined);
    }
    const text = bundleText(bundle);
    const report: ReportAnswer = {
      id,
      bundle,
      text: skipped.length > 0 ? `${text}\n\n(Not sent to: ${skipped.join(', ')}.)` : text,
      files: bundleFileNames(bundle),
      mailto: destinations.includes('email') && settings.email ? mailtoUrl(settings.email, bundle) : null,
      linkedinUrl: destinations.includes('linkedin') ? bundle.profile.url : null,
      ic3: destinations.includes('ic3') ? { url: IC3_URL, text: ic3Text(bundle) } : null,
      webhook,
    };
    return { ok: true, report };
  }

  /** Forgets a member; the reports made of it (log and queued deliveries) only when `reports`. */
  async function forget(profileKey: string, reports = false): Promise<boolean> {
    const known = await memorySerial(() => memory.forget(profileKey));
    if (reports) await Promise.all([log.removeProfile(profileKey), queue.removeProfile(profileKey)]);
    const hadReview = (await readReview(profileKey)) !== null;
    await env.local.remove([reviewKey(profileKey)]);
    // The popup must not show what was just forgotten: tab states of this member go too.
    const session = await env.session.getAll();
    const tabs = Object.entries(session)
      .filter(([k, state]) => k.startsWith('tab:') && (state as { profileKey?: string } | null)?.profileKey === profileKey)
      .map(([k]) => k);
    await memorySerial(() => sessionCache.remove([profileGroup(profileKey), ...tabs]));
    await env.session.remove([viewKey(profileKey), assessedKey(profileKey), ...tabs]);
    await env.session.set({ [forgottenKey(profileKey)]: true });
    await scheduleNextWake();
    return known || hadReview;
  }

  async function overview(): Promise<Overview> {
    const [catalog, entries, pending, { settings }] = await Promise.all([memory.readCatalog(), log.read(), queue.read(), loadSettings()]);
    const held = heldBy(await currentEndpoint(settings));
    const recent = Object.entries(catalog)
      .filter(([, e]) => e.level === 'high' || e.level === 'medium')
      .sort(([, a], [, b]) => b.lastSeen.localeCompare(a.lastSeen))
      .slice(0, 10)
      .map(([profileKey, e]) => ({ profileKey, profileUrl: e.profileUrl, name: e.name, lastSeen: e.lastSeen, level: e.level, top: e.top }));
    const reports = entries
      .slice(-20)
      .reverse()
      .map(({ bundle: _bundle, ...rest }) => rest);
    return {
      recent,
      reports,
      pending: pending.map((i: QueuedDelivery) => ({
        id: i.id,
        profileName: i.profileName,
        createdAt: i.createdAt,
        attempts: i.attempts,
        nextAttemptAt: i.nextAttemptAt,
        lastError: held(i) ? HELD_REASON : i.lastError,
        held: held(i),
      })),
    };
  }

  async function webhookTest(): Promise<AnswerOf['ui/webhook-test']> {
    const { settings } = await loadSettings();
    if (!settings.webhookUrl) return { ok: false, error: 'no webhook URL configured' };
    if (!env.post) return { ok: false, error: 'this browser cannot send requests from the worker' };
    const id = randomId();
    const text = `Telltale test message: the webhook works (test ${id}). No profile data is in this message.`;
    const body = JSON.stringify(
      settings.webhookFormat === 'slack' ? { text, idempotencyKey: id } : { format: 'telltale-test', version: 1, idempotencyKey: id, createdAt: env.now().toISOString(), text },
    );
    try {
      const r = await env.post(settings.webhookUrl, body, { 'Content-Type': 'application/json', 'Idempotency-Key': id, ...webhookHeaders(settings) });
      return { ok: true, status: r.status, error: replyFailure(r) };
    } catch (e) {
      return { ok: true, status: null, error: `could not reach the server: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  // ---- Routers ------------------------------------------------------------------------------

  /** Whether the sender's tab shows this profile now: its last snapshot was of it, at the address the tab is at. */
  async function tabShows(sender: Sender, profileKey: string): Promise<boolean> {
    if (sender.tabId === null) return false;
    const state = (await env.session.get([tabKey(sender.tabId)]))[tabKey(sender.tabId)] as TabState | undefined;
    return state?.status === 'profile' && state.profileKey === profileKey && (sender.url === null || stillShows(state, sender.url));
  }

  /**
   * The tab moved to `url` (a load, or an in-app navigation): its state goes unless the tab still
   * shows the profile it was made for, so the toolbar, the side panel and the report and compare
   * pages opened for it never act on a profile the tab has left.
   */
  async function tabNavigated(tabId: number, url: string | null): Promise<void> {
    // In the same queue as the snapshots' writes: a snapshot of the new profile, written first, stays.
    await memorySerial(async () => {
      const state = (await env.session.get([tabKey(tabId)]))[tabKey(tabId)] as TabState | undefined;
      if (!state) return;
      if (state.status === 'profile' && stillShows(state, url)) return;
      if (state.status === 'not-a-profile' && state.url === url) return;
      await sessionCache.remove([tabKey(tabId)]);
    });
  }

  async function routePage(request: unknown, sender: Sender): Promise<AnswerOf[PageRequest['type']]> {
    const parsed = v.safeParse(PageRequestSchema, request);
    if (!parsed.success) return { ok: false, error: `invalid message: ${describeIssues(parsed.issues)}` };
    const req = parsed.output;
    // Anything but a new snapshot reads what the snapshots before it wrote: wait for those writes.
    if (req.type !== 'page/snapshot') await lastRemembered;
    switch (req.type) {
      case 'page/snapshot':
        return onSnapshot(req.snapshot, sender);
      case 'page/settings':
        return { ok: true, quietMode: (await answerSettings()).settings.quietMode };
      case 'page/not-a-profile': {
        // Only the tab's state (for the popup) and only in the session area: nothing is remembered.
        if (sender.tabId !== null) {
          const state: TabState = { status: 'not-a-profile', url: req.url, kind: req.kind, reason: req.reason };
          const id = tabKey(sender.tabId);
          await memorySerial(() => sessionCache.write({ [id]: { [id]: state } }));
        }
        return { ok: true };
      }
      case 'page/review':
        if (!(await tabShows(sender, req.profileKey))) return { ok: false, error: THAT_PROFILE_ONLY };
        return { ok: true, review: await setReview(req.profileKey, req.outcome, { note: req.note }) };
      case 'page/open-report': {
        // Only for the profile this tab's last snapshot was: a page cannot have the report page
        // opened for another member, nor for a tab that shows no profile.
        if (sender.tabId === null) return { ok: false, error: 'a report page needs the tab of the profile' };
        if (!env.openReportPage) return { ok: false, error: 'this browser cannot open the report page' };
        const got = await env.session.get([tabKey(sender.tabId)]);
        const state = got[tabKey(sender.tabId)] as TabState | undefined;
        if (state?.status !== 'profile' || state.profileKey !== req.profileKey) {
          return { ok: false, error: 'this tab does not show that profile now: reload the profile page and try again' };
        }
        await env.openReportPage(sender.tabId);
        return { ok: true };
      }
      case 'page/open-compare': {
        // As for the report page: only for the profile this tab's last snapshot was.
        if (sender.tabId === null || !env.openComparePage) return { ok: false, error: 'this browser cannot open the compare page' };
        const state = (await env.session.get([tabKey(sender.tabId)]))[tabKey(sender.tabId)] as TabState | undefined;
        if (state?.status !== 'profile' || state.profileKey !== req.profileKey) {
          return { ok: false, error: 'this tab does not show that profile now: reload the profile page and try again' };
        }
        await env.openComparePage(sender.tabId);
        return { ok: true };
      }
      case 'page/forget':
        if (!(await tabShows(sender, req.profileKey))) return { ok: false, error: THAT_PROFILE_ONLY };
        return { ok: true, forgotten: await forget(req.profileKey, req.reports) };
    }
  }

  async function routeUi(request: unknown): Promise<AnswerOf[UiRequest['type']]> {
    const parsed = v.safeParse(UiRequestSchema, request);
    if (!parsed.success) return { ok: false, error: `invalid message: ${describeIssues(parsed.issues)}` };
    const req = parsed.output;
    // Anything but a new snapshot reads what the snapshots before it wrote: wait for those writes.
    await lastRemembered;
    switch (req.type) {
      case 'ui/tab-state': {
        const got = await env.session.get([tabKey(req.tabId)]);
        const state = (got[tabKey(req.tabId)] as TabState | undefined) ?? { status: 'none' };
        // The review as it is now (a report or another page may have changed it since the snapshot).
        if (state.status === 'profile') return { ok: true, state: { ...state, review: await readReview(state.profileKey) } };
        return { ok: true, state };
      }
      case 'ui/review':
        return { ok: true, review: await setReview(req.profileKey, req.outcome, { note: req.note }) };
      case 'ui/report-options':
        return { ok: true, options: await reportOptions(req.profileKey) };
      case 'ui/report':
        return makeReport(req, req.from ?? 'popup');
      case 'ui/forget':
        return { ok: true, forgotten: await forget(req.profileKey, req.reports) };
      case 'ui/overview':
        return { ok: true, overview: await overview() };
      case 'ui/settings':
        return { ok: true, ...(await loadSettings()) };
      case 'ui/settings-set': {
        // The parsed patch has lost keys such as "__proto__": the message as it came is checked.
        const unknown = unknownSettingKeys((request as { patch?: unknown }).patch);
        if (unknown.length > 0) return { ok: false, error: `invalid setting: ${unknown.map((k) => `${k.slice(0, 100)}: not a setting`).join('; ')}` };
        const { settings, locked } = await loadSettings();
        const local = (await env.local.get([SETTINGS_KEY]))[SETTINGS_KEY];
        // Only the user's own values are written; managed ones are laid over them on every read.
        const { settings: next, invalid } = updateSettings(effectiveSettings(local, {}).settings, req.patch, locked);
        if (invalid.length > 0) return { ok: false, error: `invalid setting: ${invalid.join('; ')}` };
        await env.local.set({ [SETTINGS_KEY]: next });
        if (next.retentionDays < settings.retentionDays) await memorySerial(() => memory.prune(env.now(), limitsFor(next)));
        return { ok: true, ...(await loadSettings()) };
      }
      case 'ui/webhook-test':
        return webhookTest();
      case 'ui/retry': {
        const retried = await queue.retryNow(env.now(), req.id ?? undefined);
        await runQueue();
        return { ok: true, retried };
      }
      case 'ui/move-queued': {
        const { settings } = await loadSettings();
        if (!settings.webhookUrl) return { ok: false, error: 'no webhook is set in options: there is nowhere to send the held reports' };
        const endpoint = await currentEndpoint(settings);
        const held = heldBy(endpoint);
        const moved = await queue.rebind({ url: settings.webhookUrl, secretId: endpoint.secretId }, env.now(), (i) => held(i) && (req.id === null || i.id === req.id));
        await runQueue();
        return { ok: true, moved };
      }
      case 'ui/discard': {
        const gone = await queue.discard(req.id);
        if (gone) await log.setWebhook(req.id, { state: 'discarded', attempts: gone.attempts, lastError: gone.lastError });
        await scheduleNextWake();
        return { ok: true, discarded: gone !== null };
      }
      case 'ui/export':
        return { ok: true, file: await exportAll(env.local, env.now(), version) };
      case 'ui/import': {
        const result = await memorySerial(() => reportSerial(() => importAll(env.local, req.file)));
        if (!result.ok) return result;
        await env.session.remove((Object.keys(await env.session.getAll())));
        await scheduleNextWake();
        return { ok: true, keys: result.keys };
      }
      case 'ui/keep-comparison': {
        const { settings } = await loadSettings();
        const kept = await memorySerial(() =>
          memory.rememberComparison(req.profileKey, req.comparison, { phones: req.phones, emails: req.emails }, settings.region ?? null, env.now()),
        );
        return { ok: true, kept };
      }
      case 'ui/kept-comparison':
        return { ok: true, comparison: await memorySerial(() => memory.comparisonOf(req.profileKey)) };
      case 'ui/delete-comparison':
        return { ok: true, deleted: await memorySerial(() => memory.forgetComparison(req.profileKey)) };
      case 'ui/delete-all': {
        const removed = await memorySerial(() => reportSerial(() => deleteAll(env.local)));
        await env.session.remove(Object.keys(await env.session.getAll()));
        await scheduleNextWake();
        return { ok: true, removed };
      }
    }
  }

  // Any input a handler did not foresee still gets an answer, never a thrown error.
  const failed = (error: unknown) => ({ ok: false as const, error: `the worker could not handle this: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500) });
  const handlePage = (request: unknown, sender: Sender) => routePage(request, sender).catch(failed);
  const handleUi = (request: unknown) => routeUi(request).catch(failed);

  async function forgetTab(tabId: number): Promise<void> {
    await lastRemembered;
    await memorySerial(() => sessionCache.remove([tabKey(tabId)]));
  }

  /** The alarm's handler, and start-up: deliveries due, then the daily retention sweep. */
  async function onWake(): Promise<void> {
    await runQueue();
  }

  async function sweep(): Promise<void> {
    const { settings } = await loadSettings();
    await memorySerial(() => memory.prune(env.now(), limitsFor(settings)));
  }

  /** Resolves when every snapshot answered so far has been remembered too. */
  const settled = () => lastRemembered.then(() => undefined);

  return { handlePage, handleUi, forgetTab, tabNavigated, onWake, sweep, runQueue, settled };
}
