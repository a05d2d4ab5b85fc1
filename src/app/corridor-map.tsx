import { useQueries, useQuery } from '@tanstack/react-query';
import type { GeoJSONSourceSpecification, LayerSpecification } from '../map/spec-types';
import { useMemo } from 'react';
import { basemapQuery, borderQuery, facilitiesQuery, nodesQuery, routesQuery } from '../datasets/queries';
import { useT } from '../features/language/use-t';
import { useStore } from '../store/store';
import { CameraSync } from '../features/camera/camera-sync';
import { FacilityLayers } from '../features/facility-map/facility-layers';
import { GeoJsonSource } from '../map/geojson-source';
import { basemapLayers } from '../map/layers/basemap-layers';
import { SOURCE } from '../map/layers/ids';
import { MapLayer } from '../map/map-layer';
import { MapView } from '../map/map-view';
import { SceneFlight } from '../features/scenes/scene-flight-layer';
import { PRESENT_SCALE } from '../features/presenter/present-scale';
import { NodeLayers, RouteLayers } from '../features/logistics/logistics-layers';
import { PairLayers } from '../features/cross-border/pair-layers';
import { ExportSource } from '../features/export/export-source';
import { RadiusLayers } from '../features/radius/radius-layers';

/**
 * The corridor map: each dataset is its own source with its own layers; the store drives filters and
 * the camera. A dataset that fails to load simply has no layers (the data status panel shows the error).
 */
export function CorridorMap({ cooperativeGestures = false }: { cooperativeGestures?: boolean }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  // Every dataset drawn on the map has arrived or failed (the map's idle signal waits for this).
  const dataSettled = useQueries({
    queries: [basemapQuery, facilitiesQuery, routesQuery, nodesQuery, borderQuery],
    combine: (results) => results.every((r) => r.status !== 'pending' && r.fetchStatus !== 'fetching'),
  });
  return (
    // MapLibre sets its controls' labels only when a map is created: a language switch re-creates the map
    // (the camera is kept through the store).
    <MapView
      key={lang}
      label={t('map.label')}
      lang={lang}
      cooperativeGestures={cooperativeGestures}
      dataSettled={dataSettled}
      lostText={{ message: t('map.lost'), reload: t('map.reload') }}
    >
      <CameraSync />
      <ExportSource />
      <SceneFlight />
      <BasemapLayers />
      <RouteLayers />
      <NodeLayers />
      <RadiusLayers />
      <PairLayers />
      <FacilityLayers />
    </MapView>
  );
}

/** One dataset's source and its layers, once the data has loaded. */
function DatasetLayers({
  id,
  data,
  specs,
}: {
  id: string;
  data: GeoJSONSourceSpecification['data'] | undefined;
  specs: LayerSpecification[];
}) {
  if (!data) return null;
  return (
    <GeoJsonSource id={id} data={data}>
      {specs.map((spec) => (
        <MapLayer key={spec.id} spec={spec} />
      ))}
    </GeoJsonSource>
  );
}

function BasemapLayers() {
  const { data } = useQuery(basemapQuery);
  const lang = useStore((s) => s.lang);
  const scale = useStore((s) => (s.present ? PRESENT_SCALE : 1));
  const specs = useMemo(() => basemapLayers(lang, scale), [lang, scale]);
  return <DatasetLayers id={SOURCE.basemap} data={data} specs={specs} />;
}
