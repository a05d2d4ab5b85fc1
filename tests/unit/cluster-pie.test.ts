import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/datasets/vocabulary';
import { parsePieId, pieId, pieImage, PIE_SIZE } from '../../src/features/facility-map/cluster-pie';
import { CATEGORY_COLORS } from '../../src/map/colors';

const counts = (entries: [Category, number][]) => new Map<Category, number>(entries);

describe('cluster rings', () => {
  it('shares 36 slices by the category mix, every category present getting one', () => {
    expect(
      pieId(
        counts([
          ['fab', 3],
          ['research', 1],
        ]),
      ),
    ).toBe('cluster-pie:27-0-9-0-0-0');
    const tiny = parsePieId(
      pieId(
        counts([
          ['supplier', 1000],
          ['fab', 1],
        ]),
      ),
    );
    expect(tiny).toEqual([1, 0, 0, 0, 35, 0]);
    const even = parsePieId(
      pieId(
        counts([
          ['fab', 1],
          ['packaging', 1],
          ['research', 1],
          ['university', 1],
          ['supplier', 1],
          ['organization', 1],
        ]),
      ),
    );
    expect(even).toEqual([6, 6, 6, 6, 6, 6]);
    const sevenths = parsePieId(
      pieId(
        counts([
          ['fab', 1],
          ['packaging', 1],
          ['research', 5],
        ]),
      ),
    )!;
    expect(sevenths.reduce((a, b) => a + b, 0)).toBe(36);
    expect(parsePieId('cluster-pie:1-2')).toBeUndefined();
    expect(parsePieId('other:36-0-0-0-0-0')).toBeUndefined();
  });

  it('draws a ring in the category colours, clockwise from 12 o’clock, with a transparent centre', () => {
    const image = pieImage(
      pieId(
        counts([
          ['fab', 1],
          ['research', 1],
        ]),
      ),
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
});
