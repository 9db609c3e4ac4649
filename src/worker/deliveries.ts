// Deliveries: the durable webhook queue, run on every wake and after each report; the popup's
// overview of flagged profiles, reports and queued deliveries; the webhook test; and what the user
// does with a queued delivery (retry now, move to the webhook now set, discard).
import { t } from '../i18n.ts';
import { keyedHash } from '../memory/install-key.ts';
import type { AnswerOf, Overview, RequestOf } from '../messages.ts';
import type { WebhookStatus } from '../report/log.ts';
import type { QueuedDelivery } from '../report/queue.ts';
import { replyFailure } from '../report/webhook-post.ts';
import type { Settings } from '../settings.ts';
import type { WorkerContext } from './context.ts';

/** What the popup says of a queued report bound to a webhook that is no longer the one set (in the UI language, read when used). */
export const heldReason = () => t('err_held');

export function createDeliveries(ctx: WorkerContext) {
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

  /** Attempts every due delivery, records the outcomes in the log and sets the next wake-up. */
  async function runQueue(): Promise<void> {
    if (env.post) {
      const { settings } = await ctx.loadSettings();
      const held = heldBy(await currentEndpoint(settings));
      const outcomes = await queue.runDue({ now: env.now, post: env.post, headers: () => webhookHeaders(settings), backoff: ctx.backoff, held });
      for (const o of outcomes) {
        if (o.gaveUp) {
          await log.setWebhook(o.id, { state: 'failed', attempts: o.attempts, lastError: t('err_gave_up', o.error ?? t('err_not_accepted')) });
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
    const { settings } = await ctx.loadSettings();
    await env.scheduleWake(await queue.nextWake(heldBy(await currentEndpoint(settings))));
  }

  async function overview(): Promise<Overview> {
    const [catalog, entries, pending, { settings }] = await Promise.all([memory.readCatalog(), log.read(), queue.read(), ctx.loadSettings()]);
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
        lastError: held(i) ? heldReason() : i.lastError,
        held: held(i),
      })),
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

  const handlers = {
    'ui/overview': async () => ({ ok: true as const, overview: await overview() }),
    'ui/webhook-test': () => webhookTest(),
    'ui/retry': async (req: RequestOf<'ui/retry'>) => {
      const retried = await queue.retryNow(env.now(), req.id ?? undefined);
      await runQueue();
      return { ok: true as const, retried };
    },
    'ui/move-queued': async (req: RequestOf<'ui/move-queued'>): Promise<AnswerOf['ui/move-queued']> => {
      const { settings } = await ctx.loadSettings();
      if (!settings.webhookUrl) return { ok: false, error: t('err_no_webhook_to_move') };
      const endpoint = await currentEndpoint(settings);
      const held = heldBy(endpoint);
      const moved = await queue.rebind({ url: settings.webhookUrl, secretId: endpoint.secretId }, env.now(), (i) => held(i) && (req.id === null || i.id === req.id));
      await runQueue();
      return { ok: true, moved };
    },
    'ui/discard': async (req: RequestOf<'ui/discard'>) => {
      const gone = await queue.discard(req.id);
      if (gone) await log.setWebhook(req.id, { state: 'discarded', attempts: gone.attempts, lastError: gone.lastError });
      await scheduleNextWake();
      return { ok: true as const, discarded: gone !== null };
    },
  };

  return { currentEndpoint, runQueue, scheduleNextWake, handlers };
}

export type Deliveries = ReturnType<typeof createDeliveries>;
