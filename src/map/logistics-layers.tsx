import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { nodesQuery, routesQuery } from '../datasets/queries';
import { useStore } from '../store/store';
import { singleIdFilter } from './filters';
import { GeoJsonSource } from './geojson-source';
import { nodeLayers, routeLayers } from './layers/data-layers';
import { LAYER, SOURCE } from './layers/ids';
import { useMapHandle } from './map-context';
import type { MapPointerEvent } from './map-handle';
import { MapLayer } from './map-layer';

/** How close (px) a facility or node must be to a click to take it over the thing underneath. */
const ABOVE_RADIUS_PX = 6;

/**
 * Routes and logistics nodes: each is selectable (a click opens its details, like the list) and the
 * selected one is highlighted. A click lands on what is drawn on top: facilities over nodes over routes.
 */
export function RouteLayers() {
  const map = useMapHandle();
  const { data } = useQuery(routesQuery);
  const selectedId = useStore((s) => s.selectedId);
  const specs = useMemo(() => routeLayers(), []);
  if (!data) return null;
  const onClick = (event: MapPointerEvent) => {
    if (useStore.getState().picking) return;
    const above = [LAYER.facilities, LAYER.clusters, LAYER.nodes].some(
      (layer) => map.hasLayer(layer) && map.featureIdsNear(layer, event.point, ABOVE_RADIUS_PX).length > 0,
    );
    if (!above && event.featureId) useStore.getState().select(event.featureId);
  };
  return (
    <GeoJsonSource id={SOURCE.routes} data={data}>
      {specs.map((spec) => (
        <MapLayer
          key={spec.id}
          spec={spec}
          filter={spec.id === LAYER.routeSelected ? singleIdFilter(selectedId) : undefined}
          onClick={spec.id === LAYER.routes ? onClick : undefined}
        />
      ))}
    </GeoJsonSource>
  );
}

export function NodeLayers() {
  const map = useMapHandle();
  const { data } = useQuery(nodesQuery);
  const lang = useStore((s) => s.lang);
  const selectedId = useStore((s) => s.selectedId);
  const specs = useMemo(() => nodeLayers(lang), [lang]);
  if (!data) return null;
  const onClick = (event: MapPointerEvent) => {
    if (useStore.getState().picking) return;
    const above = [LAYER.facilities, LAYER.clusters].some(
      (layer) => map.hasLayer(layer) && map.featureIdsNear(layer, event.point, ABOVE_RADIUS_PX).length > 0,
    );
    if (!above && event.featureId) useStore.getState().select(event.featureId);
  };
  return (
    <GeoJsonSource id={SOURCE.nodes} data={data}>
      {specs.map((spec) => (
        <MapLayer
          key={spec.id}
          spec={spec}
          filter={spec.id === LAYER.nodeSelected ? singleIdFilter(selectedId) : undefined}
          onClick={spec.id === LAYER.nodes ? onClick : undefined}
        />
      ))}
    </GeoJsonSource>
  );
}
