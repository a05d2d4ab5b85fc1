/** The part of a list its scrolling panel shows: from `top` (CSS px below the list's top; negative while the
 * list starts lower in the panel) over `height` px. */
export interface ListView {
  top: number;
  height: number;
}

/**
 * The rows of a list of `count` rows of `rowHeight` px that `view` shows, with `overscan` more either side:
 * rows `first` up to `last` (exclusive).
 */
export function rowWindow(
  view: ListView,
  rowHeight: number,
  count: number,
  overscan: number,
): { first: number; last: number } {
  const clamp = (n: number) => Math.max(0, Math.min(count, n));
  return {
    first: clamp(Math.floor(view.top / rowHeight) - overscan),
    last: clamp(Math.ceil((view.top + view.height) / rowHeight) + overscan),
  };
}

/**
 * How far to scroll (px, positive down) so that row `index` is wholly in view: none when it already is, else the
 * least move (the row at the bottom edge when below, at the top edge when above).
 */
export function scrollDelta(view: ListView, rowHeight: number, index: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < view.top) return top - view.top;
  if (bottom > view.top + view.height) return bottom - (view.top + view.height);
  return 0;
}
