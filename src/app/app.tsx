import { useEffect, useRef, useState } from 'react';
import { DataStatus } from '../features/data-status/data-status';
import { DetailsPanel } from '../features/details/details-panel';
import { DerivedProvider } from '../features/filters/derived';
import { FilterPanel } from '../features/filters/filter-panel';
import { LanguageSwitch } from '../features/language/language-switch';
import { CategoryLegend } from '../features/legend/category-legend';
import { LogisticsDetails } from '../features/logistics/logistics-details';
import { LogisticsList } from '../features/logistics/logistics-list';
import { FacilityList } from '../features/list/facility-list';
import { SearchBox } from '../features/search/search-box';
import { ShareDialog } from '../features/share/share-dialog';
import { PresenterBar } from '../features/presenter/presenter-bar';
import { PresenterControls, setPresenting } from '../features/presenter/presenter-controls';
import { ScenesPanel } from '../features/scenes/scenes-panel';
import { SceneCaption } from '../features/scenes/scene-caption';
import { HelpOverlay } from '../features/shortcuts/help-overlay';
import { ShortcutListener } from '../features/shortcuts/registry';
import { Timeline } from '../features/timeline/timeline';
import { RadiusPanel } from '../features/radius/radius-panel';
import { PairsPanel } from '../features/cross-border/pairs-panel';
import { useT } from '../features/language/use-t';
import { PrintSheet } from '../features/export/print-sheet';
import { OfflineStatus } from '../features/offline/offline-status';
import { ResultsSheet } from '../features/phone/results-sheet';
import { useCompact } from '../features/phone/use-compact';
import { CorridorMap } from './corridor-map';
import { useMapSupported } from '../map/map-context';
import type { EmbedConfig } from '../features/embed/embed-config';
import { EmbedBridge } from '../features/embed/embed-bridge';
import { EmbedLayout } from '../features/embed/embed-layout';
import { useStore } from '../store/store';

/**
 * The page layout: header, controls, the map, details and list; or, embedded (`embed=1`), the map filling
 * the frame with its panels in an overlay. No logic of its own.
 */
export function App({ embed }: { embed?: EmbedConfig }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const present = useStore((s) => s.present);
  // True until the map fails to get a WebGL 2 context; the map and its context then stay mounted for the life of
  // the page (a lost context is restored in place, see MapView).
  const mapSupported = useMapSupported();
  // Phones and tablets: the controls open as a full-screen dialog from the results sheet.
  const compact = useCompact();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersHeading = useRef<HTMLHeadingElement>(null);
  const filtersDialog = compact && filtersOpen;
  useEffect(() => {
    if (filtersDialog) filtersHeading.current?.focus();
  }, [filtersDialog]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  const noWebgl = (
    <p className="no-webgl" role="note">
      {t('map.noWebgl')}
    </p>
  );

  if (embed?.embedded) {
    return (
      <DerivedProvider>
        {embed.hosts.length > 0 && <EmbedBridge config={embed} />}
        <EmbedLayout
          config={embed}
          startOpen={!mapSupported}
          map={mapSupported ? <CorridorMap cooperativeGestures /> : noWebgl}
        />
      </DerivedProvider>
    );
  }

  return (
    <DerivedProvider>
      {embed && embed.hosts.length > 0 && <EmbedBridge config={embed} />}
      <ShortcutListener />
      <PresenterControls />
      <HelpOverlay />
      <PrintSheet />
      <div className={present ? 'app presenting' : 'app'}>
        {present && <PresenterBar />}
        <OfflineStatus />
        <a className="skip-link" href="#facility-list">
          {t('app.skip')}
        </a>
        <header className="app-header">
          <div className="brand">
            <h1>{t('app.heading')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
          </div>
          <SearchBox />
          <div className="header-actions">
            <button type="button" className="present-button" onClick={() => setPresenting(true)}>
              {t('present.enter')} <kbd aria-hidden="true">p</kbd>
            </button>
            <ShareDialog />
          </div>
          <LanguageSwitch />
        </header>
        <div className="app-body">
          <aside
            className={filtersDialog ? 'side-panel controls open' : 'side-panel controls'}
            aria-label={t('app.controls')}
            {...(filtersDialog ? { role: 'dialog', 'aria-modal': true } : {})}
            onKeyDown={(e) => {
              if (filtersDialog && e.key === 'Escape') setFiltersOpen(false);
            }}
          >
            {filtersDialog && (
              <div className="dialog-head">
                <h2 ref={filtersHeading} tabIndex={-1}>
                  {t('sheet.filters')}
                </h2>
                <button type="button" className="dialog-done" onClick={() => setFiltersOpen(false)}>
                  {t('sheet.done')}
                </button>
              </div>
            )}
            <DataStatus />
            <CategoryLegend />
            <LogisticsList />
            <FilterPanel />
            <ScenesPanel />
            <Timeline />
            <RadiusPanel />
            <PairsPanel />
          </aside>
          <main className="map-area">
            {mapSupported ? <CorridorMap /> : noWebgl}
            {!present && <SceneCaption />}
          </main>
          <ResultsSheet compact={compact} onFilters={() => setFiltersOpen(true)}>
            <DetailsPanel />
            <LogisticsDetails />
            <FacilityList />
          </ResultsSheet>
        </div>
      </div>
    </DerivedProvider>
  );
}
