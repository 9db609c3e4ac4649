// Messages between the extension's contexts, one module per family under ./messages/: tabs
// (snapshots and tab state), reviews, reports, settings, data, comparisons, team, photos (the photo's print). Each request type is
// named by direction: `page/…` content script → worker, `ui/…` the extension's pages → worker.
// Every message is validated by its receiver (valibot) and every answer has the shape
// `{ ok: true, … } | { ok: false, error }`, so a malformed or unknown message gets a clear error
// and changes nothing. This file joins the families; the worker's router (src/worker/router.ts)
// maps each type to its family's handler.
import * as v from 'valibot';
import { comparisonUiRequests, type ComparisonAnswers } from './messages/comparisons.ts';
import { dataPageRequests, dataUiRequests, type DataAnswers } from './messages/data.ts';
import { photoUiRequests, type PhotoAnswers } from './messages/photos.ts';
import { reportUiRequests, type ReportAnswers } from './messages/reports.ts';
import { reviewPageRequests, reviewUiRequests, type ReviewAnswers } from './messages/reviews.ts';
import { settingsPageRequests, settingsUiRequests, type SettingsAnswers } from './messages/settings.ts';
import { tabPageRequests, tabUiRequests, type TabAnswers } from './messages/tabs.ts';
import { teamUiRequests, type TeamAnswers } from './messages/team.ts';

export { describeIssues, type Answer } from './messages/common.ts';
export type { ReviewOutcome } from './memory/schemas.ts';
export type { Review } from './messages/reviews.ts';
export type { ProfileChangedPush, SnapshotAnswer, TabState } from './messages/tabs.ts';
export type { Overview, PendingDelivery, RecentProfile, ReportAnswer, ReportOptions } from './messages/reports.ts';
export type { SettingsPush } from './messages/settings.ts';
export type { TeamStatus } from './messages/team.ts';
export { PhotoBoxSchema, type PhotoBox, type PhotoPrintOutcome } from './messages/photos.ts';

/** Content script → worker. */
export const PageRequestSchema = v.variant('type', [...tabPageRequests, ...settingsPageRequests, ...reviewPageRequests, ...dataPageRequests]);
export type PageRequest = v.InferOutput<typeof PageRequestSchema>;

/** The extension's own pages (popup, options, side panel, report and compare pages) → worker. */
export const UiRequestSchema = v.variant('type', [...tabUiRequests, ...reviewUiRequests, ...reportUiRequests, ...settingsUiRequests, ...dataUiRequests, ...comparisonUiRequests, ...teamUiRequests, ...photoUiRequests]);
export type UiRequest = v.InferOutput<typeof UiRequestSchema>;

/** Answers, by request type. */
export interface AnswerOf extends TabAnswers, ReviewAnswers, ReportAnswers, SettingsAnswers, DataAnswers, ComparisonAnswers, TeamAnswers, PhotoAnswers {}

export type RequestType = keyof AnswerOf;

/** One request type's message, as validated. */
export type RequestOf<K extends RequestType> = Extract<PageRequest | UiRequest, { type: K }>;
