// The words of the inline UI, in one place: the pill's line, level and severity words, category
// headings, review outcomes. Levels and severities are always said in words, never by colour alone.
// The words themselves are in _locales/*/messages.json (src/i18n.ts); the tables below read them
// when used, not when this module loads.
import type { Review, ReviewOutcome } from '../messages.ts';
import { t, tn, words } from '../i18n.ts';
import type { Assessment, Category, Finding, Level, Severity } from '../model.ts';
import type { Destination } from '../settings.ts';
import { historyUnchecked, SEVERITY_WORDS } from '../evidence-words.ts';

export const LEVEL_WORDS = words<Level>('level_', ['high', 'medium', 'low']);

export { SEVERITY_WORDS };

/** The order categories are listed in: who the page presents first, then how the account behaves. */
export const CATEGORY_ORDER: readonly Category[] = ['identity', 'reactivation', 'timeline', 'contact', 'education', 'network', 'history', 'team', 'application'];

export const CATEGORY_NAMES = words<Category>('category_', ['identity', 'reactivation', 'timeline', 'contact', 'education', 'network', 'history', 'team', 'application']);

export const OUTCOME_WORDS = words<ReviewOutcome>('outcome_', ['cleared', 'needs-follow-up', 'reported']);

export const coverageText = (a: Pick<Assessment, 'checksRun' | 'checksTotal'>) => t('coverage', [a.checksRun, a.checksTotal]);

/** "3 findings", in the UI language. */
export const findingsCount = (n: number) => tn('findings', n);

/**
 * Findings that add to the score: a note (info) weighs 0 in src/score.ts, so it is shown in the panel
 * but is not a concern. Written out rather than read from SCORING, which would put the scoring table
 * in the content script (tests/ui/texts.test.ts holds the two in step).
 */
export const countedFindings = (findings: readonly Finding[]) => findings.filter((f) => f.severity !== 'info');

/** Most checks ran: more than half. */
export const mostChecked = (a: Pick<Assessment, 'checksRun' | 'checksTotal'>) => a.checksRun * 2 > a.checksTotal;

/** Half the checks or fewer ran: too little was seen to call the profile clear. */
export const partlyChecked = (a: Pick<Assessment, 'checksRun' | 'checksTotal'>) => !mostChecked(a);

/** The account-history checks did not run (src/evidence-words.ts, shared with the reports). */
export { historyUnchecked };

/**
 * The pill may vouch ("No concerns", green) only for what ran: no finding that counts, a known
 * layout, most checks run, and the account-history checks among them.
 */
export const vouches = (a: Assessment) => a.level === 'low' && !a.layoutNew && countedFindings(a.findings).length === 0 && mostChecked(a) && !historyUnchecked(a);

/** The pill's colour: green only for "No concerns" (vouches: no finding that counts, most checks and the account-history ones ran, a known layout). */
export type PillTone = Level | 'neutral';

/**
 * The pill's state, from the assessment: its words and its tone.
 * - medium / high: the level (evidence was found; fewer checks do not make it weaker);
 * - low, a known layout, no counted finding, most checks run, "About this profile" among what was
 *   read (on this visit or remembered): "No concerns in what was checked", green;
 * - the same with "About this profile" not read: "No signs so far · “About this profile” not opened ·
 *   16 of 25 checks ran", neutral (the panel leads with the button that opens it);
 * - low with counted findings (a warning too weak to reach "Some concerns"): "Minor concerns", neutral;
 * - low with fewer than half the checks run: "Partly checked: 6 of 25 checks ran", neutral, never green;
 * - a layout Telltale does not know: says so (see Assessment.layoutNew), neutral unless medium / high.
 * Notes (info findings, weight 0 in src/score.ts) are never counted: "no concerns · 1 finding" cannot be written.
 */
export function pillState(a: Assessment): { text: string; tone: PillTone } {
  const counted = countedFindings(a.findings).length;
  const count = findingsCount(counted);
  const concern = a.level !== 'low';
  const tone: PillTone = concern ? a.level : vouches(a) ? 'low' : 'neutral';
  // A layout Telltale does not know yet: say so and how much ran; never "no concerns".
  const details = `${counted > 0 ? `${count} · ` : ''}${coverageText(a)}`;
  if (a.layoutNew) return { text: t('pill_layout_new', details), tone };
  if (!concern && partlyChecked(a)) return { text: t('pill_partly', details), tone };
  if (!concern && counted === 0 && historyUnchecked(a)) return { text: t('pill_no_signs', coverageText(a)), tone };
  return { text: `${levelWords(a)} · ${count} · ${coverageText(a)}`, tone };
}

