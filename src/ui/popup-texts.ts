// The toolbar popup's words and choices, pure so they can be tested without a browser: which
// findings it lists and in what order, its empty states, and its lines about reports and the kept
// comparison with the application. Dates in one format (shortDate, shortDateTime).
import { t, tn } from '../i18n.ts';
import type { Overview, PendingDelivery } from '../messages.ts';
import type { Finding } from '../model.ts';
import type { WebhookStatus } from '../report/log.ts';
import { shortDateTime } from './dates.ts';
import { destinationList } from './report-texts.ts';
import { bySeverity, shortDate, type PillTone } from './texts.ts';

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
  const when = shortDate(c.comparedAt, locale);
  return n === 0 ? t('popup_compared_none', when) : tn('popup_compared', n, [when]);
}

/** The popup's empty states, read when shown (in the UI language). */
export const EMPTY = {
  get none() {
    return t('popup_empty_tab');
  },
  get recent() {
    return t('popup_empty_recent');
  },
  get reports() {
    return t('popup_empty_reports');
  },
  /** Nothing waits and no webhook is set: say so and where a team sets one, not "all accepted". */
  get noWebhook() {
    return t('popup_empty_no_webhook');
  },
  get allDelivered() {
    return t('popup_empty_all_delivered');
  },
  /** Nothing waits, and a team hub is joined (with or without a webhook). */
  get nothingWaiting() {
    return t('popup_empty_nothing_waiting');
  },
};

/** The state of a report's webhook delivery in plain words. */
export function webhookLine(w: WebhookStatus, locale?: string): string {
  switch (w.state) {
    case 'delivered':
      return t('popup_webhook_delivered', shortDateTime(w.deliveredAt, locale));
    case 'pending':
      return w.lastError ? t('popup_webhook_waiting_error', w.lastError) : t('popup_webhook_waiting');
    case 'failed':
      return t('popup_webhook_failed', w.lastError);
    case 'discarded':
      return t('popup_webhook_discarded');
  }
}

/** The state of a report's delivery to the team's hub in plain words. */
export function hubLine(w: WebhookStatus, locale?: string): string {
  switch (w.state) {
    case 'delivered':
      return t('popup_hub_delivered', shortDateTime(w.deliveredAt, locale));
    case 'pending':
      return w.lastError ? t('popup_hub_waiting_error', w.lastError) : t('popup_hub_waiting');
    case 'failed':
      return t('popup_hub_failed', w.lastError);
    case 'discarded':
      return t('popup_hub_discarded');
  }
}

/** One report of the "Reports made" list: who, when, where it went, and the webhook's and the hub's states. */
export function reportMadeLine(r: Overview['reports'][number], locale?: string): string {
  const args = [r.name ?? t('popup_a_profile'), shortDateTime(r.createdAt, locale), destinationList(r.destinations)];
  const states = [r.webhook ? webhookLine(r.webhook, locale) : null, r.hub ? hubLine(r.hub, locale) : null].filter((s): s is string => s !== null);
  return states.length > 0 ? t('popup_report_made_webhook', [...args, states.join('. ')]) : t('popup_report_made', args);
}

/** Where a queued delivery goes, for the popup: "Team webhook", "Your team's hub (Acme)". */
export function pendingTarget(p: Pick<PendingDelivery, 'target' | 'team'>): string {
  return p.target === 'hub' ? t('repform_dest_team_named', p.team ?? '?') : t('repform_dest_webhook');
}

/** One queued delivery: "Jordan Ellis, made 22 Nov 2026, 07:31: 2 attempts · failed: … · next try …". */
export function pendingLine(p: PendingDelivery, locale?: string): string {
  const made = [p.profileName ?? t('popup_a_profile'), shortDateTime(p.createdAt, locale)];
  if (p.held) return tn('popup_pending_held', p.attempts, [...made, p.lastError ?? t('popup_pending_held_reason')]);
  const next = shortDateTime(p.nextAttemptAt, locale);
  return p.lastError ? tn('popup_pending_failed', p.attempts, [...made, p.lastError, next]) : tn('popup_pending_next', p.attempts, [...made, next]);
}
