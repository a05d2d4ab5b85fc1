import { expression } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../src/datasets/vocabulary';
import {
  parsePieId,
  pieIdExpression,
  pieImage,
  PIE_SIZE,
  PIE_SLICES,
} from '../../src/features/facility-map/cluster-pie';
import { countProperty } from '../../src/features/facility-map/facility-layer-specs';
import { CATEGORY_COLORS } from '../../src/map/colors';

/** The ring's image id for a bubble holding these counts, as MapLibre's own evaluator computes it. */
function pieId(entries: [Category, number][]): string {
  const counts = new Map(entries);
  const parsed = expression.createExpression(pieIdExpression(countProperty), 'icon-image');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const properties: Record<string, number> = Object.fromEntries(
    CATEGORIES.map((c) => [countProperty(c), counts.get(c) ?? 0]),
  );
  properties['point_count'] = [...counts.values()].reduce((a, b) => a + b, 0);
  return String(parsed.value.evaluate({ zoom: 5 }, { type: 'Point', properties } as never));
}

describe('cluster rings', () => {
  it('shares 36 slices by the category mix, every category present getting one', () => {
    expect(
      pieId([
        ['fab', 3],
        ['research', 1],
      ]),
    ).toBe('cluster-pie:27-0-9-0-0-0');
    expect(
      parsePieId(
        pieId([
          ['supplier', 1000],
          ['fab', 1],
        ]),
      ),
    ).toEqual([1, 0, 0, 0, 36, 0]);
    expect(
      parsePieId(
        pieId([
          ['fab', 1],
          ['packaging', 1],
          ['research', 1],
          ['university', 1],
          ['supplier', 1],
          ['organization', 1],
        ]),
      ),
    ).toEqual([6, 6, 6, 6, 6, 6]);
    expect(
      parsePieId(
        pieId([
          ['fab', 1],
          ['packaging', 1],
          ['research', 5],
        ]),
      ),
    ).toEqual([5, 5, 26, 0, 0, 0]);
    expect(parsePieId('cluster-pie:1-2')).toBeUndefined();
    expect(parsePieId('cluster-pie:37-0-0-0-0-0')).toBeUndefined();
    expect(parsePieId('other:36-0-0-0-0-0')).toBeUndefined();
  });

  it('draws a ring in the category colours, clockwise from 12 o’clock, with a transparent centre', () => {
    const image = pieImage(
      pieId([
        ['fab', 1],
        ['research', 1],
      ]),
    )!;
    expect(image.width).toBe(PIE_SIZE);
    const px = (x: number, y: number) =>
      Array.from(image.data.slice((y * PIE_SIZE + x) * 4, (y * PIE_SIZE + x) * 4 + 4));
    const hex = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));
    // Right half (first half of the turn) is the fab red, left half the research blue, on the ring.
    expect(px(60, 32)).toEqual([...hex(CATEGORY_COLORS.fab), 255]);
    expect(px(3, 32)).toEqual([...hex(CATEGORY_COLORS.research), 255]);
    expect(px(32, 32)[3]).toBe(0);
    expect(px(0, 0)[3]).toBe(0);
  });

  it('is the plain 4×4 supersampling of the ring, every sample averaged, for any mix', () => {
    // The reference: each pixel's 16 samples, on the ring or not, coloured by the slice they fall in.
    const reference = (slices: number[]) => {
      const owner = slices.flatMap((n, category) => Array<number>(n).fill(category));
      const colors = CATEGORIES.map((c) =>
        [1, 3, 5].map((i) => Number.parseInt(CATEGORY_COLORS[c].slice(i, i + 2), 16)),
      );
      const data = new Uint8ClampedArray(PIE_SIZE * PIE_SIZE * 4);
      const outer = PIE_SIZE / 2;
      for (let y = 0; y < PIE_SIZE; y++)
        for (let x = 0; x < PIE_SIZE; x++) {
          const sum = [0, 0, 0];
          let covered = 0;
          for (let sy = 0; sy < 4; sy++)
            for (let sx = 0; sx < 4; sx++) {
              const dx = x + (sx + 0.5) / 4 - outer;
              const dy = y + (sy + 0.5) / 4 - outer;
              const d = Math.hypot(dx, dy);
              if (d > outer || d < outer * 0.64) continue;
              const turn = Math.fround((Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1);
              const color = colors[owner[Math.floor(turn * owner.length)]!]!;
              color.forEach((v, i) => (sum[i]! += v));
              covered++;
            }
          if (covered > 0)
            data.set([...sum.map((v) => v / covered), (covered / 16) * 255], (y * PIE_SIZE + x) * 4);
        }
      return data;
    };
    const mix = fc
      .array(fc.integer({ min: 0, max: PIE_SLICES }), {
        minLength: CATEGORIES.length,
        maxLength: CATEGORIES.length,
      })
      .filter((slices) => slices.some((n) => n > 0));
    fc.assert(
      fc.property(mix, (slices) => {
        expect(pieImage(`cluster-pie:${slices.join('-')}`)!.data).toEqual(reference(slices));
      }),
      { numRuns: 40 },
    );
  });
});
