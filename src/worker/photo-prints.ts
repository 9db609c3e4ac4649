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
// the team's sightings carry it as keyed hashes like the other details.
import * as v from 'valibot';
import { normalisePhoto } from '../memory/identifiers.ts';
import { PhotoBoxSchema, type AnswerOf, type PhotoPrintOutcome, type RequestOf, type TabState } from '../messages.ts';
import type { ProfileSnapshot } from '../model.ts';
import { coreOf, isPrint, printOf, type PhotoPrint, type Pixels } from '../photo/print.ts';
import { tabKey, tellTabsShowing, type WorkerContext } from './context.ts';

/** This session's print of a member's photo (its own session-cache group), and which uploaded image it is of. */
export const printKey = (profileKey: string) => `print:${profileKey}`;

interface KeptPrint {
  photo: string;
  print: PhotoPrint;
}

/** Only a member's own upload has a picture to compare: a ghost avatar is the same on every photo-less profile. */
const ownUpload = (snapshot: ProfileSnapshot) => snapshot.photo !== null && snapshot.hasPhoto !== false && /\/dms\/image\//.test(snapshot.photo.url);

export function createPhotoPrints(ctx: WorkerContext) {
  const { env, memory, memorySerial, sessionCache } = ctx;

  async function sessionPrint(profileKey: string, photo: string): Promise<PhotoPrint | null> {
    const kept = (await env.session.get([printKey(profileKey)]))[printKey(profileKey)] as KeptPrint | undefined;
    return kept && kept.photo === photo && isPrint(kept.print) ? kept.print : null;
  }

  /** The snapshot with its photo's print laid on, when one of this very image is kept (this session's, else memory's). */
  async function withPrint(profileKey: string, snapshot: ProfileSnapshot): Promise<ProfileSnapshot> {
    const { photo } = snapshot;
    if (!photo || photo.print || !ownUpload(snapshot)) return snapshot;
    const asset = normalisePhoto(photo.url);
    if (asset === null) return snapshot;
    const print = (await sessionPrint(profileKey, asset)) ?? (await memory.printFor(profileKey, photo.url));
    return print && isPrint(print) ? { ...snapshot, photo: { ...photo, print } } : snapshot;
  }

  /** Takes the print of the photo the tab shows: see the file's head for how. */
  async function take(tabId: number): Promise<PhotoPrintOutcome> {
    const state = (await env.session.get([tabKey(tabId)]))[tabKey(tabId)] as TabState | undefined;
    if (state?.status !== 'profile') return 'no-profile';
    const { snapshot, profileKey } = state;
    if (!ownUpload(snapshot)) return 'no-photo';
    const asset = normalisePhoto(snapshot.photo!.url);
    if (asset === null) return 'no-photo';
    if (snapshot.photo!.print || (await withPrint(profileKey, snapshot)).photo?.print) return 'kept';
    if (!env.askPhotoBox || !env.captureTab) return 'not-allowed';

    // Where the page draws the photo (the page's world may have been reached: the answer is checked,
    // and a wrong box only makes a print of something else on this page).
    const asked = v.safeParse(PhotoBoxSchema, await env.askPhotoBox(tabId, snapshot.photo!.url).catch(() => null));
    if (!asked.success || asked.output === null) return 'not-shown';
    const { box, viewport, src } = asked.output;
    if (normalisePhoto(src) !== asset || viewport.width <= 0) return 'not-shown';
    const shot = await env.captureTab(tabId);
    if (typeof shot === 'string') return shot;
    // The capture is in device pixels: its width over the viewport's CSS width is the scale (zoom and screen density alike).
    const scale = shot.width / viewport.width;
    const core = coreOf({ x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale }, shot);
    const print = core === null ? null : printOf(shot, core);
    if (print === null) return core === null ? 'not-shown' : 'unreadable';

    const kept: KeptPrint = { photo: asset, print };
    await memorySerial(() => sessionCache.write({ [printKey(profileKey)]: { [printKey(profileKey)]: kept } }));
    // The tabs showing the member read it again: their next snapshot gets the print, is compared with it and remembers it.
    await tellTabsShowing(env, profileKey);
    return 'taken';
  }

  const handlers = {
    'ui/photo-print': async (req: RequestOf<'ui/photo-print'>): Promise<AnswerOf['ui/photo-print']> => ({ ok: true, outcome: await take(req.tabId) }),
  };

  return { withPrint, handlers };
}

export type PhotoPrints = ReturnType<typeof createPhotoPrints>;
export type { Pixels };
