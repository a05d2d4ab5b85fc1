import { useQuery } from '@tanstack/react-query';
import type { GeoJSONSourceSpecification, LayerSpecification } from '../../map/spec-types';
import { useMemo } from 'react';
import { nodesQuery, routesQuery } from '../../datasets/queries';
import { routeParts } from './logistics-text';
import { useStore } from '../../store/store';
import { PRESENT_SCALE } from '../presenter/present-scale';
import { singleIdFilter } from '../../map/filters';
import { GeoJsonSource } from '../../map/geojson-source';
import { nodeLayers, routeLayers } from './logistics-layer-specs';
import { LAYER, SOURCE } from '../../map/layers/ids';
import { useMapHandle } from '../../map/map-context';
import type { MapPointerEvent } from '../../map/map-handle';
import { MapLayer } from '../../map/map-layer';

/**
 * A click belongs to what is drawn on top at that very point: something above covers it when one of its
 * features is drawn within this many pixels of the click (not merely nearby).
 */
const ABOVE_RADIUS_PX = 1;

/** Routes: a click selects one (facilities and nodes drawn on top take the click first). */
export function RouteLayers() {
  const { data } = useQuery(routesQuery);
  const specs = useMemo(() => routeLayers(), []);
  // Drawn in parts: each route's approximate stretches are styled apart (see routeParts).
  const parts = useMemo(() => data && routeParts(data.features), [data]);
  return (
    <SelectableLayers
      source={SOURCE.routes}
      data={parts}
      specs={specs}
      clickLayer={LAYER.routesHit}
      highlightLayer={LAYER.routeSelected}
      above={[LAYER.facilities, LAYER.clusters, LAYER.nodes]}
    />
  );
}

/** Logistics nodes: a click selects one (facilities drawn on top take the click first). */
export function NodeLayers() {
  const { data } = useQuery(nodesQuery);
  const lang = useStore((s) => s.lang);
  const scale = useStore((s) => (s.present ? PRESENT_SCALE : 1));
  const specs = useMemo(() => nodeLayers(lang, scale), [lang, scale]);
  return (
    <SelectableLayers
      source={SOURCE.nodes}
      data={data}
      specs={specs}
      clickLayer={LAYER.nodes}
      highlightLayer={LAYER.nodeSelected}
      above={[LAYER.facilities, LAYER.clusters]}
    />
  );
}

interface SelectableLayersProps {
  source: string;
  data: GeoJSONSourceSpecification['data'] | undefined;
  specs: LayerSpecification[];
  /** The layer whose features a click selects (the same selection as the lists). */
  clickLayer: string;
  /** The layer that highlights the selected feature (filtered to its id). */
  highlightLayer: string;
  /** Layers drawn on top: a click near one of their features is theirs, not ours. */
  above: readonly string[];
}

function SelectableLayers({ source, data, specs, clickLayer, highlightLayer, above }: SelectableLayersProps) {
  const map = useMapHandle();
  const selectedId = useStore((s) => s.selectedId);
  if (!data) return null;
  const onClick = (event: MapPointerEvent) => {
    // While the radius tool waits for a point, a click sets the centre and nothing else.
    if (useStore.getState().picking || !event.featureId) return;
    const covered = above.some(
      (layer) => map.hasLayer(layer) && map.featureIdsNear(layer, event.point, ABOVE_RADIUS_PX).length > 0,
    );
    if (!covered) useStore.getState().select(event.featureId);
  };
  return (
    <GeoJsonSource id={source} data={data}>
      {specs.map((spec) => (
        <MapLayer
          key={spec.id}
          spec={spec}
          filter={spec.id === highlightLayer ? singleIdFilter(selectedId) : undefined}
          onClick={spec.id === clickLayer ? onClick : undefined}
        />
      ))}
    </GeoJsonSource>
  );
}
