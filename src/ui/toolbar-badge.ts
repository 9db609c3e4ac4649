// What the toolbar button shows for one tab: a letter for the level on the level's colour (on grey
// once the user cleared the profile: the level stays, muted, as on the pill), "?" when
// too little was seen to say (fewer than half the checks ran, a layout Telltale does not know, or
// "About this profile" not read, so the account-history checks did not run),
// nothing when the tab shows no profile. The button's title says the same in words: a letter and a
// colour alone are not enough for everyone.
import { t } from '../i18n.ts';
import type { TabState } from '../messages.ts';
import type { Assessment } from '../model.ts';
import { PALETTE } from './styles.ts';
import { clearedSummary, countedFindings, historyUnchecked, partlyChecked, pillState } from './texts.ts';

export interface ToolbarBadge {
  text: string;
  /** Background; the text is white on it (each is a foreground colour of the light palette, ≥ 4.5:1 on white). */
  color: string;
  title: string;
}

/** The default title, for a tab with no profile. */
export const TOOLBAR_TITLE = 'Telltale';

const COLOURS = {
  high: PALETTE.light['high-fg'],
  medium: PALETTE.light['medium-fg'],
  low: PALETTE.light['low-fg'],
  neutral: PALETTE.light.muted,
} as const;

/** The badge of a tab's state; null: clear it (no profile, or a page Telltale could not read). */
export function toolbarBadge(state: TabState | null | undefined): ToolbarBadge | null {
  if (state?.status !== 'profile') return null;
  const { assessment, review } = state;
  const badge = levelBadge(assessment);
  // The user's decision, as the pill shows it: the level's letter stays, muted, and the title says both.
  if (review?.outcome === 'cleared') return { text: badge.text, color: COLOURS.neutral, title: t('toolbar_title', clearedSummary(assessment, review)) };
  return badge;
}

function levelBadge(assessment: Assessment): ToolbarBadge {
  const { text, tone } = pillState(assessment);
  const title = t('toolbar_title', text);
  if (assessment.level === 'high') return { text: 'H', color: COLOURS.high, title };
  if (assessment.level === 'medium') return { text: 'M', color: COLOURS.medium, title };
  // Too little seen to say, or the account-history checks ("About this profile") not run: "?", not "L".
  const noSignsYet = historyUnchecked(assessment) && countedFindings(assessment.findings).length === 0;
  if (assessment.layoutNew || partlyChecked(assessment) || noSignsYet) return { text: '?', color: COLOURS.neutral, title };
  // Low: green only when the pill is ("No concerns"); a weak finding keeps the letter but not the green.
  return { text: 'L', color: tone === 'low' ? COLOURS.low : COLOURS.neutral, title };
}
