// The evidence bundle: everything a report carries, in one JSON document, and its readable forms
// (plain text for a file, the clipboard and the IC3 form; a Slack-compatible message; a mailto:).
// Its wording says what the evidence supports and no more: the account may be compromised or
// misrepresented, and its owner is often a victim.
import { markInvisible } from '../invisible.ts';
import { t, tn } from '../i18n.ts';
import { evidenceLevelWords as levelWordsOf, SEVERITY_WORDS } from '../evidence-words.ts';
import type { Assessment, Finding, ProfileSnapshot, Severity } from '../model.ts';
import type { StoredComparison } from '../memory/store.ts';
import type { Destination } from '../settings.ts';

export const BUNDLE_FORMAT = 'telltale-evidence';

/** The statement a bundle opens with, in the UI language (read when a bundle is built, not when this module loads). */
export const statement = () => t('rep_statement');

export interface EvidenceBundle {
  format: typeof BUNDLE_FORMAT;
  version: 1;
  /** Unique per report; also sent as the Idempotency-Key header, so a retried delivery is filed once. */
  idempotencyKey: string;
  createdAt: string;
  extension: { name: 'Telltale'; version: string };
  statement: string;
  profile: { key: string; url: string | null; name: string | null };
  assessment: { level: Assessment['level']; score: number; checksRun: number; checksTotal: number };
  findings: Pick<Finding, 'id' | 'category' | 'severity' | 'title' | 'evidence' | 'howToVerify'>[];
  notChecked: Assessment['notChecked'];
  snapshot: ProfileSnapshot;
  /** Earlier views of the profile that differ from this one (what the extension remembers), oldest first. */
  earlierSnapshots: { seenAt: string; snapshot: ProfileSnapshot }[];
  /**
   * The kept comparison with the candidate's application, when one was made (the compare page):
   * its findings, each with both values in its evidence; the application's text only when the user
   * ticked "keep the application".
   */
  application: StoredComparison | null;
  note: string | null;
  destinations: Destination[];
  /** A JPEG data: URL of the visible tab, when the browser allowed one (report started from the toolbar). */
  screenshot: { dataUrl: string; capturedAt: string } | null;
  screenshotNote: string | null;
}

export interface BundleInput {
  idempotencyKey: string;
  createdAt: Date;
  extensionVersion: string;
  profileKey: string;
  snapshot: ProfileSnapshot;
  assessment: Assessment;
  earlier: { seenAt: string; snapshot: ProfileSnapshot }[];
  /** The profile's kept comparison with the application (memory.comparisonOf), if any. */
  application?: StoredComparison | null;
  note: string | null;
  destinations: Destination[];
  screenshot: string | null;
  screenshotNote: string | null;
}

/** The snapshot as a report carries it: the photo's print (a fingerprint kept for comparing, src/photo/print.ts) stays in the browser. */
function withoutPrint(s: ProfileSnapshot): ProfileSnapshot {
  if (!s.photo?.print) return s;
  const { print: _print, ...photo } = s.photo;
  return { ...s, photo };
}

export function buildBundle(input: BundleInput): EvidenceBundle {
  const s = withoutPrint(input.snapshot);
  return {
    format: BUNDLE_FORMAT,
    version: 1,
    idempotencyKey: input.idempotencyKey,
    createdAt: input.createdAt.toISOString(),
    extension: { name: 'Telltale', version: input.extensionVersion },
    statement: statement(),
    profile: { key: input.profileKey, url: s.profileUrl ?? s.url, name: s.name },
    assessment: {
      level: input.assessment.level,
      score: input.assessment.score,
      checksRun: input.assessment.checksRun,
      checksTotal: input.assessment.checksTotal,
    },
    findings: input.assessment.findings.map(({ id, category, severity, title, evidence, howToVerify }) => ({
      id,
      category,
      severity,
      title,
      evidence,
      howToVerify,
    })),
    notChecked: input.assessment.notChecked,
    snapshot: s,
    earlierSnapshots: input.earlier,
    application: input.application ?? null,
    note: input.note?.trim() ? input.note.trim() : null,
    destinations: input.destinations,
    screenshot: input.screenshot ? { dataUrl: input.screenshot, capturedAt: input.createdAt.toISOString() } : null,
    screenshotNote: input.screenshot ? null : input.screenshotNote,
  };
}

type BundleFinding = EvidenceBundle['findings'][number];

const SEVERITY_RANK: Record<Severity, number> = { alert: 2, warn: 1, info: 0 };

