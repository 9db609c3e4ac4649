// The attributes that mark Telltale's hosts in the page, apart from the rendering code so the
// early script (extension/early.ts) can name them without bundling Preact.
export const HOST_ATTR = 'data-telltale';
export const KEY_ATTR = 'data-telltale-key';
/** A placeholder pill drawn by the early script; the full content script draws over it. */
export const EARLY_ATTR = 'data-telltale-early';
