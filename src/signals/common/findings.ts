// Builders for what a signal returns, so every finding and every "not checked" has the same shape.
import type { Category, ElementRef, Finding, NotChecked, Severity, ProfileView } from '../../model.ts';

export interface FindingDraft {
  /** Appended to the signal id when one signal can fire more than once ("overlapping-full-time-roles:0-2"). */
  detail?: string;
  severity: Severity;
  title: string;
  evidence: string;
  howToVerify: string;
  refs: ElementRef[];
  fallbackRef?: ElementRef;
}

export function finding(signal: { id: string; category: Category }, draft: FindingDraft): Finding {
  return {
    id: draft.detail ? `${signal.id}:${draft.detail}` : signal.id,
    signal: signal.id,
    category: signal.category,
    severity: draft.severity,
    title: draft.title,
    evidence: draft.evidence,
    howToVerify: draft.howToVerify,
    refs: draft.refs,
    ...(draft.fallbackRef ? { fallbackRef: draft.fallbackRef } : {}),
  };
}

export function notChecked(signal: { id: string; category: Category }, reason: string, howToSee: string, view?: ProfileView): NotChecked {
  return view ? { signal: signal.id, category: signal.category, reason, howToSee, view } : { signal: signal.id, category: signal.category, reason, howToSee };
}

/** The signal checked what the page showed; this says what it left out ("7 of 12 positions…"). */
export function partlyChecked(signal: { id: string; category: Category }, reason: string, howToSee: string, view?: ProfileView): NotChecked {
  return { ...notChecked(signal, reason, howToSee, view), partial: true };
}
