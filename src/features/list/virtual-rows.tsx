import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { rowWindow, scrollDelta, type ListView } from './row-window';

/** A row's height before one has been measured (CSS px). */
const ROW_ESTIMATE = 56;
/** Rows rendered beyond each edge of the view, so a fast scroll or a key press finds them there. */
const OVERSCAN = 10;

/** The element the results scroll in: their panel (side panel, sheet or embed overlay), else the page. */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  return (
    el?.closest<HTMLElement>('.side-panel, .embed-panel') ?? (document.scrollingElement as HTMLElement | null)
  );
}

/**
 * The part of `list` its scrolling parent shows, measured from the list's top (CSS px). The parent's
 * `scroll-padding-top` (the phone sheet's sticky bar) is not counted as shown: a row brought into view by the keys
 * lands below the bar, not under it.
 */
function viewOf(list: HTMLElement, parent: HTMLElement): ListView {
  const page = parent === document.scrollingElement;
  const parentTop = page ? 0 : parent.getBoundingClientRect().top;
  const padding = parseFloat(getComputedStyle(parent).scrollPaddingTop) || 0;
  return {
    top: parentTop + padding - list.getBoundingClientRect().top,
    height: (page ? window.innerHeight : parent.clientHeight) - padding,
  };
}

/** A state update to the view as measured now that keeps the state as it is when nothing moved (so effects settle). */
const remeasured = (list: HTMLElement, parent: HTMLElement) => {
  const next = viewOf(list, parent);
  return (v: ListView) => (v.top === next.top && v.height === next.height ? v : next);
};

/**
 * A long list rendered a screenful at a time: only the rows in view, plus a few either side, are in the page, and
 * every row has the same height (one line of name, one of details, cut with an ellipsis: see `.virtual-rows` in
 * the styles), so which rows are in view is arithmetic. A change of the items (a filter at 100k facilities) then
 * costs the rows shown, not a measure of every row. The height is measured on a drawn row (the presenter's larger
 * type changes it). The list scrolls with its panel. Arrow keys, Page Up/Down, Home and End move through every
 * row, scrolling the target into view before focusing it; each row says its position (aria-posinset/setsize).
 */
export function VirtualRows<T>({
  items,
  rowKey,
  renderRow,
  onEscape,
  labelledBy,
  onMouseLeave,
}: {
  items: readonly T[];
  rowKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  onEscape: () => void;
  labelledBy: string;
  onMouseLeave: () => void;
}) {
  const [list, setList] = useState<HTMLUListElement | null>(null);
  const [rowHeight, setRowHeight] = useState(ROW_ESTIMATE);
  const [view, setView] = useState<ListView>({ top: 0, height: 0 });
  // A row to focus once it is rendered (after a scroll to it).
  const focusTarget = useRef<number | null>(null);

  // Follow the view as the panel scrolls or resizes.
  useEffect(() => {
    const parent = scrollParent(list);
    if (!list || !parent) return;
    const update = () => setView(remeasured(list, parent));
    update();
    const scroller = parent === document.scrollingElement ? window : parent;
    scroller.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    // Every browser the app runs in has ResizeObserver; jsdom (the component tests) has not.
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    resize?.observe(parent);
    return () => {
      scroller.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      resize?.disconnect();
    };
  }, [list]);

  const { first, last } = rowWindow(view, rowHeight, items.length, OVERSCAN);

  // After every render (the setters skip unchanged values, so it settles): what is above the list may have
  // changed height without a scroll (details opened on a selection), and so may the rows (larger text); and a
  // row waiting for the focus may now be drawn.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose without dependencies (see above)
  useLayoutEffect(() => {
    const parent = scrollParent(list);
    if (!list || !parent) return;
    const drawn = list.querySelector('li')?.getBoundingClientRect().height;
    // Measuring the drawn page, React's documented use of a layout effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setView(remeasured(list, parent));
    if (drawn && Math.abs(drawn - rowHeight) > 0.5) setRowHeight(drawn);
    const target = focusTarget.current;
    const button =
      target === null ? null : list.querySelector<HTMLElement>(`[data-index="${target}"] button.list-item`);
    if (button) {
      focusTarget.current = null;
      button.focus();
    }
  });

  const focusRow = (index: number, now: ListView) => {
    const target = Math.max(0, Math.min(items.length - 1, index));
    const parent = scrollParent(list);
    if (!list || !parent) return;
    // Into view first (focus() alone would scroll only to rows already in the page), then focused once drawn.
    parent.scrollTop += scrollDelta(now, rowHeight, target);
    const near = list.querySelector<HTMLElement>(`[data-index="${target}"] button.list-item`);
    focusTarget.current = near ? null : target;
    if (near) near.focus();
    else setView(remeasured(list, parent));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const parent = scrollParent(list);
    if (!list || !parent) return;
    // Where the panel is now, not as last rendered (a held key outruns the scroll events).
    const now = viewOf(list, parent);
    const row = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-index]');
    const index = row ? Number(row.dataset['index']) : -1;
    const page = Math.max(1, Math.floor(now.height / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: index + page,
      PageUp: index - page,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusRow(to, now);
    } else if (event.key === 'Escape') onEscape();
  };

  const rows: ReactNode[] = [];
  for (let index = first; index < last; index++) {
    const item = items[index];
    if (item === undefined) continue;
    rows.push(
      <li
        key={rowKey(item)}
        data-index={index}
        aria-setsize={items.length}
        aria-posinset={index + 1}
        style={{ transform: `translateY(${index * rowHeight}px)` }}
      >
        {renderRow(item, index)}
      </li>,
    );
  }
  return (
    <ul
      ref={setList}
      className="virtual-rows"
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      onMouseLeave={onMouseLeave}
      style={{ height: `${items.length * rowHeight}px` }}
    >
      {rows}
    </ul>
  );
}
