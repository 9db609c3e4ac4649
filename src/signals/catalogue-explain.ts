// The panel's lookup of the signal catalogue's texts. The catalogue is plain text (no phone
// metadata, no domain lists), so it is the one part of src/signals the content script may carry.
import { catalogueById } from './catalogue.ts';
import type { Explain } from '../explanation.ts';

export const explainFromCatalogue: Explain = (signal) => {
  const entry = catalogueById.get(signal);
  return entry && { name: entry.name, whyItMatters: entry.whyItMatters, benign: entry.benignExplanations, source: entry.source };
};
