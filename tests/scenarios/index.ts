// Every scenario, by category, then the whole stories.
import { reactivationScenarios } from './reactivation.ts';
import { timelineScenarios } from './timeline.ts';
import { contactScenarios } from './contact.ts';
import { educationScenarios } from './education.ts';
import { identityScenarios } from './identity.ts';
import { networkScenarios } from './network.ts';
import { historyScenarios } from './history.ts';
import { storyScenarios } from './stories.ts';
import type { Scenario } from './builder.ts';

export const allScenarios: readonly Scenario[] = [
  ...reactivationScenarios,
  ...timelineScenarios,
  ...contactScenarios,
  ...educationScenarios,
  ...identityScenarios,
  ...networkScenarios,
  ...historyScenarios,
  ...storyScenarios,
];
