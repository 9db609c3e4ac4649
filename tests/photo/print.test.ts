// The photo print (src/photo/print.ts): one picture uploaded again (another size, another
// compression) or seen on screen (a capture: round mask, #OpenToWork frame, the page around it) keeps
// its print; different people's pictures do not meet. Invented faces (./pictures.ts), seeded.
import { describe, expect, it } from 'vitest';
import { CORE, coreOf, distance, isPrint, printOf, samePicture, variantsOf, type Pixels, type PhotoPrint } from '../../src/photo/print.ts';
import { inventFace, onScreen, recompress, render, seeded } from './pictures.ts';

const whole = (size: number) => ({ x: 0, y: 0, width: size, height: size });
const printAt = (size: number, pixels = render(face, size)) => printOf(pixels, coreOf(whole(size), pixels)!)!;
const face = inventFace(seeded(1));

describe('a print', () => {
  it('is 128 bits and at most three weak ones, the same for the same pixels', () => {
    const p = printAt(160);
    expect(isPrint(p)).toBe(true);
    expect(p.hash).toMatch(/^[0-9a-f]{32}$/);
    expect(variantsOf(p)).toHaveLength(2 ** [...BigInt(`0x${p.weak}`).toString(2)].filter((b) => b === '1').length);
    expect(variantsOf(p)[0]).toBe(p.hash);
    expect(printAt(160)).toEqual(p);
  });

  it('is refused for a flat picture, a plain gradient, one too small, or a box outside the pixels', () => {
    const grey = { width: 64, height: 64, data: new Uint8ClampedArray(64 * 64 * 4).fill(128) };
    expect(printOf(grey)).toBeNull();
    // Darkening from left to right at full contrast: every step a fall, nothing to tell two such apart.
    const gradient: Pixels = { width: 90, height: 80, data: Uint8ClampedArray.from({ length: 90 * 80 * 4 }, (_, i) => (i % 4 === 3 ? 255 : 255 - Math.floor((i / 4) % 90) * 2.8)) };
    expect(printOf(gradient)).toBeNull();
    expect(printOf(render(face, 12))).toBeNull();
    const p = render(face, 100);
    expect(printOf(p, { x: 50, y: 50, width: 60, height: 60 })).toBeNull();
    expect(coreOf({ x: 90, y: 0, width: 40, height: 40 }, { width: 100, height: 100 })).toBeNull();
    const core = coreOf(whole(100), { width: 100, height: 100 })!;
    for (const [got, want] of [[core.x, 50 - 50 * CORE], [core.y, 50 - 50 * CORE], [core.width, 100 * CORE], [core.height, 100 * CORE]]) expect(got).toBeCloseTo(want!, 9);
  });

  it('checks what it is handed as a print', () => {
    const h = '0123456789abcdef0123456789abcdef';
    expect(isPrint({ hash: h, weak: '00000000000000000000000000000007' })).toBe(true);
    expect(isPrint({ hash: h, weak: '0000000000000000000000000000000f' })).toBe(false); // 4 weak bits
    expect(isPrint({ hash: h.toUpperCase(), weak: '0'.repeat(32) })).toBe(false);
    expect(isPrint({ hash: '0123456789abcdef', weak: '0000000000000000' })).toBe(false); // a 64-bit print of an earlier build
    expect(isPrint(h)).toBe(false);
  });

  it('names two hashes the same picture when their variants meet, and only then', () => {
    const z = '0'.repeat(30);
    const a: PhotoPrint = { hash: `${z}f0`, weak: `${z}01` };
    expect(samePicture(a, { hash: `${z}f1`, weak: `${z}00` })).toBe(true);
    expect(samePicture(a, { hash: `${z}f3`, weak: `${z}02` })).toBe(true);
    expect(samePicture(a, { hash: `${z}f3`, weak: `${z}00` })).toBe(false);
    expect(distance(a.hash, `${z}f3`)).toBe(2);
  });
});

describe('one face, uploaded again or seen on screen, against 40 invented people', () => {
  const random = seeded(7);
  const people = Array.from({ length: 40 }, () => inventFace(random));
  const original = people.map((f) => printAt(200, render(f, 200)));

  it('a re-upload at twice the size, compressed again, keeps its print (every one of 40)', () => {
    const again = people.map((f) => printAt(400, recompress(render(f, 400), 3, random)));
    const met = again.filter((p, i) => samePicture(original[i]!, p)).length;
    expect(met).toBe(40);
    expect(Math.max(...again.map((p, i) => distance(original[i]!.hash, p.hash)))).toBeLessThanOrEqual(5);
  });

  it('a capture of the screen (128 px, round, framed, amid the page) keeps its print (at least 39 of 40)', () => {
    const screen = people.map((f) => {
      const shot = onScreen(recompress(render(f, 128), 2, random), { width: 420, height: 300 }, { x: 37, y: 51 });
      return printOf(shot, coreOf({ x: 37, y: 51, width: 128, height: 128 }, shot)!)!;
    });
    expect(screen.filter((p, i) => samePicture(original[i]!, p)).length).toBeGreaterThanOrEqual(39);
  });

  it('two different people never meet (780 pairs)', () => {
    let met = 0;
    for (let i = 0; i < original.length; i++) for (let j = i + 1; j < original.length; j++) if (samePicture(original[i]!, original[j]!)) met++;
    expect(met).toBe(0);
  });

  // Contrast (a dim or washed-out copy) is stretched away; a picture too dim to tell is refused, never matched.
  const dimmed = (p: Pixels, k: number): Pixels => ({ ...p, data: Uint8ClampedArray.from(p.data, (v, i) => (i % 4 === 3 ? 255 : 30 + v * k)) });

  it('a copy at half the contrast keeps its print (at least 38 of 40)', () => {
    const copies = people.map((f) => printAt(200, dimmed(render(f, 200), 0.5)));
    expect(copies.filter((p, i) => p !== undefined && samePicture(original[i]!, p)).length).toBeGreaterThanOrEqual(38);
  });

  it('at a tenth of the contrast pictures are refused rather than matched: no two people meet', () => {
    const dim = people.map((f) => printOf(dimmed(render(f, 200), 0.1), coreOf(whole(200), { width: 200, height: 200 })!));
    let met = 0;
    for (let i = 0; i < dim.length; i++) for (let j = i + 1; j < dim.length; j++) if (dim[i] && dim[j] && samePicture(dim[i]!, dim[j]!)) met++;
    expect(met).toBe(0);
    expect(dim.filter((p) => p === null).length).toBeGreaterThanOrEqual(30);
  });
});
