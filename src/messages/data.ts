// The user's data as a whole or one profile's: export, import, delete all, forget.
import * as v from 'valibot';
import type { ExportFile } from '../data/export.ts';
import { profileKey, type Answer } from './common.ts';

/** The panel's "Forget this profile"; its report log entries go too only when `reports` is ticked. */
export const dataPageRequests = [v.object({ type: v.literal('page/forget'), profileKey, reports: v.optional(v.boolean()) })] as const;

export const dataUiRequests = [
  v.object({ type: v.literal('ui/forget'), profileKey, reports: v.optional(v.boolean()) }),
  v.object({ type: v.literal('ui/export') }),
  v.object({ type: v.literal('ui/import'), file: v.unknown() }),
  v.object({ type: v.literal('ui/delete-all') }),
] as const;

export interface DataAnswers {
  'page/forget': Answer<{ forgotten: boolean }>;
  'ui/forget': Answer<{ forgotten: boolean }>;
  'ui/export': Answer<{ file: ExportFile }>;
  'ui/import': Answer<{ keys: number }>;
  'ui/delete-all': Answer<{ removed: number }>;
}
