import { useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { useStore } from '../../store/store';
import { useT } from '../language/use-t';

export type Snap = 'peek' | 'half' | 'full';
const ORDER: Snap[] = ['peek', 'half', 'full'];

/**
 * The results (details and list). On a wide screen a side panel; on a phone a bottom sheet over the map with
 * three snap points (peek: the count and the top of the list; half; full), dragged by its handle or stepped
 * with it (a button). Tapping a facility brings the sheet up to half with its details at the top, so the
 * result is on screen without scrolling the page (which never scrolls).
 */
export function ResultsSheet({
  compact,
  onFilters,
  children,
}: {
  compact: boolean;
  onFilters: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const selectedId = useStore((s) => s.selectedId);
  const [snap, setSnap] = useState<Snap>('peek');
  const [drag, setDrag] = useState<{ startY: number; startH: number; h: number } | null>(null);
  const panel = useRef<HTMLElement>(null);
  const dragged = useRef(false);

  // A new selection raises a lowered sheet (adjusted while rendering, as React recommends over an effect).
  const [shownFor, setShownFor] = useState(selectedId);
  if (shownFor !== selectedId) {
    setShownFor(selectedId);
    if (compact && selectedId && snap === 'peek') setSnap('half');
  }
  useEffect(() => {
    if (compact && selectedId && panel.current) panel.current.scrollTop = 0;
  }, [compact, selectedId]);

  if (!compact) {
    return (
      <aside className="side-panel results" aria-label={t('app.results')}>
        {children}
      </aside>
    );
  }

  const parentHeight = () => panel.current?.parentElement?.clientHeight ?? window.innerHeight;
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const h = panel.current?.getBoundingClientRect().height ?? 0;
    setDrag({ startY: e.clientY, startH: h, h });
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    if (!drag) return;
    const h = Math.max(48, Math.min(parentHeight(), drag.startH + drag.startY - e.clientY));
    setDrag({ ...drag, h });
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    if (!drag) return;
    // A drag snaps to the nearest point; a tap is left to the click (which keyboards and screen readers use too).
    if (Math.abs(e.clientY - drag.startY) >= 6) {
      const share = drag.h / parentHeight();
      setSnap(share < 0.33 ? 'peek' : share < 0.75 ? 'half' : 'full');
      dragged.current = true;
    }
    setDrag(null);
  };
  const next = ORDER[(ORDER.indexOf(snap) + 1) % ORDER.length] ?? 'peek';

  return (
    <aside
      ref={panel}
      className={`side-panel results sheet sheet-${snap}${drag ? ' dragging' : ''}`}
      style={drag ? { height: `${drag.h}px` } : undefined}
      aria-label={t('app.results')}
    >
      <div className="sheet-bar">
        <button
          type="button"
          className="sheet-handle"
          aria-label={t(`sheet.to.${next}`)}
          aria-expanded={snap !== 'peek'}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(null)}
          onClick={() => {
            if (dragged.current) dragged.current = false;
            else setSnap(next);
          }}
        >
          <span className="grip" aria-hidden="true" />
        </button>
        <button type="button" className="sheet-filters" onClick={onFilters}>
          {t('sheet.filters')}
        </button>
      </div>
      {children}
    </aside>
  );
}
