import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { basemapQuery, facilitiesQuery, nodesQuery, routesQuery } from '../datasets/queries';
import { useT } from '../i18n/use-t';
import { useStore } from '../store/store';
import { categoryFilter, selectedFilter } from './filters';
import { GeoJsonSource } from './geojson-source';
import { basemapLayers } from './layers/basemap-layers';
import { facilityLayers, nodeLayers, routeLayers } from './layers/data-layers';
import { SOURCE } from './layers/ids';
import { MapLayer } from './map-layer';
import { MapView } from './map-view';

/**
 * The corridor map: each dataset is its own source with its own layers; the store drives filters.
 * A dataset that fails to load simply has no layers (its error is shown by the data status panel).
 */
export function CorridorMap() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  return (
    <MapView label={t('map.label')} lang={lang}>
      <BasemapLayers />
      <RouteLayers />
      <NodeLayers />
      <FacilityLayers />
    </MapView>
  );
}

function BasemapLayers() {
  const { data } = useQuery(basemapQuery);
  const lang = useStore((s) => s.lang);
  const specs = useMemo(() => basemapLayers(lang), [lang]);
  if (!data) return null;
  return (
    <GeoJsonSource id={SOURCE.basemap} data={data}>
      {specs.map((spec) => (
        <MapLayer key={spec.id} spec={spec} />
      ))}
    </GeoJsonSource>
  );
}

function RouteLayers() {
  const { data } = useQuery(routesQuery);
  const specs = useMemo(() => routeLayers(), []);
  if (!data) return null;
  return (
    <GeoJsonSource id={SOURCE.routes} data={data}>
      {specs.map((spec) => (
        <MapLayer key={spec.id} spec={spec} />
      ))}
    </GeoJsonSource>
  );
}

function NodeLayers() {
  const { data } = useQuery(nodesQuery);
  const lang = useStore((s) => s.lang);
  const specs = useMemo(() => nodeLayers(lang), [lang]);
  if (!data) return null;
  return (
    <GeoJsonSource id={SOURCE.nodes} data={data}>
      {specs.map((spec) => (
        <MapLayer key={spec.id} spec={spec} />
      ))}
    </GeoJsonSource>
  );
}

function FacilityLayers() {
  const { data } = useQuery(facilitiesQuery);
  const lang = useStore((s) => s.lang);
  const categories = useStore((s) => s.categories);
  const selectedId = useStore((s) => s.selectedId);
  const select = useStore((s) => s.select);
  const [circles, ring, labels] = useMemo(() => facilityLayers(lang), [lang]);
  const filter = useMemo(() => categoryFilter(categories), [categories]);
  if (!data || !circles || !ring || !labels) return null;
  return (
    <GeoJsonSource id={SOURCE.facilities} data={data}>
      <MapLayer spec={ring} filter={selectedFilter(selectedId)} />
      <MapLayer spec={circles} filter={filter} onClick={(id) => select(id ?? null)} />
      <MapLayer spec={labels} filter={filter} />
    </GeoJsonSource>
  );
}
