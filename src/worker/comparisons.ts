// Comparisons with the application: the compare page keeps one with a remembered profile (its
// phones and e-mails as index hashes, and masked in the findings unless the application is kept),
// shows it again, and deletes it.
import type { RequestOf } from '../messages.ts';
import type { WorkerContext } from './context.ts';

export function createComparisons(ctx: WorkerContext) {
  const { env, memory, memorySerial } = ctx;
  const handlers = {
    'ui/keep-comparison': async (req: RequestOf<'ui/keep-comparison'>) => {
      const { settings } = await ctx.loadSettings();
      const kept = await memorySerial(() =>
        memory.rememberComparison(req.profileKey, req.comparison, { phones: req.phones, emails: req.emails }, settings.region ?? null, env.now()),
      );
      return { ok: true as const, kept };
    },
    'ui/kept-comparison': async (req: RequestOf<'ui/kept-comparison'>) => ({ ok: true as const, comparison: await memorySerial(() => memory.comparisonOf(req.profileKey)) }),
    'ui/delete-comparison': async (req: RequestOf<'ui/delete-comparison'>) => ({ ok: true as const, deleted: await memorySerial(() => memory.forgetComparison(req.profileKey)) }),
  };
  return { handlers };
}
