// A profile photo's fingerprint that survives a re-upload (issue 27 item 3): a difference hash
// ("dHash") of the picture, so the same face uploaded again under another name (a new image id,
// another size, another compression) is still known as the same picture, while the picture itself
// never leaves the browser.
//
// How: the middle of the photo (CORE of its side: inside LinkedIn's round mask and clear of the
// #OpenToWork frame, so a capture of the screen and the image file give the same pixels) is
// averaged down to 9 × 8 grey cells, its contrast stretched to the full range; for each of the 64
// pairs of neighbours in a row one bit says the right-hand cell is lighter by more than a small
// step, another that it is darker by more than it (so a flat area is neither, whatever the
// compression does, and a picture that only darkens is not the empty hash). Re-encoding moves a
// cell's grey by a level or two, so only the bits whose difference is close to the step can flip:
// those ("weak" bits, at most WEAK_BITS of them) are noted, and a print stands for the hash with
// every combination of its weak bits flipped (variantsOf). Two photos are the same picture when
// their variants meet: an exact comparison of keyed hashes, which is what the memory's index and
// the team's hub can do without ever seeing the print. A likeness, not a proof: the findings it
// makes say to compare the two photos by eye.
//
// Browser-free: the pixels come from the caller (the worker crops them out of a capture of the
// visible tab, extension/background.ts); tests feed synthetic pictures.

/** A print: 128 bits (64 rises, then 64 falls) as 32 hex digits, and the mask of its weak bits (32 hex digits, at most WEAK_BITS set). */
export interface PhotoPrint {
  hash: string;
  weak: string;
}

/** RGBA pixels, row by row (ImageData's layout). */
export interface Pixels {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

/** A rectangle in pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The share of the photo's side that is hashed, around its centre. */
export const CORE = 0.56;
/** At most this many weak bits: 2^3 = 8 variants per print. */
export const WEAK_BITS = 3;
/**
 * A rise (fall) bit is set when the right-hand cell is lighter (darker) by more than STEP grey levels
 * of the stretched 255: two cells of one flat area (a plain background, a shirt) set neither,
 * whatever the compression does, where a plain "lighter or not" would flip with every re-encoding.
 */
export const STEP = 12;
/** A bit whose cells' difference is within this of ±STEP may flip on a re-upload: a weak bit. */
export const WEAK_MARGIN = 8;
/** Cells whose greys span less than this (of 255, before stretching) are too flat a picture to name anyone. */
export const MIN_RANGE = 24;
/** Fewer clear steps (beyond STEP + WEAK_MARGIN, up or down) than this of 64: too plain a picture (a gradient, a blur). */
export const MIN_STRONG = 12;
/** …and at least this many of them each way (lighter and darker): a plain gradient has steps one way only. */
export const MIN_EACH_WAY = 4;
/** Fewer source pixels than this per side cannot be averaged into 9 × 8 cells meaningfully. */
export const MIN_SIDE = 18;

const COLS = 9;
const ROWS = 8;
/** Pairs of neighbours; the print has a rise and a fall bit for each. */
const PAIRS = ROWS * (COLS - 1);
const BITS = 2 * PAIRS;

/** The centred square of `CORE` of a photo's box (fractions of a pixel kept), inside `bounds`; null if it does not fit. */
export function coreOf(photo: Box, bounds: { width: number; height: number }): Box | null {
  const side = Math.min(photo.width, photo.height) * CORE;
  const x = photo.x + photo.width / 2 - side / 2;
  const y = photo.y + photo.height / 2 - side / 2;
  if (!(side >= MIN_SIDE) || x < 0 || y < 0 || x + side > bounds.width || y + side > bounds.height) return null;
  return { x, y, width: side, height: side };
}

/** A quadratic B-spline: how much a pixel `d` cells from a cell's centre counts towards it (the weights of the three nearest cells sum to 1). */
function spline(d: number): number {
  const a = Math.abs(d);
  return a < 0.5 ? 0.75 - a * a : a < 1.5 ? 0.5 * (1.5 - a) ** 2 : 0;
}

/**
 * The grey (Rec. 601 luma) of every cell of a ROWS × COLS grid over `box`. Each pixel counts towards
 * the nine cells around it, weighted by a smooth bell three cells wide, so an edge that moves by a
 * pixel or two between two sizes of one picture (or a crop a pixel off) moves the cells' greys a
 * little rather than jumping from one cell to the next.
 */
function cells(pixels: Pixels, box: Box): number[] {
  const sums = new Float64Array(ROWS * COLS);
  const weights = new Float64Array(ROWS * COLS);
  // The box may start and end between pixels (a photo 128 px wide has a core of 71.68): a pixel counts
  // when its centre is inside, placed where that centre falls, so two sizes of a picture line up.
  for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y++) {
    if (y + 0.5 < box.y || y + 0.5 >= box.y + box.height) continue;
    const fy = ((y + 0.5 - box.y) * ROWS) / box.height - 0.5;
    const r0 = Math.round(fy);
    for (let x = Math.floor(box.x); x < Math.ceil(box.x + box.width); x++) {
      if (x + 0.5 < box.x || x + 0.5 >= box.x + box.width) continue;
      const fx = ((x + 0.5 - box.x) * COLS) / box.width - 0.5;
      const c0 = Math.round(fx);
      const i = (y * pixels.width + x) * 4;
      const grey = 0.299 * pixels.data[i]! + 0.587 * pixels.data[i + 1]! + 0.114 * pixels.data[i + 2]!;
      for (let row = r0 - 1; row <= r0 + 1; row++) {
        if (row < 0 || row >= ROWS) continue;
        const wy = spline(fy - row);
        for (let col = c0 - 1; col <= c0 + 1; col++) {
          if (col < 0 || col >= COLS) continue;
          const w = wy * spline(fx - col);
          sums[row * COLS + col]! += w * grey;
          weights[row * COLS + col]! += w;
        }
      }
    }
  }
  return Array.from(sums, (s, i) => s / Math.max(1e-9, weights[i]!));
}

