// The photo's print (issue 27 item 3): a fingerprint of the picture (src/photo/print.ts) that finds
// the same face uploaded again under another name, in the user's memory and across the team.
//
// Where the pixels come from, and why so: the photo is an image of media.licdn.com, another origin
// than the page, so a content script's canvas of it is tainted (unreadable) in Chrome and Firefox,
// and fetching it again from the worker would be a request the page did not make (Chrome's cache is
// partitioned by the page's site: the worker's fetch misses it). The browser can show what it has
// already drawn: when the user opens Telltale's toolbar popup on a profile, that click grants
// activeTab, and the worker captures the visible tab (tabs.captureVisibleTab: the pixels on
// screen, no network at all), crops the photo where the page draws it (src/page/photo-box.ts), hashes it and
// keeps only the 64-bit print. The print is then kept with the profile (memory, and this session),
// and laid on each snapshot of it that shows the same uploaded image: the shared-detail index and
// the team's sightings carry it as keyed hashes like the other details. A print is a likeness: a
// match found by it alone is a warning to compare the two photos by eye (an upload seen on two
// profiles stays the alert it was).
import * as v from 'valibot';
import { normalisePhoto } from '../memory/identifiers.ts';
import type { ProfileRecord } from '../memory/store.ts';
import { PhotoBoxSchema, type AnswerOf, type PhotoBox, type PhotoPrintOutcome, type RequestOf, type TabState } from '../messages.ts';
import type { ProfileSnapshot } from '../model.ts';
import { isOwnUpload } from '../photo/own-upload.ts';
import { coreOf, isPrint, printOf, type PhotoPrint } from '../photo/print.ts';
import { forgottenKey, tabKey, tellTabsShowing, type WorkerContext } from './context.ts';

/** This session's print of a member's photo (its own session-cache group), and which uploaded image it is of. */
export const printKey = (profileKey: string) => `print:${profileKey}`;

type KeptPrint = NonNullable<ProfileRecord['photoPrint']>;

/** A photo drawn between these sizes (CSS px) and square within a pixel is plausibly the top card's. */
const PHOTO_SIDE = { min: 40, max: 800 } as const;
/** The capture's scale across and down must agree within this share (else part of the viewport is not in it: a scrollbar, a zoom). */
const SCALE_AGREEMENT = 0.01;
/** The box asked again after the capture must be where it was, within this (CSS px): else the page moved meanwhile. */
const SAME_PLACE = 0.5;

