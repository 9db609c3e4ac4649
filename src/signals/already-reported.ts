// The user (or their team) reported this profile before. Not new evidence about the page, but an
// independent earlier judgement a reviewer should see first, so it is `warn`.
import type { Signal } from './signal.ts';
import { finding } from './common/findings.ts';
import { memoryMissing } from './common/memory.ts';

const self = { id: 'already-reported', category: 'history' } as const;

export const alreadyReported: Signal = {
  ...self,
  run(_snapshot, ctx) {
    const missing = memoryMissing(ctx, self);
    if (missing) return { findings: [], notChecked: missing };
    const reports = ctx.memory!.reports;
    if (reports.length === 0) return { findings: [] };
    const lines = reports.map((r) => `${r.sentAt.slice(0, 10)} to ${r.destinations.join(', ') || 'your own records'}`);
    return {
      findings: [
        finding(self, {
          severity: 'warn',
          title: 'You reported this profile before',
          evidence: `Reported ${lines.join('; ')}.`,
          howToVerify: 'Read your earlier report and check whether its concerns were answered.',
          refs: ['name'],
        }),
      ],
    };
  },
};

export default alreadyReported;
