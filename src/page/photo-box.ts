// Where the top card's photo is drawn, for its print (src/worker/photo-prints.ts). Not part of the
// content script: the worker runs this one function in the tab's top frame, in the content
// scripts' isolated world, only when the user opened the toolbar popup (scripting.executeScript
// with `func`), so nothing of it is loaded or run while the page loads. Self-contained (the browser
// sends the function's text): no imports, no outer names.
import type { PhotoBox } from '../messages.ts';

/**
 * The photo's box: an image of the same uploaded file as `photoUrl` (its address without the query
 * and the size part, as src or currentSrc), its content box in CSS pixels of the viewport, when the
 * whole of it is on screen, drawn as the image itself (no element found over its middle, no effect
 * that changes its pixels: a filter, a scale or turn, an opacity, a mask, a blend, another image put
 * in its place), at the page's own zoom; null otherwise. The page's world may have been reached,
 * and not everything can be seen from here (an overlay that takes no pointer events escapes
 * hit-testing): the worker checks the answer again, and a match by print is only ever a likeness
 * for the user to compare by eye.
 */
export function photoBoxOf(photoUrl: string): PhotoBox {
  const asset = (u: string) => {
    try {
      const url = new URL(u, location.href);
      const parts = url.pathname.split('/').filter((p) => p !== '' && !/^profile-(display|framed|original)photo[-_]/.test(p));
      return `${url.host}/${parts.join('/')}`;
    } catch {
      return null;
    }
  };
  const want = asset(photoUrl);
  const img = [...document.images].find((i) => want !== null && (asset(i.src) === want || asset(i.currentSrc) === want) && i.complete && i.naturalWidth > 0);
  if (!img) return null;
  const zoom = window.visualViewport;
  if (zoom && (zoom.scale !== 1 || zoom.offsetLeft !== 0 || zoom.offsetTop !== 0)) return null;
  // Drawn as it is: the image and every element around it, up to the page.
  for (let e: Element | null = img; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.filter !== 'none' || s.opacity !== '1' || s.mixBlendMode !== 'normal' || s.clipPath !== 'none' || (s.maskImage && s.maskImage !== 'none')) return null;
    // A move is no change to the pixels (the box is measured where it is drawn); a scale, a turn or a mirror is.
    const m = /^matrix(3d)?\(([^)]*)\)$/.exec(s.transform);
    const v = m ? m[2]!.split(',').map(Number) : [];
    const still = m?.[1] ? [1, 0, 0, undefined, 0, 1, 0, undefined, 0, 0, 1].every((want, i) => want === undefined || v[i] === want) : v[0] === 1 && v[1] === 0 && v[2] === 0 && v[3] === 1;
    if (s.transform !== 'none' && !still) return null;
  }
  const own = getComputedStyle(img);
  if (own.content !== 'normal' && own.content !== 'none') return null;
  const r = img.getBoundingClientRect();
  const px = (v: string) => parseFloat(v) || 0;
  const left = px(own.borderLeftWidth) + px(own.paddingLeft);
  const top = px(own.borderTopWidth) + px(own.paddingTop);
  const box = { x: r.left + left, y: r.top + top, width: r.width - left - px(own.borderRightWidth) - px(own.paddingRight), height: r.height - top - px(own.borderBottomWidth) - px(own.paddingBottom) };
  if (box.width <= 0 || box.height <= 0 || box.x < 0 || box.y < 0 || box.x + box.width > innerWidth || box.y + box.height > innerHeight) return null;
  // Nothing over the part that is hashed (the middle), at its centre and towards its corners: the topmost element there is the image.
  for (const [fx, fy] of [[0.5, 0.5], [0.3, 0.3], [0.7, 0.3], [0.3, 0.7], [0.7, 0.7]] as const) {
    if (document.elementsFromPoint(box.x + box.width * fx, box.y + box.height * fy)[0] !== img) return null;
  }
  return { box, viewport: { width: innerWidth, height: innerHeight }, src: img.currentSrc || img.src };
}
