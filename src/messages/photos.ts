// The photo's print (src/photo/print.ts): the popup, opened on a profile, asks the worker to take
// the print of the photo on screen (`ui/photo-print`); the worker finds where the tab draws the
// photo (src/page/photo-box.ts answers a PhotoBox), captures the visible tab (the popup's click
// granted activeTab), crops and hashes. The picture never leaves the worker.
import * as v from 'valibot';
import type { Answer } from './common.ts';

export const photoUiRequests = [v.object({ type: v.literal('ui/photo-print'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) })] as const;

/**
 * What came of asking for a print:
 * - `taken`: captured and hashed now; `kept`: one for this image was already at hand;
 * - `no-profile`: the tab shows no profile; `no-photo`: the profile shows no photo of its own;
 * - `not-shown`: the photo is not on screen whole (scrolled away, still loading, another tab in front);
 * - `not-allowed`: the browser refused the capture (no activeTab grant, as when not opened from the toolbar);
 * - `unreadable`: too small or too plain a picture to name anyone.
 */
export type PhotoPrintOutcome = 'taken' | 'kept' | 'no-profile' | 'no-photo' | 'not-shown' | 'not-allowed' | 'unreadable';

export interface PhotoAnswers {
  'ui/photo-print': Answer<{ outcome: PhotoPrintOutcome }>;
}

const coordinate = v.pipe(v.number(), v.finite(), v.minValue(-100_000), v.maxValue(100_000));
const extent = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100_000));

/**
 * Where the page draws the photo: its box in CSS pixels of the viewport, the viewport's size, and the
 * image's address (so the worker knows which upload it is of). null: no photo drawn whole in view.
 * Checked by the worker: the page's world may be compromised.
 */
export const PhotoBoxSchema = v.nullable(
  v.object({
    box: v.object({ x: coordinate, y: coordinate, width: extent, height: extent }),
    viewport: v.object({ width: extent, height: extent }),
    src: v.pipe(v.string(), v.maxLength(4_000)),
  }),
);
export type PhotoBox = v.InferOutput<typeof PhotoBoxSchema>;
