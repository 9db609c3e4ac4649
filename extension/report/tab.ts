// The report page's address names the tab it reports on: report.html#tab=<id>, as the worker
// opens it (page/open-report). Anything else there (a guess, junk, a huge number) names no tab.
// The compare page reads its address the same way.
import type { AnswerOf } from '../../src/messages.ts';

/** The tab id in `#tab=<id>`: digits only, a safe integer; null for anything else. */
export function tabIdFrom(hash: string): number | null {
  const m = /^#tab=(\d{1,15})$/.exec(hash);
  if (!m) return null;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) ? id : null;
}

/** Whether the worker's answer about a tab says it still shows this profile (the worker drops a tab's state when the tab leaves it). */
export function stillShowsProfile(answer: AnswerOf['ui/tab-state'], profileKey: string): boolean {
  return answer.ok && answer.state.status === 'profile' && answer.state.profileKey === profileKey;
}
