// History signals read the extension's own memory; without it (the CLI, a first visit) they say so.
import type { AssessContext, Category, NotChecked } from '../../model.ts';
import { notChecked } from './findings.ts';
import { t } from '../../i18n.ts';

export function memoryMissing(ctx: AssessContext, signal: { id: string; category: Category }): NotChecked | null {
  if (ctx.memory) return null;
  return notChecked(signal, t('cov_first_visit'), t('cov_first_visit_how'));
}
