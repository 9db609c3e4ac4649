// What both content scripts need from the extension API, without webextension-polyfill: Firefox's
// own `browser`, else Chrome's `chrome`. Both are promise-based in Manifest V3 for the calls the
// content scripts make (runtime.sendMessage, runtime.onMessage; storage is closed to them). The polyfill
// is 10 KB and took about 4 ms of every LinkedIn page load to set up; the worker and the extension
// pages keep it.
import type { Browser } from 'webextension-polyfill';

export function extensionApi(): Browser {
  const g = globalThis as unknown as { browser?: Browser; chrome: Browser };
  return g.browser ?? g.chrome;
}


/** Profiles and their details, activity and overlay views all live under /in/<slug>/. */
export const isProfileRoute = (url: string): boolean => /^\/in\//.test(new URL(url).pathname);

/** The top card's name heading: the first thing of a profile every layout's reader needs. */
export const TOP_CARD = 'main h1, section[data-member-id] h1';
