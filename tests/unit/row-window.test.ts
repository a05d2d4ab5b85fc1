import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow, scrollDelta } from '../../src/features/list/row-window';

describe('rowWindow (which rows of a long list are rendered)', () => {
  it('covers the rows in view, with the overscan either side, within the list', () => {
    expect(rowWindow({ top: 0, height: 560 }, 56, 100_000, 10)).toEqual({ first: 0, last: 20 });
    expect(rowWindow({ top: 5600, height: 560 }, 56, 100_000, 10)).toEqual({ first: 90, last: 120 });
    // The list starts lower in its panel: the rows above the panel's bottom edge.
    expect(rowWindow({ top: -300, height: 560 }, 56, 100_000, 0)).toEqual({ first: 0, last: 5 });
    expect(rowWindow({ top: 56 * 99_995, height: 560 }, 56, 100_000, 10)).toEqual({
      first: 99_985,
      last: 100_000,
    });
    expect(rowWindow({ top: 0, height: 560 }, 56, 0, 10)).toEqual({ first: 0, last: 0 });
  });

  it('renders every row that is even partly in view', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 200_000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 10, max: 120 }),
        fc.integer({ min: 0, max: 5000 }),
        (top, height, rowHeight, count) => {
          const { first, last } = rowWindow({ top, height }, rowHeight, count, 0);
          for (let i = 0; i < count; i++) {
            const visible = i * rowHeight < top + height && (i + 1) * rowHeight > top;
            if (visible) expect(i >= first && i < last).toBe(true);
          }
        },
      ),
    );
  });
});

describe('scrollDelta (bringing a row into view)', () => {
  const view = { top: 1000, height: 500 };
  it('does not move for a row in view, and moves the least for one outside', () => {
    expect(scrollDelta(view, 50, 25)).toBe(0);
    // Below: its bottom edge at the view's bottom.
    expect(scrollDelta(view, 50, 40)).toBe(2050 - 1500);
    // Above: its top at the view's top.
    expect(scrollDelta(view, 50, 2)).toBe(100 - 1000);
    // The last row wholly in view, then the first below it.
    expect(scrollDelta(view, 50, 29)).toBe(0);
    expect(scrollDelta(view, 50, 30)).toBe(50);
  });
});
