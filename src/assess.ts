// Runs every enabled signal over one snapshot, collects findings and what could not be checked, and
// scores the findings. Runs in the background worker (and the CLI): signals pull in the phone
// metadata, which must never reach the content script. The disposable-domain list is not imported at
// all: the caller passes it in the context (ctx.disposableDomains) when the snapshot has an email.
import { t } from './i18n.ts';
import { withoutInvisibleDeep } from './invisible.ts';
import type { Assessment, AssessContext, Finding, NotChecked, ProfileSnapshot, Severity } from './model.ts';
import { signals as allSignals } from './signals/index.ts';
import { MAX_FINDINGS_PER_SIGNAL, type Signal } from './signals/signal.ts';
import { scoreFindings } from './score.ts';

const RANK: Record<Severity, number> = { info: 0, warn: 1, alert: 2 };

/**
 * A signal's findings, at most MAX_FINDINGS_PER_SIGNAL of them (the strongest, in their order): a
 * hostile profile could otherwise make one signal fill the session area with a 50 MB assessment.
 */
function strongestFirst(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_SIGNAL) return findings;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[b.f.severity] - RANK[a.f.severity] || a.i - b.i)
    .slice(0, MAX_FINDINGS_PER_SIGNAL)
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => f);
}

export function assess(seen: ProfileSnapshot, given: AssessContext, signals: readonly Signal[] = allSignals): Assessment {
  // Hidden direction and zero-width characters never take part in a comparison (src/invisible.ts).
  const snapshot = withoutInvisibleDeep(seen);
  const ctx: AssessContext = { ...given, memory: withoutInvisibleDeep(given.memory), application: withoutInvisibleDeep(given.application) };
  const enabled = signals.filter((s) => !ctx.disabled?.includes(s.id) && (s.appliesTo?.(ctx) ?? true));
  const raw: { signal: Signal; findings: Finding[] }[] = [];
  const notChecked: NotChecked[] = [];
  let checksRun = 0;
  for (const signal of enabled) {
    const result = signal.run(snapshot, ctx);
    raw.push({ signal, findings: strongestFirst(result.findings) });
    if (result.notChecked) notChecked.push(result.notChecked);
    // A signal ran when it looked at something: it found something, was not blocked, or checked part.
    if (result.findings.length > 0 || !result.notChecked || result.notChecked.partial) checksRun++;
  }
  // First-pass findings at warn or above: what a context-only sign may be corroborated by.
  const strong = raw.flatMap(({ findings: own }) => own.filter((f) => RANK[f.severity] >= RANK.warn));
  const findings = raw.flatMap(({ signal, findings: own }) => corroborate(signal, own, strong));
  const { score, level } = scoreFindings(findings);
  const assessment: Assessment = { score, level, findings, notChecked, checksRun, checksTotal: enabled.length };
  if (isLayoutNew(snapshot)) assessment.layoutNew = true;
  return assessment;
}

/** No known layout matched, or a profile page gave less than its top card (name and headline). */
export function isLayoutNew(snapshot: ProfileSnapshot): boolean {
  return snapshot.layout === 'unknown' || (snapshot.kind === 'profile' && (snapshot.name === null || snapshot.headline === null));
}

/**
 * Raises a context-only signal's info findings to warn when an independent signal in the named
 * categories found something at warn or above. Uses the first-pass severities only, so two weak
 * signs never lift each other.
 */
function corroborate(signal: Signal, own: Finding[], strong: readonly Finding[]): Finding[] {
  const rule = signal.corroboration;
  if (!rule || own.length === 0) return own;
  const support = strong.filter((f) => f.signal !== signal.id && rule.categories.includes(f.category));
  if (support.length === 0) return own;
  const beside = [...new Set(support.map((f) => f.title))].slice(0, 2).join('; ');
  return own.map((f) =>
    RANK[f.severity] >= RANK[rule.severity]
      ? f
      : { ...f, severity: rule.severity, evidence: `${f.evidence} ${t('assess_raised_warn', beside)}` },
  );
}
