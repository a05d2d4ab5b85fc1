import { useVirtualizer } from '@tanstack/react-virtual';
import { useState, type KeyboardEvent, type ReactNode } from 'react';

const ROW_ESTIMATE = 56;

/** The element the results scroll in: their panel (side panel, sheet or embed overlay), else the page. */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  return (
    el?.closest<HTMLElement>('.side-panel, .embed-panel') ?? (document.scrollingElement as HTMLElement | null)
  );
}

/**
 * A long list rendered a screenful at a time (@tanstack/react-virtual): only the rows in view, plus a few either
 * side, are in the page, so 100,000 facilities cost as much as 30. The list scrolls with its panel (the rows are
 * offset by where the list starts in it). Arrow keys, Home and End move through every row, scrolling the target
 * into view before focusing it; each row says its position (aria-posinset / aria-setsize).
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
  const parent = scrollParent(list);
  // Where the list starts inside its scrolling panel (details or other content may sit above it).
  const margin =
    list && parent
      ? list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop
      : 0;
  // eslint-disable-next-line react-hooks/incompatible-library -- read during render, as TanStack Virtual documents
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollParent(list),
    estimateSize: () => ROW_ESTIMATE,
    // Rows wrap to one or two lines: each is measured once drawn (an unlaid-out row keeps the estimate).
    measureElement: (el) => el.getBoundingClientRect().height || ROW_ESTIMATE,
    overscan: 10,
    scrollMargin: margin,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : rowKey(item);
    },
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(items.length - 1, index));
    const find = () => list?.querySelector<HTMLButtonElement>(`[data-index="${target}"] button.list-item`);
    // A row in the page takes the focus at once (the browser scrolls it into view); a far one is scrolled to,
    // then focused once the virtualizer has rendered it.
    const near = find();
    if (near) {
      near.focus();
      return;
    }
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const attempt = (tries: number) =>
      requestAnimationFrame(() => {
        const button = find();
        if (button) button.focus();
        else if (tries > 0) attempt(tries - 1);
      });
    attempt(5);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const row = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-index]');
    const index = row ? Number(row.dataset['index']) : -1;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusRow(to);
    } else if (event.key === 'Escape') onEscape();
  };

  return (
    <ul
      ref={setList}
      className="virtual-rows"
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      onMouseLeave={onMouseLeave}
      style={{ height: `${virtualizer.getTotalSize()}px` }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          >
            {renderRow(item, row.index)}
          </li>
        );
      })}
    </ul>
  );
}