const hex = (bits: bigint) => bits.toString(16).padStart(BITS / 4, '0');

/**
 * The print of the picture inside `box` (the whole image when left out), or null when it cannot name
 * a picture: too small, out of the pixels' bounds, too flat or too plain (a plain colour, a blur, a
 * gradient: fewer than MIN_STRONG clear steps).
 */
export function printOf(pixels: Pixels, box: Box = { x: 0, y: 0, width: pixels.width, height: pixels.height }): PhotoPrint | null {
  if (box.width < MIN_SIDE || box.height < MIN_SIDE || box.x < 0 || box.y < 0 || box.x + box.width > pixels.width || box.y + box.height > pixels.height) return null;
  if (pixels.data.length < pixels.width * pixels.height * 4) return null;
  const raw = cells(pixels, box);
  // Contrast stretched to the full range: a dim or washed-out copy of a picture has its print, and
  // STEP means the same share of the picture's contrast in every photo.
  const low = Math.min(...raw);
  const range = Math.max(...raw) - low;
  if (range < MIN_RANGE) return null;
  const grey = raw.map((g) => ((g - low) * 255) / range);
  let hash = 0n;
  const doubts: { bit: number; doubt: number }[] = [];
  let rises = 0;
  let falls = 0;
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS - 1; c++) {
      const pair = r * (COLS - 1) + c;
      const rise = grey[r * COLS + c + 1]! - grey[r * COLS + c]!;
      if (rise > STEP) hash |= 1n << BigInt(pair);
      if (rise < -STEP) hash |= 1n << BigInt(PAIRS + pair);
      if (rise > STEP + WEAK_MARGIN) rises++;
      if (rise < -(STEP + WEAK_MARGIN)) falls++;
      // The one of its two bits a re-upload could flip: the rise's, or the fall's.
      const up = Math.abs(rise - STEP);
      const down = Math.abs(rise + STEP);
      doubts.push(up <= down ? { bit: pair, doubt: up } : { bit: PAIRS + pair, doubt: down });
    }
  }
  // A face has clear steps both ways; a gradient or a blur does not, and would meet every other one.
  if (rises + falls < MIN_STRONG || rises < MIN_EACH_WAY || falls < MIN_EACH_WAY) return null;
  let weak = 0n;
  for (const d of doubts.filter((d) => d.doubt < WEAK_MARGIN).sort((a, b) => a.doubt - b.doubt).slice(0, WEAK_BITS)) weak |= 1n << BigInt(d.bit);
  return { hash: hex(hash), weak: hex(weak) };
}

const PRINT_HEX = /^[0-9a-f]{32}$/;

/** How many bits are set. */
const ones = (x: bigint) => {
  let n = 0;
  for (let v = x; v > 0n; v >>= 1n) n += Number(v & 1n);
  return n;
};

/** Whether a value is a print (as stored or sent between the extension's own parts). */
export function isPrint(value: unknown): value is PhotoPrint {
  if (typeof value !== 'object' || value === null) return false;
  const { hash, weak } = value as Record<string, unknown>;
  if (typeof hash !== 'string' || typeof weak !== 'string' || !PRINT_HEX.test(hash) || !PRINT_HEX.test(weak)) return false;
  return ones(BigInt(`0x${weak}`)) <= WEAK_BITS;
}

/** The hash with every combination of its weak bits flipped (the hash itself first): what is compared. */
export function variantsOf(print: PhotoPrint): string[] {
  const hash = BigInt(`0x${print.hash}`);
  const bits: bigint[] = [];
  for (let b = 0n, w = BigInt(`0x${print.weak}`); w > 0n; b++, w >>= 1n) if (w & 1n) bits.push(1n << b);
  const out: string[] = [];
  for (let m = 0; m < 1 << bits.length; m++) {
    let v = hash;
    bits.forEach((bit, i) => {
      if (m & (1 << i)) v ^= bit;
    });
    out.push(hex(v));
  }
  return out;
}

/** How many bits two hashes differ in (for measuring). */
export const distance = (a: string, b: string): number => ones(BigInt(`0x${a}`) ^ BigInt(`0x${b}`));

/** Whether two prints name the same picture: some variant of one is a variant of the other (what the index's keys compare, written out). */
export function samePicture(a: PhotoPrint, b: PhotoPrint): boolean {
  const mine = new Set(variantsOf(a));
  return variantsOf(b).some((v) => mine.has(v));
}
