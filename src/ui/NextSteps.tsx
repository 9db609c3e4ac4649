// The top of the panel, what a recruiter reads in the first seconds: the level in words that
// describe the evidence, what could not be checked grouped by the one action that would run it (a
// button each), and "What to check next": the verification steps of the strongest findings.
import { evidenceLevelWords } from '../evidence-words.ts';
import { t, tn } from '../i18n.ts';
import type { Assessment, Finding } from '../model.ts';
import { activate } from './activate.ts';
import type { MissingGroup } from './NotCheckedList.tsx';
import { countedFindings, severityCounts } from './texts.ts';

export interface NextStepsProps {
  assessment: Assessment;
  /** Strongest first (texts.ts bySeverity). */
  findings: readonly Finding[];
  missing: readonly MissingGroup[];
}

/** How many verification steps the top lists: more is the findings list's job. */
const STEPS = 3;

export function NextSteps({ assessment, findings, missing }: NextStepsProps) {
  const counts = severityCounts(findings);
  const runnable = missing.filter((g) => g.action);
  const elsewhere = missing.filter((g) => !g.action).reduce((n, g) => n + g.entries.length, 0);
  const steps = countedFindings(findings).slice(0, STEPS);
  return (
    <section class="next" aria-label={t('summary_label')}>
      <p class="lead">
        <strong>{evidenceLevelWords(assessment, findings)}</strong>
        {counts ? t('summary_counts', counts) : '.'}
      </p>
      {assessment.layoutNew && <p>{t('layout_new_note')}</p>}
      {runnable.length > 0 && (
        <ul class="todo">
          {runnable.map((g, i) => (
            <li key={g.title}>
              <button type="button" class="btn" aria-describedby={`tt-todo-${i}`} onClick={activate(g.action!.open)}>
                {g.action!.label}
              </button>{' '}
              <span id={`tt-todo-${i}`}>{tn('more_checks', g.entries.length)}</span>
            </li>
          ))}
        </ul>
      )}
      {elsewhere > 0 && <p class="note">{tn('checks_elsewhere', elsewhere)}</p>}
      {steps.length > 0 && (
        <>
          <h3>{t('next_steps_heading')}</h3>
          <ol class="steps">
            {steps.map((f) => (
              <li key={f.id}>
                <strong>{f.title}.</strong> {f.howToVerify}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
