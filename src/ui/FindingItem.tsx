// One finding in the panel: what was seen (with the real values), why it matters, the innocent
// explanations to rule out, how to verify it, and where the sign is documented.
import type { Finding } from '../model.ts';
import type { Explain } from './explanation.ts';
import { SEVERITY_WORDS } from './texts.ts';

export interface FindingItemProps {
  finding: Finding;
  explain: Explain;
}

export function FindingItem({ finding, explain }: FindingItemProps) {
  const why = explain(finding.signal);
  return (
    <article class="finding" tabindex={-1} data-finding={finding.id} aria-labelledby={`tt-f-${finding.id}`}>
      <h4 id={`tt-f-${finding.id}`}>
        <span class={`sev ${finding.severity}`}>{SEVERITY_WORDS[finding.severity]}</span>
        {finding.title}
      </h4>
      <dl>
        <dt>What was seen</dt>
        <dd class="evidence">{finding.evidence}</dd>
        {why && (
          <>
            <dt>Why it matters</dt>
            <dd>{why.whyItMatters}</dd>
            {why.benign && (
              <>
                <dt>Innocent explanations to rule out</dt>
                <dd>{why.benign}</dd>
              </>
            )}
          </>
        )}
        <dt>How to verify</dt>
        <dd>{finding.howToVerify}</dd>
        {why?.source && (
          <>
            <dt>Source</dt>
            <dd>{why.source}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