/** Strongest first (alert, warning, note); the signals' own order within one severity. */
export function strongestFirst<F extends Pick<BundleFinding, 'severity'>>(findings: readonly F[]): F[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i).map(({ f }) => f);
}

/** The level in words that describe the evidence (src/evidence-words.ts), for a bundle. */
export function evidenceLevelWords(bundle: Pick<EvidenceBundle, 'assessment' | 'findings'>): string {
  return levelWordsOf(bundle.assessment, bundle.findings);
}

const coverageWords = (a: EvidenceBundle['assessment']) => t('rep_coverage', [a.score, t('coverage', [a.checksRun, a.checksTotal])]);

/** What an earlier view said in a field that now says something else. */
const WAS: Record<'name' | 'headline' | 'location', (value: string) => string> = {
  name: (value) => t('rep_change_name', value),
  headline: (value) => t('rep_change_headline', value),
  location: (value) => t('rep_change_location', value),
};

function changesSummary(bundle: EvidenceBundle): string[] {
  const now = bundle.snapshot;
  const lines: string[] = [];
  for (const earlier of bundle.earlierSnapshots) {
    const then = earlier.snapshot;
    const diffs: string[] = [];
    for (const field of ['name', 'headline', 'location'] as const) {
      const was = then[field];
      if (was !== null && now[field] !== null && was !== now[field]) diffs.push(WAS[field](was));
    }
    if (then.photo && now.photo && then.photo.url.split('?')[0] !== now.photo.url.split('?')[0]) diffs.push(t('rep_change_photo'));
    const position = (p: ProfileSnapshot['experience'][number]) => t('rep_change_position', [p.title, p.company, p.dates ?? '?']);
    const nowPositions = new Set(now.experience.map(position));
    const gone = then.experience.map(position).filter((p) => !nowPositions.has(p));
    if (gone.length > 0 && now.experience.length > 0) diffs.push(t('rep_change_positions_gone', gone.slice(0, 5).join('; ')));
    lines.push(`- ${t('rep_change_seen', [earlier.seenAt.slice(0, 10), diffs.length > 0 ? diffs.join('; ') : t('rep_change_in_detail')])}`);
  }
  return lines;
}

/** The kept comparison with the application, for the text forms (never the application's text: that is in the JSON when kept). */
function comparisonLines(c: StoredComparison): string[] {
  const lines = [tn('rep_compared', c.findings.length, [c.fileName ?? c.source, c.comparedAt.slice(0, 10)])];
  if (c.findings.length === 0) lines.push(`- ${t('rep_compared_none')}`);
  for (const f of strongestFirst(c.findings)) lines.push(`- [${f.severity}] ${f.title}: ${f.evidence}`);
  return lines;
}

/** The bundle as plain text: the readable file, the clipboard, the email body, the text to paste into IC3. */
export function bundleText(bundle: EvidenceBundle): string {
  const p = bundle.profile;
  const lines = [
    t('rep_text_title'),
    ``,
    bundle.statement,
    ``,
    t('rep_text_profile', p.name ?? t('rep_text_name_not_shown')),
    t('rep_text_url', p.url ?? t('rep_text_unknown')),
    t('rep_text_reported', [bundle.createdAt, bundle.extension.version, bundle.idempotencyKey]),
    t('rep_text_assessment', [evidenceLevelWords(bundle), coverageWords(bundle.assessment)]),
  ];
  if (bundle.note) lines.push(``, t('rep_text_note', bundle.note));
  lines.push(``, t('rep_text_findings', bundle.findings.length));
  if (bundle.findings.length === 0) lines.push(`- ${t('rep_text_no_findings')}`);
  for (const f of strongestFirst(bundle.findings)) {
    lines.push(`- [${f.severity}] ${f.title} (${f.category})`, `  ${t('rep_text_evidence', f.evidence)}`, `  ${t('rep_text_verify', f.howToVerify)}`);
  }
  if (bundle.notChecked.length > 0) {
    lines.push(``, t('rep_text_not_checked'));
    for (const n of bundle.notChecked) lines.push(`- ${n.signal}: ${n.reason}`);
  }
  if (bundle.application) lines.push(``, ...comparisonLines(bundle.application));
  if (bundle.earlierSnapshots.length > 0) lines.push(``, t('rep_text_earlier'), ...changesSummary(bundle));
  const s = bundle.snapshot;
  lines.push(``, t('rep_text_as_seen'));
  lines.push(`- ${t('rep_text_headline', s.headline ?? '-')}`, `- ${t('rep_text_location', s.location ?? '-')}`);
  for (const pos of s.experience.slice(0, 15)) {
    lines.push(`- ${pos.dates ? t('rep_text_position_dates', [pos.title, pos.company, pos.dates]) : t('rep_text_position', [pos.title, pos.company])}`);
  }
  for (const phone of s.contact?.phones ?? []) lines.push(`- ${t('rep_text_phone', phone.raw)}`);
  for (const email of s.contact?.emails ?? []) lines.push(`- ${t('rep_text_email', email.address)}`);
  lines.push(``, bundle.screenshot ? t('rep_text_screenshot_attached') : t('rep_text_screenshot', bundle.screenshotNote ?? t('rep_text_screenshot_none')));
  // Hidden direction and zero-width characters in what the page or the application showed are
  // written out visibly: the reader sees the value as it is, not as it renders (src/invisible.ts).
  return markInvisible(lines.join('\n'));
}

