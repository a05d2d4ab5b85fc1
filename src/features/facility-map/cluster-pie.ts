import { CATEGORIES, type Category } from '../../datasets/vocabulary';
import type { ExpressionSpecification } from '../../map/spec-types';
import { CATEGORY_COLORS } from '../../map/colors';

/** How finely a bubble's ring shows its mix: 36 slices of 10°, so a few hundred images at most. */
export const PIE_SLICES = 36;
/** The ring image: 64 px square, drawn at pixel ratio 2 (32 CSS px across, radius 16). */
export const PIE_SIZE = 64;
export const PIE_PIXEL_RATIO = 2;
/** The ring's inner radius as a share of its outer radius; the bubble's dark disc shows through. */
const INNER = 0.64;
const PREFIX = 'cluster-pie:';

/**
 * The image id of a bubble's category ring, as a MapLibre expression over the bubble's category counts
 * (`property(category)` names each count, `point_count` is the total): each category's share in 36ths,
 * rounded, and at least one slice for a category present. MapLibre evaluates it per bubble in its worker;
 * the shares may add up to a little more or less than 36 (the image divides the circle among them all).
 */
export function pieIdExpression(property: (category: Category) => string): ExpressionSpecification {
  const share = (c: Category): ExpressionSpecification => [
    'to-string',
    [
      'max',
      ['min', 1, ['get', property(c)]],
      ['round', ['/', ['*', PIE_SLICES, ['get', property(c)]], ['max', 1, ['get', 'point_count']]]],
    ],
  ];
  const parts = CATEGORIES.flatMap((c, i): (string | ExpressionSpecification)[] =>
    i === 0 ? [share(c)] : ['-', share(c)],
  );
  return ['concat', PREFIX, ...parts];
}

/** The slices of a pie id, or undefined when `id` is not one (another image). */
export function parsePieId(id: string): number[] | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  const slices = id.slice(PREFIX.length).split('-').map(Number);
  if (
    slices.length !== CATEGORIES.length ||
    slices.some((n) => !Number.isInteger(n) || n < 0 || n > PIE_SLICES)
  )
    return undefined;
  return slices;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Supersamples per pixel side: 4 × 4 samples smooth the ring's edges. */
const SS = 4;

/**
 * Where the supersamples of the ring image fall, the same for every pie, so computed once: `turns` holds each
 * sample's turn clockwise from 12 o'clock in [0, 1), or -1 off the ring; per pixel, `covered` counts its samples on
 * the ring and `first`/`last` are the least and greatest of their turns.
 */
interface RingSamples {
  turns: Float32Array;
  covered: Uint8Array;
  first: Float32Array;
  last: Float32Array;
}
let ringSamples: RingSamples | undefined;

function samples(): RingSamples {
  if (ringSamples) return ringSamples;
  const size = PIE_SIZE;
  const outer = size / 2;
  const inner = outer * INNER;
  const turns = new Float32Array(size * size * SS * SS);
  const covered = new Uint8Array(size * size);
  const first = new Float32Array(size * size);
  const last = new Float32Array(size * size);
  let k = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p = y * size + x;
      first[p] = 1;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const dx = x + (sx + 0.5) / SS - outer;
          const dy = y + (sy + 0.5) / SS - outer;
          const d = Math.hypot(dx, dy);
          const turn = d > outer || d < inner ? -1 : (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
          turns[k++] = turn;
          if (turn < 0) continue;
          // Stored as a float32 above, compared below: keep the same rounding here.
          const stored = Math.fround(turn);
          covered[p]!++;
          first[p] = Math.min(first[p]!, stored);
          last[p] = Math.max(last[p]!, stored);
        }
      }
    }
  }
  ringSamples = { turns, covered, first, last };
  return ringSamples;
}

/**
 * Rasterises a pie id into an RGBA ring (PIE_SIZE square, premultiplied alpha not used): each category's
 * colour over its share of the circle, clockwise from 12 o'clock in CATEGORIES order, edges smoothed by
 * 4×4 supersampling. Undefined for an id that is not a pie.
 *
 * Bubbles' rings are drawn on the main thread as they first appear, so a filter change at 100k facilities draws
 * dozens: most pixels are off the ring or wholly inside one category's slices (a slice's owner only grows with the
 * turn, so the owners of a pixel's least and greatest turns settle it) and take one lookup; only pixels across a
 * boundary between categories average their samples.
 */
export function pieImage(id: string): { width: number; height: number; data: Uint8ClampedArray } | undefined {
  const slices = parsePieId(id);
  if (!slices) return undefined;
  const colors = CATEGORIES.map((c) => rgb(CATEGORY_COLORS[c]));
  // Which category each slice belongs to.
  const owner: number[] = [];
  slices.forEach((n, category) => {
    for (let k = 0; k < n; k++) owner.push(category);
  });
  const size = PIE_SIZE;
  const data = new Uint8ClampedArray(size * size * 4);
  if (owner.length === 0) return { width: size, height: size, data };
  const n = owner.length;
  const ownerAt = (turn: number) => owner[Math.floor(turn * n)] ?? 0;
  const { turns, covered, first, last } = samples();
  const perPixel = SS * SS;
  for (let p = 0; p < size * size; p++) {
    const count = covered[p]!;
    if (count === 0) continue;
    const alpha = (count / perPixel) * 255;
    const one = ownerAt(first[p]!);
    if (one === ownerAt(last[p]!)) {
      const [r, g, b] = colors[one]!;
      data[p * 4] = r;
      data[p * 4 + 1] = g;
      data[p * 4 + 2] = b;
      data[p * 4 + 3] = alpha;
      continue;
    }
    let r = 0;
    let g = 0;
    let b = 0;
    for (let k = p * perPixel; k < (p + 1) * perPixel; k++) {
      const turn = turns[k]!;
      if (turn < 0) continue;
      const [cr, cg, cb] = colors[ownerAt(turn)]!;
      r += cr;
      g += cg;
      b += cb;
    }
    data[p * 4] = r / count;
    data[p * 4 + 1] = g / count;
    data[p * 4 + 2] = b / count;
    data[p * 4 + 3] = alpha;
  }
  return { width: size, height: size, data };
}
