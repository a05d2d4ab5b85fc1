import { useState, type ReactNode } from 'react';
import { CategoryLegend } from '../legend/category-legend';
import { DataStatus } from '../data-status/data-status';
import { DetailsPanel } from '../details/details-panel';
import { FilterPanel } from '../filters/filter-panel';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { FacilityList } from '../list/facility-list';
import { LogisticsDetails } from '../logistics/logistics-details';
import { SearchBox } from '../search/search-box';
import { useT } from '../language/use-t';
import { useStore } from '../../store/store';
import { serializeView } from '../../store/url-codec';
import { pickView } from '../../store/url-sync';
import type { EmbedConfig } from './embed-config';

/**
 * Embed mode: the map fills the frame; a slim bar holds a button that opens the panels the embedder allowed
 * (search, legend, filters, list, details) as an overlay, the count, and "Open the full map" in a new tab.
 * Selecting a facility shows its details in the overlay. Everything is reachable from the keyboard.
 */
export function EmbedLayout({
  config,
  map,
  startOpen = false,
}: {
  config: EmbedConfig;
  map: ReactNode;
  /** Open at first (without a map, the list is the view). */
  startOpen?: boolean;
}) {
  const t = useT();
  const [open, setOpen] = useState(startOpen);
  // The map can turn out not to be drawable after the first render (no WebGL 2 context): then open too.
  const [openedFor, setOpenedFor] = useState(startOpen);
  if (startOpen !== openedFor) {
    setOpenedFor(startOpen);
    if (startOpen) setOpen(true);
  }
  const selectedId = useStore((s) => s.selectedId);
  const select = useStore((s) => s.select);
  const { visible } = useVisibleFacilities();
  const fullUrl = useStore((s) => {
    const url = new URL(window.location.href);
    url.search = serializeView(pickView(s));
    return url.href;
  });
  const has = (panel: EmbedConfig['panels'][number]) => config.panels.includes(panel);
  const showDetails = has('details') && selectedId !== null;
  const shown = open || showDetails;

  return (
    <div className="app embed" data-theme={config.theme.mode}>
      <div className="embed-bar">
        {config.panels.length > 0 && (
          <button
            type="button"
            className="embed-toggle"
            aria-expanded={shown}
            aria-controls="embed-panel"
            onClick={() => {
              if (shown) {
                setOpen(false);
                select(null);
              } else setOpen(true);
            }}
          >
            {t(shown ? 'embed.close' : 'embed.open')}
          </button>
        )}
        <span className="embed-count" role="status">
          {t('list.count', { count: visible.length })}
        </span>
        <a className="embed-full" href={fullUrl} target="_blank" rel="noopener noreferrer">
          {t('embed.openFull')}
          <span className="visually-hidden"> {t('details.newTab')}</span>
        </a>
      </div>
      <main className="map-area embed-map">{map}</main>
      {shown && (
        <div id="embed-panel" className="embed-panel" role="region" aria-label={t('embed.panel')}>
          <DataStatus />
          {showDetails && (
            <>
              <DetailsPanel />
              <LogisticsDetails />
            </>
          )}
          {has('search') && <SearchBox />}
          {has('legend') && <CategoryLegend />}
          {has('filters') && <FilterPanel />}
          {has('list') && <FacilityList />}
        </div>
      )}
    </div>
  );
}