export function createPhotoPrints(ctx: WorkerContext) {
  const { env, memory, memorySerial, sessionCache } = ctx;
  /** Bumped when a profile is forgotten, data imported or deleted: a print captured before is not kept. */
  let generation = 0;

  async function sessionPrint(profileKey: string, photo: string): Promise<PhotoPrint | null> {
    const kept = (await env.session.get([printKey(profileKey)]))[printKey(profileKey)] as KeptPrint | undefined;
    return kept && kept.photo === photo && isPrint(kept.print) ? kept.print : null;
  }

  /** The snapshot with its photo's print laid on, when one of this very image is kept (this session's, else memory's). */
  async function withPrint(profileKey: string, snapshot: ProfileSnapshot): Promise<ProfileSnapshot> {
    if (!isOwnUpload(snapshot) || snapshot.photo.print) return snapshot;
    const asset = normalisePhoto(snapshot.photo.url);
    if (asset === null) return snapshot;
    const print = (await sessionPrint(profileKey, asset)) ?? (await memory.printFor(profileKey, snapshot.photo.url));
    return print && isPrint(print) ? { ...snapshot, photo: { ...snapshot.photo, print } } : snapshot;
  }

  const tabState = async (tabId: number) => (await env.session.get([tabKey(tabId)]))[tabKey(tabId)] as TabState | undefined;

  /** Where the page draws the photo, checked (the page's world may have been reached): a box of the right image, of a photo's size, in view. */
  async function photoBox(tabId: number, photoUrl: string, asset: string): Promise<PhotoBox | null> {
    const asked = v.safeParse(PhotoBoxSchema, await env.askPhotoBox!(tabId, photoUrl).catch(() => null));
    if (!asked.success || asked.output === null) return null;
    const { box, viewport, src } = asked.output;
    if (normalisePhoto(src) !== asset || viewport.width <= 0 || viewport.height <= 0) return null;
    if (box.width < PHOTO_SIDE.min || box.width > PHOTO_SIDE.max || Math.abs(box.width - box.height) > 1) return null;
    return asked.output;
  }

  /** Takes the print of the photo the tab shows: see the file's head for how. */
  async function take(tabId: number): Promise<PhotoPrintOutcome> {
    const asked = generation;
    const state = await tabState(tabId);
    if (state?.status !== 'profile') return 'no-profile';
    const { snapshot, profileKey } = state;
    if (!isOwnUpload(snapshot)) return 'no-photo';
    const asset = normalisePhoto(snapshot.photo.url);
    if (asset === null) return 'no-photo';
    if (snapshot.photo.print || (await withPrint(profileKey, snapshot)).photo?.print) return 'kept';
    if (!env.askPhotoBox || !env.captureTab) return 'not-allowed';

    // Where the page draws the photo (a wrong box only makes a print of something else on this
    // page, and a match by print is a likeness to check by eye, never more), then the screen, then
    // the box again: the page must not have moved between the two.
    const before = await photoBox(tabId, snapshot.photo.url, asset);
    if (before === null) return 'not-shown';
    const shot = await env.captureTab(tabId);
    if (typeof shot === 'string') return shot;
    const after = await photoBox(tabId, snapshot.photo.url, asset);
    const moved = (a: number, b: number) => Math.abs(a - b) > SAME_PLACE;
    if (after === null || moved(after.box.x, before.box.x) || moved(after.box.y, before.box.y) || moved(after.box.width, before.box.width) || moved(after.viewport.width, before.viewport.width)) return 'not-shown';
    // The capture is in device pixels: its size over the viewport's CSS size is the scale (zoom and
    // screen density alike), the same across and down, or the capture is not of the whole viewport.
    const scale = shot.width / before.viewport.width;
    if (Math.abs(shot.height / before.viewport.height - scale) > scale * SCALE_AGREEMENT) return 'not-shown';
    const { box } = before;
    const core = coreOf({ x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale }, shot);
    const print = core === null ? null : printOf(shot, core);
    if (print === null) return core === null ? 'not-shown' : 'unreadable';

    const kept: KeptPrint = { photo: asset, print };
    const stored = await memorySerial(async () => {
      // Kept only for what was asked: no Forget, import or Delete all meanwhile, and the tab still on this profile and image.
      const now = await tabState(tabId);
      const forgotten = (await env.session.get([forgottenKey(profileKey)]))[forgottenKey(profileKey)] === true;
      if (asked !== generation || forgotten || now?.status !== 'profile' || now.profileKey !== profileKey || !now.snapshot.photo || normalisePhoto(now.snapshot.photo.url) !== asset) return false;
      await sessionCache.write({ [printKey(profileKey)]: { [printKey(profileKey)]: kept } });
      return true;
    });
    if (!stored) return 'not-shown';
    // The tabs showing the member read it again: their next snapshot gets the print, is compared with it and remembers it.
    await tellTabsShowing(env, profileKey);
    return 'taken';
  }

  const handlers = {
    'ui/photo-print': async (req: RequestOf<'ui/photo-print'>): Promise<AnswerOf['ui/photo-print']> => ({ ok: true, outcome: await take(req.tabId) }),
  };

  return {
    withPrint,
    /** A profile forgotten, data imported or deleted: a capture in flight is not kept. */
    forgetting: () => void generation++,
    handlers,
  };
}

export type PhotoPrints = ReturnType<typeof createPhotoPrints>;
