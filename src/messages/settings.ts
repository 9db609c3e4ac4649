// Settings: read and changed from the options page; the content script asks only for quiet mode,
// as the storage areas are closed to it (Chrome: TRUSTED_CONTEXTS), and is told when it changes.
import * as v from 'valibot';
import type { MessageTable } from '../i18n.ts';
import type { SettingName, Settings } from '../settings.ts';
import type { Answer } from './common.ts';

export const settingsPageRequests = [v.object({ type: v.literal('page/settings') }), v.object({ type: v.literal('page/words') })] as const;

export const settingsUiRequests = [v.object({ type: v.literal('ui/settings') }), v.object({ type: v.literal('ui/settings-set'), patch: v.record(v.string(), v.unknown()) })] as const;

/** Worker → content scripts of LinkedIn tabs: the quiet-mode setting changed (they cannot watch storage). */
export interface SettingsPush {
  type: 'worker/settings';
  quietMode: boolean;
}

export interface SettingsAnswers {
  'page/settings': Answer<{ quietMode: boolean }>;
  /** The words the browser chose for this extension, in its UI language (src/i18n.ts preferMessages). */
  'page/words': Answer<{ language: string; messages: MessageTable }>;
  'ui/settings': Answer<{ settings: Settings; locked: SettingName[] }>;
  'ui/settings-set': Answer<{ settings: Settings; locked: SettingName[] }>;
}
