// PLACEHOLDER until the signals work lands: the real implementation runs every signal in
// src/signals/ and scores the findings (src/score.ts). The signature is the contract.
import type { Assessment, AssessContext, ProfileSnapshot } from './model.ts';

export function assess(_snapshot: ProfileSnapshot, _ctx: AssessContext): Assessment {
  return { score: 0, level: 'low', findings: [], notChecked: [], checksRun: 0, checksTotal: 0 };
}
