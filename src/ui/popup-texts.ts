// The toolbar popup's words and choices, pure so they can be tested without a browser: which
// findings it lists and in what order, its empty states, and its lines about reports and the kept
// comparison with the application. Dates in one format (shortDate, shortDateTime).
import type { Overview, PendingDelivery } from '../messages.ts';
import type { Finding } from '../model.ts';
import type { WebhookStatus } from '../report/log.ts';
import { shortDateTime } from './dates.ts';
import { destinationList } from './report-texts.ts';
import { bySeverity, plural, shortDate, type PillTone } from './texts.ts';

/** How many findings the popup lists before "N more": the panel and side panel have them all. */
export const POPUP_FINDINGS = 6;

/**
 * The findings the popup lists, strongest first (alert, warning, note): those that count, and
 * always every finding from memory (another profile with the same phone, earlier versions), which
 * the in-page panel only names and sends the user here for. Only notes: the first three of them.
 */
export function popupFindings<F extends Pick<Finding, 'severity' | 'category' | 'id'>>(findings: readonly F[], fromMemory: (f: F) => boolean): { shown: F[]; more: number } {
  const sorted = bySeverity(findings);
  const counted = sorted.filter((f) => f.severity !== 'info');
  const memory = sorted.filter(fromMemory);
  if (counted.length === 0 && memory.length === 0) return { shown: sorted.slice(0, 3), more: Math.max(0, sorted.length - 3) };
  const head = counted.slice(0, POPUP_FINDINGS);
  const shown = bySeverity([...new Set([...head, ...memory])]);
  return { shown, more: findings.length - shown.length };
}

/** The mark beside a level's words, as on the pill: the level is never said by colour alone. */
export const TONE_MARKS: Record<PillTone, string> = { high: '▲', medium: '◆', low: '●', neutral: '○' };

/** The CSS class of a tone's chip (the panel's classes: neutral is the grey "unreadable"). */
export const toneClass = (tone: PillTone) => (tone === 'neutral' ? 'unreadable' : tone);

/** "Compared with the application on 22 Nov 2026: 2 disagreements". */
export function comparisonLine(c: { comparedAt: string; findings: readonly unknown[] }, locale?: string): string {
  const n = c.findings.length;
  return `Compared with the application on ${shortDate(c.comparedAt, locale)}: ${n === 0 ? 'no disagreements in what could be compared' : plural(n, 'disagreement')}`;
}

export const EMPTY = {
  none: 'Open a LinkedIn profile in this tab to see what Telltale finds on it.',
  recent: 'No flagged profiles yet. Profiles you view that show concerns are listed here.',
  reports: 'No reports yet. A report you make from this popup or from the panel is listed here.',
  /** Nothing waits and no webhook is set: say so and where a team sets one, not "all accepted". */
  noWebhook: 'No team webhook is set up, so no report waits to be delivered.',
  allDelivered: 'Nothing is waiting to be delivered to the team webhook.',
} as const;

/** The state of a report's webhook delivery in plain words. */
export function webhookLine(w: WebhookStatus, locale?: string): string {
  switch (w.state) {
    case 'delivered':
      return `Delivered to the team webhook on ${shortDateTime(w.deliveredAt, locale)}`;
    case 'pending':
      return `Waiting to be delivered to the team webhook${w.lastError ? ` (last try: ${w.lastError})` : ''}`;
    case 'failed':
      return `Not delivered to the team webhook: ${w.lastError}`;
    case 'discarded':
      return 'Team webhook delivery discarded';
  }
}

/** One report of the "Reports made" list: who, when, where it went, and the webhook's state. */
export function reportMadeLine(r: Overview['reports'][number], locale?: string): string {
  const where = `${r.name ?? 'A profile'}, ${shortDateTime(r.createdAt, locale)}: sent to ${destinationList(r.destinations)}`;
  return r.webhook ? `${where}. ${webhookLine(r.webhook, locale)}.` : `${where}.`;
}

/** One queued delivery: "Jordan Ellis, made 22 Nov 2026, 07:31: 2 attempts · failed: … · next try …". */
export function pendingLine(p: PendingDelivery, locale?: string): string {
  const made = `${p.profileName ?? 'A profile'}, made ${shortDateTime(p.createdAt, locale)}: ${plural(p.attempts, 'attempt')}`;
  if (p.held) return `${made} · ${p.lastError ?? 'held'}`;
  return `${made}${p.lastError ? ` · failed: ${p.lastError}` : ''} · next try ${shortDateTime(p.nextAttemptAt, locale)}`;
}
