// One finding in the panel: what was seen (with the real values), why it matters, the innocent
// explanations to rule out, how to verify it, and where the sign is documented (once per source in
// a panel: a later finding with the same source points back to the first).
import { t } from '../i18n.ts';
import type { Finding } from '../model.ts';
import { activate } from './activate.ts';
import type { Explain } from '../explanation.ts';
import { CATEGORY_NAMES, SEVERITY_WORDS } from './texts.ts';
import { markInvisible } from '../invisible.ts';

export interface FindingItemProps {
  finding: Finding;
  explain: Explain;
  /** The title of an earlier finding in the panel whose source is the same text: point to it instead of repeating it. */
  sourceAbove?: string;
  /** Present when the finding's entry is on the page: scrolls to it and highlights its badge. */
  onShow?: () => void;
}

export function FindingItem({ finding, explain, sourceAbove, onShow }: FindingItemProps) {
  const why = explain(finding.signal);
  return (
    <article class="finding" tabindex={-1} data-finding={finding.id} aria-labelledby={`tt-f-${finding.id}`}>
      <h4 id={`tt-f-${finding.id}`}>
        <span class={`sev ${finding.severity}`}>{SEVERITY_WORDS[finding.severity]}</span>
        {markInvisible(finding.title)}
      </h4>
      <p class="cat">{CATEGORY_NAMES[finding.category]}</p>
      <dl>
        <dt>{t('finding_seen')}</dt>
        <dd class="evidence">{markInvisible(finding.evidence)}</dd>
        <dt>{t('finding_verify')}</dt>
        <dd>{finding.howToVerify}</dd>
        {why && (
          <>
            <dt>{t('finding_why')}</dt>
            <dd>{why.whyItMatters}</dd>
            {why.benign && (
              <>
                <dt>{t('finding_benign')}</dt>
                <dd>{why.benign}</dd>
              </>
            )}
          </>
        )}
        {why?.source && (
          <>
            <dt>{t('finding_source')}</dt>
            <dd>{sourceAbove ? t('finding_source_above', sourceAbove) : why.source}</dd>
          </>
        )}
      </dl>
      {onShow && (
        <div class="actions">
          <button type="button" class="btn" onClick={activate(onShow)}>
            {t('finding_show')}
          </button>
        </div>
      )}
    </article>
  );
}
