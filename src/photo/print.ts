// A profile photo's fingerprint that survives a re-upload (issue 27 item 3): a difference hash
// ("dHash") of the picture, so the same face uploaded again under another name (a new image id,
// another size, another compression) is still known as the same picture, while the picture itself
// never leaves the browser.
//
// How: the middle of the photo (CORE of its side: inside LinkedIn's round mask and clear of the
// #OpenToWork frame, so a capture of the screen and the image file give the same pixels) is
// averaged down to 9 × 8 grey cells; each of the 64 bits says whether a cell's right-hand neighbour
// is lighter by more than a small step. Re-encoding moves a cell's grey by a level or two, so only
// the bits whose difference is close to that step can flip: those ("weak" bits, at most WEAK_BITS of them) are noted, and
// a print stands for the hash with every combination of its weak bits flipped (variantsOf). Two
// photos are the same picture when their variants meet: an exact comparison of keyed hashes, which
// is what the memory's index and the team's hub can do without ever seeing the print.
//
// Browser-free: the pixels come from the caller (the worker crops them out of a capture of the
// visible tab, extension/background.ts); tests feed synthetic pictures.

/** A print: 64 bits as 16 hex digits, and the mask of its weak bits (16 hex digits, at most WEAK_BITS set). */
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
 * A bit is set when the right-hand cell is lighter by more than STEP grey levels (of 255): two
 * cells of one flat area (a plain background, a shirt) then stay 0 whatever the compression does,
 * where a plain "lighter or not" would flip with every re-encoding.
 */
export const STEP = 3;
/** A bit whose cells' difference is within this of STEP may flip on a re-upload: a weak bit. */
export const WEAK_MARGIN = 6;
/** A picture with more equal neighbours than this (of 64) is too flat (a plain colour, a blur) to name anyone. */
export const MAX_FLAT_BITS = 48;
/** Fewer source pixels than this per side cannot be averaged into 9 × 8 cells meaningfully. */
export const MIN_SIDE = 18;

const COLS = 9;
const ROWS = 8;

/** The centred square of `CORE` of a photo's box (fractions of a pixel kept), inside `bounds`; null if it does not fit. */
export function coreOf(photo: Box, bounds: { width: number; height: number }): Box | null {
  const side = Math.min(photo.width, photo.height) * CORE;
  const x = photo.x + photo.width / 2 - side / 2;
  const y = photo.y + photo.height / 2 - side / 2;
  if (!(side >= MIN_SIDE) || x < 0 || y < 0 || x + side > bounds.width || y + side > bounds.height) return null;
  return { x, y, width: side, height: side };
}

/**
 * The grey (Rec. 601 luma) of every cell of a ROWS × COLS grid over `box`. Each pixel counts towards
 * the four cells around it, weighted by its nearness to their centres (a tent two cells wide), so an
 * edge that moves by a pixel between two sizes of one picture moves the cells' greys smoothly rather
 * than jumping from one cell to the next.
 */
function cells(pixels: Pixels, box: Box): number[] {
  const sums = new Float64Array(ROWS * COLS);
  const weights = new Float64Array(ROWS * COLS);
  const add = (row: number, col: number, w: number, grey: number) => {
    if (row < 0 || row >= ROWS || col < 0 || col >= COLS || w <= 0) return;
    sums[row * COLS + col]! += w * grey;
    weights[row * COLS + col]! += w;
  };
  // The box may start and end between pixels (a photo 128 px wide has a core of 71.68): a pixel counts
  // when its centre is inside, placed where that centre falls, so two sizes of a picture line up.
  for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y++) {
    if (y + 0.5 < box.y || y + 0.5 >= box.y + box.height) continue;
    const fy = ((y + 0.5 - box.y) * ROWS) / box.height - 0.5;
    const r0 = Math.floor(fy);
    const ty = fy - r0;
    for (let x = Math.floor(box.x); x < Math.ceil(box.x + box.width); x++) {
      if (x + 0.5 < box.x || x + 0.5 >= box.x + box.width) continue;
      const fx = ((x + 0.5 - box.x) * COLS) / box.width - 0.5;
      const c0 = Math.floor(fx);
      const tx = fx - c0;
      const i = (y * pixels.width + x) * 4;
      const grey = 0.299 * pixels.data[i]! + 0.587 * pixels.data[i + 1]! + 0.114 * pixels.data[i + 2]!;
      add(r0, c0, (1 - ty) * (1 - tx), grey);
      add(r0, c0 + 1, (1 - ty) * tx, grey);
      add(r0 + 1, c0, ty * (1 - tx), grey);
      add(r0 + 1, c0 + 1, ty * tx, grey);
    }
  }
  return Array.from(sums, (s, i) => s / Math.max(1e-9, weights[i]!));
}

const hex16 = (bits: bigint) => bits.toString(16).padStart(16, '0');

/**
 * The print of the picture inside `box` (the whole image when left out), or null when it cannot name
 * a picture: too small, out of the pixels' bounds, or too flat.
 */
export function printOf(pixels: Pixels, box: Box = { x: 0, y: 0, width: pixels.width, height: pixels.height }): PhotoPrint | null {
  if (box.width < MIN_SIDE || box.height < MIN_SIDE || box.x < 0 || box.y < 0 || box.x + box.width > pixels.width || box.y + box.height > pixels.height) return null;
  if (pixels.data.length < pixels.width * pixels.height * 4) return null;
  const grey = cells(pixels, box);
  let hash = 0n;
  const doubts: { bit: number; doubt: number }[] = [];
  let flat = 0;
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS - 1; c++) {
      const bit = r * (COLS - 1) + c;
      const rise = grey[r * COLS + c + 1]! - grey[r * COLS + c]!;
      if (rise > STEP) hash |= 1n << BigInt(bit);
      if (Math.abs(rise) < 1) flat++;
      doubts.push({ bit, doubt: Math.abs(rise - STEP) });
    }
  }
  if (flat > MAX_FLAT_BITS) return null;
  let weak = 0n;
  for (const d of doubts.filter((d) => d.doubt < WEAK_MARGIN).sort((a, b) => a.doubt - b.doubt).slice(0, WEAK_BITS)) weak |= 1n << BigInt(d.bit);
  return { hash: hex16(hash), weak: hex16(weak) };
}

const PRINT_HEX = /^[0-9a-f]{16}$/;

/** Whether a value is a print (as stored or sent between the extension's own parts). */
export function isPrint(value: unknown): value is PhotoPrint {
  if (typeof value !== 'object' || value === null) return false;
  const { hash, weak } = value as Record<string, unknown>;
  if (typeof hash !== 'string' || typeof weak !== 'string' || !PRINT_HEX.test(hash) || !PRINT_HEX.test(weak)) return false;
  let n = 0;
  for (let w = BigInt(`0x${weak}`); w > 0n; w >>= 1n) n += Number(w & 1n);
  return n <= WEAK_BITS;
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
    out.push(hex16(v));
  }
  return out;
}

/** How many of the 64 bits two hashes differ in. */
export function distance(a: string, b: string): number {
  let n = 0;
  for (let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`); x > 0n; x >>= 1n) n += Number(x & 1n);
  return n;
}

/** Whether two prints name the same picture: some variant of one is a variant of the other. */
export function samePicture(a: PhotoPrint, b: PhotoPrint): boolean {
  const mine = new Set(variantsOf(a));
  return variantsOf(b).some((v) => mine.has(v));
}
