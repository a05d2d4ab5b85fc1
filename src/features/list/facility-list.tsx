import { useMemo } from 'react';
import { facilityName } from '../../i18n/facility-text';
import { formatDistance } from '../../i18n/format-distance';
import { useT } from '../language/use-t';
import { CATEGORY_COLORS } from '../../map/colors';
import { listKeys } from '../../components/list-keys';
import { useStore } from '../../store/store';
import { SORT_KEYS, type SortKey } from '../../store/view-state';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { inOrder, sortFacilities, sortedPositions } from './sort-facilities';
import { SearchChip } from '../search/search-chip';
import { StatusSwatch } from '../legend/status-key';
import { cameraForPoints, mapViewSize } from '../camera/frame';
import { radiusCenter } from '../radius/radius-center';
import { cameraForRadius } from '../radius/radius-frame';
import { FACILITY_ZOOM } from '../search/search-box';
import { useMapSupported } from '../../map/map-context';
import type { FacilityFeature } from '../../datasets/schemas';
import { VirtualRows } from './virtual-rows';
import { LONG_LIST } from './long-list';
import { ExportMenu } from '../export/export-menu';

/**
 * Exactly the facilities the map shows, as a keyboard-operable list (the whole view when the browser
 * cannot draw the map). Arrow keys move between items, Enter selects, Escape clears the selection;
 * hovering or focusing an item highlights it on the map.
 */
export function FacilityList() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const sort = useStore((s) => s.sort);
  const selectedId = useStore((s) => s.selectedId);
  const hoveredId = useStore((s) => s.hoveredId);
  const select = useStore((s) => s.select);
  const setHovered = useStore((s) => s.setHovered);
  const patch = useStore((s) => s.patch);
  const unit = useStore((s) => s.unit);
  const radius = useStore((s) => s.radius);
  const mapSupported = useMapSupported();
  const { all, visible, shown, distances } = useVisibleFacilities();

  // Every facility sorted once (per order and language); a filter change keeps the shown ones in that order.
  // With the radius on, the order depends on distances that move with the circle: only the shown ones are sorted.
  const positions = useMemo(
    () => (all && !distances ? sortedPositions(all, sort, lang) : null),
    [all, sort, lang, distances],
  );
  const items = useMemo(
    () =>
      all && positions
        ? inOrder(all, positions, shown)
        : sortFacilities(visible, sort, lang, distances ?? undefined),
    [all, positions, shown, visible, sort, lang, distances],
  );

  if (!all) return null;

  // Frames what is shown: every listed facility and, with a radius on, its whole circle.
  const fitCamera = () => {
    const points = items.map((f): [number, number] => [f.geometry.coordinates[0], f.geometry.coordinates[1]]);
    const center = radius && radiusCenter(radius, all);
    return radius && center
      ? cameraForRadius(center, radius.km, mapViewSize(), points)
      : cameraForPoints(points, mapViewSize(), FACILITY_ZOOM, 40);
  };

  const onKeyDown = listKeys(() => select(null));
  const row = (f: FacilityFeature) => {
    const p = f.properties;
    return (
      <button
        type="button"
        className={`list-item${f.id === hoveredId ? ' hovered' : ''}`}
        aria-pressed={f.id === selectedId}
        data-id={f.id}
        onClick={() => select(f.id)}
        onMouseEnter={() => setHovered(f.id)}
        onFocus={() => setHovered(f.id)}
        onBlur={() => setHovered(null)}
      >
        <StatusSwatch status={p.status} color={CATEGORY_COLORS[p.category]} />
        <span className="list-name">{facilityName(p, lang)}</span>
        <span className="list-meta">
          {/* The distance first: a long list's rows are one line each, cut at the end. */}
          {distances?.has(f.id) &&
            `${t('list.distance', { distance: formatDistance(distances.get(f.id) ?? 0, unit, lang) })} · `}
          {t(`category.${p.category}`)}
          {p.status !== 'operating' && (
            <>
              {' · '}
              <span className={`status-tag status-tag-${p.status}`}>{t(`status.${p.status}`)}</span>
            </>
          )}
          {' · '}
          {p.city}, {p.region}
        </span>
      </button>
    );
  };

  return (
    <section className="facility-list" aria-labelledby="list-title" id="facility-list" tabIndex={-1}>
      <div className="list-head">
        <h2 id="list-title">{t('list.title')}</h2>
        <label className="sort">
          {t('list.sort')}{' '}
          <select value={sort} onChange={(e) => patch({ sort: sortKey(e.target.value) })}>
            {SORT_KEYS.filter((key) => key !== 'distance' || distances).map((key) => (
              <option key={key} value={key}>
                {t(`sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <ExportMenu />
      </div>
      <div className="count-line">
        <p className="list-count" role="status" aria-live="polite">
          {t('list.count', { count: items.length })}
        </p>
        <SearchChip />
        {mapSupported && items.length > 0 && (
          <button type="button" className="fit-results" onClick={() => patch({ camera: fitCamera() })}>
            {t('list.fit')}
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <p>{t(all.length === 0 ? 'list.noData' : 'list.empty')}</p>
      ) : items.length < LONG_LIST ? (
        <ul onKeyDown={onKeyDown} aria-labelledby="list-title" onMouseLeave={() => setHovered(null)}>
          {items.map((f) => (
            <li key={f.id}>{row(f)}</li>
          ))}
        </ul>
      ) : (
        <VirtualRows
          items={items}
          rowKey={(f) => f.id}
          renderRow={row}
          onEscape={() => select(null)}
          labelledBy="list-title"
          onMouseLeave={() => setHovered(null)}
        />
      )}
    </section>
  );
}

function sortKey(value: string): SortKey {
  return SORT_KEYS.find((k) => k === value) ?? 'name';
}