/** The pill's level words alone, for the panel's heading and score line: "Partly checked", "Minor concerns", "High risk"… */
export function levelWords(a: Assessment): string {
  if (a.level !== 'low') return LEVEL_WORDS[a.level];
  if (partlyChecked(a)) return t('level_partly');
  if (countedFindings(a.findings).length > 0) return t('level_minor');
  return historyUnchecked(a) ? t('level_no_signs') : LEVEL_WORDS.low;
}

/** "High risk · 3 findings · 9 of 14 checks ran": the level in words, the counted findings and the coverage (see pillState). */
export function pillLine(a: Assessment): string {
  return pillState(a).text;
}

/** The product's name before the pill's line: a name, the same in every language. */
export const PILL_PREFIX = 'Telltale: ';

export function unreadableLine(reason: string): string {
  return t('pill_unreadable', reason);
}

/** "22 Nov 2026" in the reader's locale, from an ISO time; the raw text when it is not a date. */
export function shortDate(iso: string, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

const DESTINATION_NAMES = words<Destination>('destination_', ['clipboard', 'download', 'email', 'webhook', 'team', 'linkedin', 'ic3']);

/** "a, b and c" in the UI language (list_and). */
export function listAnd(items: readonly string[]): string {
  return items.length > 1 ? t('list_and', [items.slice(0, -1).join(', '), items.at(-1)!]) : (items[0] ?? '');
}

/**
 * The user's own decision, shown as status, never as evidence: "Reported by you on 2 Dec 2026 · to:
 * LinkedIn and team webhook", "Cleared by you on 2 Dec 2026". A report or review never adds a
 * finding or moves the score (issue 22, item 5); what colleagues reported will be evidence of
 * its own (model.ts TeamView).
 */
export function reviewLine(review: Review, locale?: string): string {
  const when = shortDate(review.at, locale);
  if (review.outcome === 'reported') {
    const to = (review.reportedTo ?? []).filter((d): d is Destination => d in DESTINATION_NAMES).map((d) => DESTINATION_NAMES[d]);
    return to.length > 0 ? t('review_reported_to', [when, listAnd(to)]) : t('review_reported', when);
  }
  if (review.outcome === 'cleared') return clearedLine(review, locale);
  return t('review_other', [OUTCOME_WORDS[review.outcome], when]);
}

/** "Cleared by you on 2 Dec 2026": the user's decision on a profile. */
export function clearedLine(review: Review, locale?: string): string {
  return t('review_cleared', shortDate(review.at, locale));
}

/**
 * What the pill, the toolbar button's title and the popup say of a profile the user cleared: the
 * level still there, beside their decision ("High risk · Cleared by you on 2 Dec 2026"), shown muted.
 */
export function clearedSummary(a: Assessment, review: Review, locale?: string): string {
  // A layout new to Telltale keeps saying so: its level words could read as a clean bill.
  return `${a.layoutNew ? pillState(a).text : levelWords(a)} · ${clearedLine(review, locale)}`;
}


/** What a finding's badge says about how many findings it stands for. */
export function moreLine(extra: number): string {
  return extra > 0 ? ` +${extra}` : '';
}

/** "These are signals for a person to review, not a verdict…": under every panel. */
export const notAVerdict = () => t('not_a_verdict');

/** The score in plain words; how it is made is under "How the score works" (scoreMeaning). */
export const scoreLine = (a: Pick<Assessment, 'score' | 'checksRun' | 'checksTotal'>) => t('score_line', [a.score, coverageText(a)]);

export const scoreMeaning = () => t('score_meaning');

/** Each severity's count: "1 alert", "2 warnings". */
const SEVERITY_COUNT: Record<Severity, (n: number) => string> = { alert: (n) => tn('alerts', n), warn: (n) => tn('warnings', n), info: (n) => tn('notes', n) };

/** "2 alerts, 1 warning and 1 note", strongest first; empty when there is no finding. */
export function severityCounts(findings: readonly Pick<Finding, 'severity'>[]): string {
  const parts = (['alert', 'warn', 'info'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => SEVERITY_COUNT[s](n));
  return listAnd(parts);
}

/** Strongest first: the rank a sort by severity compares (panel, popup, badges). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { alert: 0, warn: 1, info: 2 };

/** Strongest first; within a severity, in the order of CATEGORY_ORDER, then as found. */
export function bySeverity<F extends Pick<Finding, 'severity' | 'category'>>(findings: readonly F[]): F[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || CATEGORY_ORDER.indexOf(a.f.category) - CATEGORY_ORDER.indexOf(b.f.category) || a.i - b.i)
    .map(({ f }) => f);
}
