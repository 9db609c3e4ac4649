// The contact overlay is read only when the user opens it; every contact signal says so when it was not.
import type { ProfileSnapshot } from '../../model.ts';
import { notChecked } from './findings.ts';
import { t } from '../../i18n.ts';
import type { Category, NotChecked } from '../../model.ts';

export function contactOverlayMissing(snapshot: ProfileSnapshot, signal: { id: string; category: Category }): NotChecked | null {
  if (snapshot.contact && snapshot.coverage?.contact?.seen !== false) return null;
  return notChecked(signal, t('cov_contact_not_opened'), t('cov_contact_not_opened_how'), 'contact');
}
