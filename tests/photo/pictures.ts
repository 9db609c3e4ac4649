// Invented pictures for the photo print's tests: a face-like drawing (background, head, hair, eyes,
// mouth, shoulders) from a few random numbers, rendered at any size by averaging 3 × 3 samples per
// pixel, as a re-upload would come out: another size, another compression (noise and rounding),
// and, on screen, LinkedIn's round mask over the page's background with the #OpenToWork frame.
import type { Pixels } from '../../src/photo/print.ts';

/** The seeded generator of the other tests (mulberry32), so every run draws the same people. */
export { prng as seeded } from '../support/prng.ts';

type Rgb = [number, number, number];
export interface Face {
  background: [Rgb, Rgb];
  skin: Rgb;
  hair: Rgb;
  shirt: Rgb;
  head: { cx: number; cy: number; rx: number; ry: number };
  hairline: number;
  eyes: { y: number; gap: number; size: number };
  mouth: { y: number; width: number };
  light: number;
}

export function inventFace(random: () => number): Face {
  const rgb = (lo: number, hi: number): Rgb => [0, 0, 0].map(() => Math.round(lo + random() * (hi - lo))) as Rgb;
  return {
    background: [rgb(40, 230), rgb(40, 230)],
    skin: rgb(90, 235),
    hair: rgb(10, 160),
    shirt: rgb(20, 230),
    head: { cx: 0.4 + random() * 0.2, cy: 0.4 + random() * 0.12, rx: 0.17 + random() * 0.08, ry: 0.22 + random() * 0.08 },
    hairline: 0.25 + random() * 0.5,
    eyes: { y: 0.36 + random() * 0.1, gap: 0.06 + random() * 0.05, size: 0.018 + random() * 0.015 },
    mouth: { y: 0.56 + random() * 0.06, width: 0.04 + random() * 0.05 },
    light: random() * 2 - 1,
  };
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/** The face's colour at (u, v) in [0, 1]². */
function colourAt(f: Face, u: number, v: number): Rgb {
  const { cx, cy, rx, ry } = f.head;
  const dx = (u - cx) / rx;
  const dy = (v - cy) / ry;
  const inHead = dx * dx + dy * dy <= 1;
  const shade = 1 + 0.25 * f.light * dx;
  if (inHead) {
    if (dy < -1 + f.hairline * 0.8) return f.hair;
    for (const side of [-1, 1]) {
      const ex = u - (cx + side * f.eyes.gap);
      const ey = v - f.eyes.y;
      if (ex * ex + ey * ey < f.eyes.size * f.eyes.size) return [30, 25, 20];
    }
    if (Math.abs(v - f.mouth.y) < 0.012 && Math.abs(u - cx) < f.mouth.width) return [150, 60, 60];
    return f.skin.map((c) => Math.min(255, c * shade)) as Rgb;
  }
  // Hair around the top of the head, shoulders below it, a gradient behind.
  if (dx * dx + (dy + 0.15) * (dy + 0.15) <= 1.1 && dy < 0) return f.hair;
  const sx = (u - cx) / (rx * 2.6);
  if (v > cy + ry * 0.9 && sx * sx + ((v - 1.05) / 0.35) ** 2 <= 1) return f.shirt;
  return mix(f.background[0], f.background[1], v);
}

/** The face rendered at size × size, each pixel the mean of 3 × 3 samples. */
export function render(f: Face, size: number): Pixels {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < 3; sy++) {
        for (let sx = 0; sx < 3; sx++) {
          const c = colourAt(f, (x + (sx + 0.5) / 3) / size, (y + (sy + 0.5) / 3) / size);
          r += c[0];
          g += c[1];
          b += c[2];
        }
      }
      const i = (y * size + x) * 4;
      data[i] = r / 9;
      data[i + 1] = g / 9;
      data[i + 2] = b / 9;
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/** Another compression of the same pixels: each channel moved by up to ±amplitude, then rounded. */
export function recompress(p: Pixels, amplitude: number, random: () => number): Pixels {
  const data = new Uint8ClampedArray(p.data.length);
  for (let i = 0; i < p.data.length; i++) data[i] = i % 4 === 3 ? 255 : Math.round(p.data[i]! + (random() * 2 - 1) * amplitude);
  return { width: p.width, height: p.height, data };
}

/**
 * A screen as captured: `photo` drawn at (x, y) inside a page of `page` colour, cut to a circle, the
 * lower-left quarter of its outer ring painted the #OpenToWork green.
 */
export function onScreen(photo: Pixels, screen: { width: number; height: number }, at: { x: number; y: number }, page: Rgb = [244, 242, 238]): Pixels {
  const data = new Uint8ClampedArray(screen.width * screen.height * 4);
  for (let i = 0; i < data.length; i += 4) [data[i], data[i + 1], data[i + 2], data[i + 3]] = [...page, 255];
  const r = photo.width / 2;
  for (let y = 0; y < photo.height; y++) {
    for (let x = 0; x < photo.width; x++) {
      const dx = x + 0.5 - r;
      const dy = y + 0.5 - r;
      const d = Math.hypot(dx, dy);
      if (d > r) continue;
      const o = ((at.y + y) * screen.width + at.x + x) * 4;
      const s = (y * photo.width + x) * 4;
      const frame = d > r * 0.86 && dx < 0 && dy > 0;
      [data[o], data[o + 1], data[o + 2]] = frame ? [68, 113, 42] : [photo.data[s]!, photo.data[s + 1]!, photo.data[s + 2]!];
    }
  }
  return { width: screen.width, height: screen.height, data };
}
