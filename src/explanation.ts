// What the panel says about a signal beyond its finding: why it matters, the innocent explanations
// to rule out, and where the sign comes from. The texts live in the signal catalogue
// (src/signals/catalogue.ts); the content script hands the panel a lookup so the UI components do
// not depend on how the catalogue is stored.
export interface SignalExplanation {
  /** The signal's name as the catalogue writes it ("Overlapping full-time roles"). */
  name?: string;
  whyItMatters: string;
  /** Innocent explanations a reviewer should rule out before acting. */
  benign: string;
  /** Where the sign is documented (an advisory, a report). */
  source: string;
}

export type Explain = (signal: string) => SignalExplanation | undefined;

export const noExplanations: Explain = () => undefined;

/** "overlapping-full-time-roles" → "Overlapping full-time roles", when the catalogue has no name. */
export function signalName(id: string, explain: Explain): string {
  const named = explain(id)?.name;
  if (named) return named;
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
