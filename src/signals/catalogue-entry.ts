// One signal's entry in the catalogues (./catalogue.ts for the profile's signals,
// ./catalogue-application.ts for the comparisons with an application): the type alone, so the two
// catalogues import it from here and not from each other.
import type { Category } from '../model.ts';

export interface CatalogueEntry {
  id: string;
  category: Category;
  name: string;
  whyItMatters: string;
  benignExplanations: string;
  source: string;
  /** What a recruiter can do to settle it (the application comparisons carry it here as well as on each finding). */
  howToVerify?: string;
}
