import { useEffect, useState } from 'react';
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
import { CorridorMap } from './corridor-map';
import { useMapEngine } from '../map/map-context';
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
  const engine = useMapEngine();
  // Decided once: the map and its WebGL context stay mounted for the life of the page.
  const [mapSupported] = useState(() => engine.isSupported());

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
      <div className={present ? 'app presenting' : 'app'}>
        {present && <PresenterBar />}
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
          <aside className="side-panel controls" aria-label={t('app.controls')}>
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
          <aside className="side-panel results" aria-label={t('app.results')}>
            <DetailsPanel />
            <LogisticsDetails />
            <FacilityList />
          </aside>
        </div>
      </div>
    </DerivedProvider>
  );
}
