// Where the top card's photo is drawn, for its print (src/worker/photo-prints.ts). Not part of the
// content script: the worker runs this one function in the tab's top frame, in the content
// scripts' isolated world, only when the user opened the toolbar popup (scripting.executeScript
// with `func`), so nothing of it is loaded or run while the page loads. Self-contained (the browser
// sends the function's text): no imports, no outer names.
import type { PhotoBox } from '../messages.ts';

/**
 * The photo's box: the image whose address names the same uploaded file as `photoUrl` (path, no
 * query), its content box in CSS pixels of the viewport, when the whole of it is on screen and
 * nothing lies over its centre (a dialog, a menu); null otherwise.
 */
export function photoBoxOf(photoUrl: string): PhotoBox {
  const path = (u: string) => {
    try {
      const url = new URL(u, location.href);
      return `${url.origin}${url.pathname}`;
    } catch {
      return null;
    }
  };
  const want = path(photoUrl);
  const img = [...document.images].find((i) => want !== null && path(i.currentSrc || i.src) === want && i.complete && i.naturalWidth > 0);
  if (!img) return null;
  const r = img.getBoundingClientRect();
  const s = getComputedStyle(img);
  const px = (v: string) => parseFloat(v) || 0;
  const left = px(s.borderLeftWidth) + px(s.paddingLeft);
  const top = px(s.borderTopWidth) + px(s.paddingTop);
  const box = { x: r.left + left, y: r.top + top, width: r.width - left - px(s.borderRightWidth) - px(s.paddingRight), height: r.height - top - px(s.borderBottomWidth) - px(s.paddingBottom) };
  if (box.width <= 0 || box.height <= 0 || box.x < 0 || box.y < 0 || box.x + box.width > innerWidth || box.y + box.height > innerHeight) return null;
  const over = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  if (over === null || !(over === img || over.contains(img) || img.contains(over))) return null;
  return { box, viewport: { width: innerWidth, height: innerHeight }, src: img.currentSrc || img.src };
}
