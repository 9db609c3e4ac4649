// The user's data: one profile forgotten (from the panel or the popup), everything exported to a
// file, imported from one, or deleted.
import { deleteAll, exportAll, importAll } from '../data/export.ts';
import type { AnswerOf, RequestOf } from '../messages.ts';
import { assessedKey, forgottenKey, profileGroup, reviewKey, tabIdsOf, tabStatesShowing, viewKey, type WorkerContext } from './context.ts';
import type { Deliveries } from './deliveries.ts';
import { printKey, type PhotoPrints } from './photo-prints.ts';
import type { Reviews } from './reviews.ts';
import { teamViewKey, type Sightings } from './sightings.ts';

export function createData(ctx: WorkerContext, reviews: Reviews, deliveries: Deliveries, sightings: Sightings, prints: PhotoPrints) {
  const { env, memory, memorySerial, reportSerial, sessionCache, log, queue } = ctx;

  /** Forgets a member; the reports made of it (log and queued deliveries) only when `reports`. */
  async function forget(profileKey: string, withReports = false): Promise<boolean> {
    sightings.forgetting();
    prints.forgetting();
    const known = await memorySerial(() => memory.forget(profileKey));
    if (withReports) await Promise.all([log.removeProfile(profileKey), queue.removeProfile(profileKey)]);
    const hadReview = (await reviews.readReview(profileKey)) !== null;
    await env.local.remove([reviewKey(profileKey)]);
    // The popup must not show what was just forgotten: tab states of this member go too (the pages
    // told below read the profile again, and write a fresh state with nothing remembered).
    const tabs = (await tabStatesShowing(env.session, profileKey)).map(([k]) => k);
    await memorySerial(() => sessionCache.remove([profileGroup(profileKey), teamViewKey(profileKey), printKey(profileKey), ...tabs]));
    await env.session.remove([viewKey(profileKey), assessedKey(profileKey), teamViewKey(profileKey), printKey(profileKey), ...tabs]);
    await env.session.set({ [forgottenKey(profileKey)]: true });
    await deliveries.scheduleNextWake();
    // Their pages read the profile again: the pill then says what is left (nothing remembered, no review).
    if (tabs.length > 0) void env.tellTabs?.(tabIdsOf(tabs), { type: 'worker/profile-changed', profileKey });
    return known || hadReview;
  }

  /** Forget, from the panel (for the sender tab's own profile: ./router.ts) or the popup. */
  const forgetOne = async (req: RequestOf<'page/forget' | 'ui/forget'>) => ({ ok: true as const, forgotten: await forget(req.profileKey, req.reports) });

  const handlers = {
    'page/forget': forgetOne,
    'ui/forget': forgetOne,
    'ui/export': async () => ({ ok: true as const, file: await exportAll(env.local, env.now(), ctx.version) }),
    'ui/import': async (req: RequestOf<'ui/import'>): Promise<AnswerOf['ui/import']> => {
      const result = await memorySerial(() => reportSerial(() => importAll(env.local, req.file)));
      if (!result.ok) return result;
      sightings.forgetting();
      prints.forgetting();
      await env.session.remove(Object.keys(await env.session.getAll()));
      await deliveries.scheduleNextWake();
      return { ok: true, keys: result.keys };
    },
    'ui/delete-all': async () => {
      sightings.forgetting();
      prints.forgetting();
      const removed = await memorySerial(() => reportSerial(() => deleteAll(env.local)));
      await env.session.remove(Object.keys(await env.session.getAll()));
      await deliveries.scheduleNextWake();
      return { ok: true as const, removed };
    },
  };

  return { handlers };
}
