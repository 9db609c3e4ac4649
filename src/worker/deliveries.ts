// Deliveries: the durable queue of reports to the webhook and to the team's hub (one item per
// report and destination), run on every wake and after each report; the popup's overview of flagged
// profiles, reports and queued deliveries; the webhook test; and what the user does with a queued
// delivery (retry now, move to the webhook now set or the team now joined, discard). What is the
// hub's own (its headers, its answers, why an item of it is held) is in ./hub-deliveries.ts.
import { t } from '../i18n.ts';
import { keyedHash } from '../memory/install-key.ts';
import type { AnswerOf, Overview, RequestOf } from '../messages.ts';
import type { WebhookStatus } from '../report/log.ts';
import { DELIVERY_TARGETS, targetOf, webhookVerdict, type DeliveryTarget, type HubBinding, type QueuedDelivery } from '../report/queue.ts';
import { replyFailure } from '../report/webhook-post.ts';
import type { Settings } from '../settings.ts';
import type { WorkerContext } from './context.ts';
import { addressInBody, boundTo, hubBinding, hubHeaders, hubHold, hubHoldReason, hubPost, hubReportsUrl, hubVerdict } from './hub-deliveries.ts';
import type { Team, TeamState } from './team.ts';

/** What the popup says of a queued report bound to a webhook that is no longer the one set (in the UI language, read when used). */
export const heldReason = () => t('err_held');