/** Findings the Slack message lists; the rest are counted and in the JSON or text file. */
export const SLACK_FINDINGS = 6;

/**
 * A Slack-compatible incoming-webhook message: `text` in mrkdwn, plus the report id. It reads where
 * it lands: the level in words about the evidence first, then the strongest findings (alert,
 * warning, note), each with how to verify it, then the reporter's own note.
 */
export function slackMessage(bundle: EvidenceBundle): { text: string; idempotencyKey: string } {
  const p = bundle.profile;
  const who = p.url ? `<${p.url}|${escapeSlack(p.name ?? p.url)}>` : escapeSlack(p.name ?? t('rep_slack_no_url'));
  const sorted = strongestFirst(bundle.findings);
  const shown = sorted.slice(0, SLACK_FINDINGS).map(
    (f) => `• *${SEVERITY_WORDS[f.severity]}: ${escapeSlack(f.title)}*: ${escapeSlack(f.evidence)}\n   _${t('rep_slack_verify')}_ ${escapeSlack(f.howToVerify)}`,
  );
  if (sorted.length > SLACK_FINDINGS) shown.push(`• ${tn('rep_slack_more', sorted.length - SLACK_FINDINGS)}`);
  const text =
    `${t('rep_slack_level', [evidenceLevelWords(bundle), coverageWords(bundle.assessment), who])}\n` +
    `${t('rep_slack_statement')}\n` +
    `${shown.join('\n') || `• ${t('rep_slack_no_findings')}`}` +
    (bundle.application ? `\n${tn('rep_slack_compared', bundle.application.findings.length, [bundle.application.comparedAt.slice(0, 10)])}${strongestFirst(bundle.application.findings).slice(0, 3).map((f) => `\n• ${escapeSlack(f.title)}: ${escapeSlack(f.evidence)}`).join('')}` : '') +
    (bundle.note ? `\n*${t('rep_slack_note')}*\n> ${escapeSlack(bundle.note).replace(/\n/g, '\n> ')}` : '') +
    `\n${t('rep_slack_footer', [bundle.idempotencyKey, bundle.extension.version])}`;
  return { text: markInvisible(text), idempotencyKey: bundle.idempotencyKey };
}

const escapeSlack = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** mailto: keeps well under the ~2,000 characters mail handlers accept; the full text is on the clipboard or in the file. */
export function mailtoUrl(to: string, bundle: EvidenceBundle, maxBodyChars = 1_500): string {
  const subject = markInvisible(bundle.profile.name !== null ? t('rep_mail_subject', bundle.profile.name) : t('rep_mail_subject_unnamed'));
  let body = bundleText(bundle);
  if (body.length > maxBodyChars) body = `${body.slice(0, maxBodyChars)}\n…\n${t('rep_mail_shortened', bundle.idempotencyKey)}`;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export const IC3_URL = 'https://www.ic3.gov/';

/**
 * The text to paste into the IC3 complaint form's description: the signs seen, as evidence. It names
 * no scheme, country or group: signals alone do not show who is behind an account, so any
 * attribution is the reporter's own, in their note (which bundleText carries as written).
 */
export function ic3Text(bundle: EvidenceBundle): string {
  return [
    t('rep_ic3_signs'),
    t('rep_ic3_not_proof'),
    ``,
    bundleText(bundle),
  ].join('\n');
}

/** File names for the download destination. */
export function bundleFileNames(bundle: EvidenceBundle): { json: string; text: string } {
  const who = (bundle.profile.name ?? 'profile').normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'profile';
  const day = bundle.createdAt.slice(0, 10);
  return { json: `telltale-report-${who}-${day}.json`, text: `telltale-report-${who}-${day}.txt` };
}