export function createDeliveries(ctx: WorkerContext, team: Team) {
  const { env, memory, log, queue } = ctx;

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

  /**
   * What decides, for one run, whether and how each item is sent: the settings and webhook now set,
   * and the team joined now (usable), each read once.
   */
  async function routing() {
    const { settings } = await ctx.loadSettings();
    const webhookHeld = heldBy(await currentEndpoint(settings));
    const joined = await team.joined();
    /** Not attempted now: bound elsewhere, or this worker cannot send to its destination at all. */
    const held = (item: QueuedDelivery) =>
      targetOf(item) === 'hub' ? !env.hubFetch || !boundTo(item.hub, joined) : !env.post || webhookHeld(item);
    return { settings, joined, webhookHeld, held };
  }

  const statusOf = (o: { delivered: boolean; attempts: number; status: number | null; error: string | null; nextAttemptAt: string | null }): WebhookStatus =>
    o.delivered
      ? { state: 'delivered', attempts: o.attempts, deliveredAt: env.now().toISOString(), status: o.status ?? 200 }
      : { state: 'pending', attempts: o.attempts, lastError: o.error, nextAttemptAt: o.nextAttemptAt };

  /** Attempts every due delivery, records the outcomes in the log and sets the next wake-up. */
  async function runQueue(): Promise<void> {
    if (env.post || env.hubFetch) {
      const { settings, joined, held } = await routing();
      /** Set by a 401 from the hub: no other item goes with that token in this run. */
      const refusal: { by: TeamState | null } = { by: null };
      const outcomes = await queue.runDue({
        now: env.now,
        post: (url, body, headers, item) => (targetOf(item) === 'hub' ? hubPost(env.hubFetch!)(url, body, headers) : env.post!(url, body, headers)),
        // A hub item never gets the webhook's secret (nor, unbound, any token: it is held anyway).
        headers: (item) => {
          if (targetOf(item) !== 'hub') return webhookHeaders(settings);
          return item.hub && joined && boundTo(item.hub, joined) ? hubHeaders(joined, item.hub) : {};
        },
        verdict: (item, result) => {
          if (targetOf(item) !== 'hub') return webhookVerdict(result);
          if (result.status === 401 && !result.redirected) refusal.by = joined;
          return hubVerdict(result, item.hub?.hub ?? item.url);
        },
        backoff: ctx.backoff,
        held: (item) => held(item) || (refusal.by !== null && targetOf(item) === 'hub'),
      });
      // The hub refused the member's token: the team is marked revoked, so nothing more is sent
      // with it (sightings included) until "Check now" in options finds it valid again.
      if (refusal.by) await team.markRevoked(refusal.by);
      for (const o of outcomes) {
        if (o.gaveUp) {
          await log.setDelivery(o.id, o.target, { state: 'failed', attempts: o.attempts, lastError: t('err_gave_up', o.error ?? t('err_not_accepted')) });
          continue;
        }
        if (o.final) {
          await log.setDelivery(o.id, o.target, { state: 'failed', attempts: o.attempts, lastError: o.error ?? t('err_not_accepted') });
          continue;
        }
        if (o.delivered || o.nextAttemptAt !== null) await log.setDelivery(o.id, o.target, statusOf(o));
      }
    }
    await scheduleNextWake();
  }

  async function scheduleNextWake(): Promise<void> {
    if (!env.scheduleWake) return;
    const { held } = await routing();
    await env.scheduleWake(await queue.nextWake(held));
  }

  async function overview(): Promise<Overview> {
    const [catalog, entries, pending, r, stored] = await Promise.all([memory.readCatalog(), log.read(), queue.read(), routing(), team.current()]);
    const recent = Object.entries(catalog)
      .filter(([, e]) => e.level === 'high' || e.level === 'medium')
      .sort(([, a], [, b]) => b.lastSeen.localeCompare(a.lastSeen))
      .slice(0, 10)
      .map(([profileKey, e]) => ({ profileKey, profileUrl: e.profileUrl, name: e.name, lastSeen: e.lastSeen, level: e.level, top: e.top }));
    const reports = entries
      .slice(-20)
      .reverse()
      .map(({ bundle: _bundle, ...rest }) => ({ ...rest, hub: rest.hub ?? null }));
    return {
      recent,
      reports,
      pending: pending.map((i: QueuedDelivery) => {
        const target = targetOf(i);
        const base = { id: i.id, target, profileName: i.profileName, createdAt: i.createdAt, attempts: i.attempts, nextAttemptAt: i.nextAttemptAt };
        if (target === 'hub') {
          const hold = hubHold(i, r.joined, stored);
          return { ...base, team: i.hub?.name ?? null, held: hold !== null, movable: hold?.kind === 'other' && hold.movable, lastError: hold ? hubHoldReason(hold, i.hub) : i.lastError };
        }
        const held = r.webhookHeld(i);
        return { ...base, team: null, held, movable: held && r.settings.webhookUrl !== null, lastError: held ? heldReason() : i.lastError };
      }),
      team: r.joined ? { name: r.joined.name } : null,
    };
  }

  async function webhookTest(): Promise<AnswerOf['ui/webhook-test']> {
    const { settings } = await ctx.loadSettings();
    if (!settings.webhookUrl) return { ok: false, error: t('err_no_webhook_url') };
    if (!env.post) return { ok: false, error: t('err_cannot_post') };
    const id = ctx.randomId();
    const text = t('err_webhook_test_message', id);
    const body = JSON.stringify(
      settings.webhookFormat === 'slack' ? { text, idempotencyKey: id } : { format: 'telltale-test', version: 1, idempotencyKey: id, createdAt: env.now().toISOString(), text },
    );
    try {
      const r = await env.post(settings.webhookUrl, body, { 'Content-Type': 'application/json', 'Idempotency-Key': id, ...webhookHeaders(settings) });
      return { ok: true, status: r.status, error: replyFailure(r) };
    } catch (e) {
      return { ok: true, status: null, error: t('err_unreachable', e instanceof Error ? e.message : String(e)) };
    }
  }

  /** Held webhook items (one report's, or all) sent to the webhook now set: the user's click. */
  async function moveToWebhook(id: string | null): Promise<AnswerOf['ui/move-queued']> {
    const { settings } = await ctx.loadSettings();
    if (!settings.webhookUrl) return { ok: false, error: t('err_no_webhook_to_move') };
    const endpoint = await currentEndpoint(settings);
    const held = heldBy(endpoint);
    const moved = await queue.rebind({ url: settings.webhookUrl, secretId: endpoint.secretId }, env.now(), (i) => held(i) && (id === null || i.id === id));
    await runQueue();
    return { ok: true, moved };
  }

  /**
   * Held hub items (one report's, or all) sent to the team joined now: the user's click, as for the
   * webhook (Telltale cannot know the new team should get what was meant for the old one). Each is
   * keyed anew under the new team's key; its body stays as it was made.
   */
  async function moveToTeam(id: string | null): Promise<AnswerOf['ui/move-queued']> {
    const joined = await team.joined();
    if (!joined) return { ok: false, error: t('err_no_team_to_move') };
    const bindings = new Map<string, HubBinding>();
    for (const item of await queue.read()) {
      if (targetOf(item) !== 'hub' || boundTo(item.hub, joined) || (id !== null && item.id !== id)) continue;
      const address = addressInBody(item);
      if (address) bindings.set(item.id, await hubBinding(joined, address));
    }
    const moved = await queue.rebindHub(
      env.now(),
      (i) => bindings.has(i.id) && !boundTo(i.hub, joined),
      (i) => ({ url: hubReportsUrl(joined.hub), hub: bindings.get(i.id)! }),
    );
    await runQueue();
    return { ok: true, moved };
  }

  const targetsOf = (target: DeliveryTarget | undefined): readonly DeliveryTarget[] => (target ? [target] : DELIVERY_TARGETS);

  const handlers = {
    'ui/overview': async () => ({ ok: true as const, overview: await overview() }),
    'ui/webhook-test': () => webhookTest(),
    'ui/retry': async (req: RequestOf<'ui/retry'>) => {
      const retried = await queue.retryNow(env.now(), req.id ?? undefined, req.target);
      await runQueue();
      return { ok: true as const, retried };
    },
    'ui/move-queued': (req: RequestOf<'ui/move-queued'>): Promise<AnswerOf['ui/move-queued']> => (req.target === 'hub' ? moveToTeam(req.id) : moveToWebhook(req.id)),
    'ui/discard': async (req: RequestOf<'ui/discard'>) => {
      let discarded = false;
      for (const target of targetsOf(req.target)) {
        const gone = await queue.discard(req.id, target);
        if (!gone) continue;
        discarded = true;
        await log.setDelivery(req.id, target, { state: 'discarded', attempts: gone.attempts, lastError: gone.lastError });
      }
      await scheduleNextWake();
      return { ok: true as const, discarded };
    },
  };

  /**
   * After the team changed (joined, found valid again by "Check now", left): the reports held for
   * it go now if they may, and the alarm follows what is left to send.
   */
  function teamChanged<T>(answer: T): T {
    void runQueue().catch(() => undefined);
    return answer;
  }

  return { currentEndpoint, runQueue, scheduleNextWake, teamChanged, handlers };
}

export type Deliveries = ReturnType<typeof createDeliveries>;
