import { useEffect, useMemo, useState } from 'react';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { useStore } from '../../store/store';
import { idFilter, singleIdFilter } from '../../map/filters';
import { GeoJsonSource } from '../../map/geojson-source';
import { facilityLayers } from './facility-layer-specs';
import { LAYER, SOURCE } from '../../map/layers/ids';
import { useMapHandle } from '../../map/map-context';
import type { MapPointerEvent } from '../../map/map-handle';
import { MapLayer } from '../../map/map-layer';
import { useLayerHover } from './use-layer-hover';
import { StackChooser } from './stack-chooser';
import { clusterLayers } from './facility-layer-specs';
import { useClusterView } from './use-cluster-view';
import { PRESENT_SCALE } from '../presenter/present-scale';
import { pieId, pieImage, PIE_PIXEL_RATIO } from './cluster-pie';
import { FacilityTooltip } from './facility-tooltip';
import type { Category } from '../../datasets/vocabulary';
import type { FacilityFeature } from '../../datasets/schemas';
import type { FeatureId } from '../../spatial';

/** How many of `ids` each category holds. */
function categoryCounts(
  ids: readonly FeatureId[],
  byId: ReadonlyMap<string, FacilityFeature>,
): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const id of ids) {
    const category = byId.get(String(id))?.properties.category;
    if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

/** Facilities closer than this on screen are one click target: the user picks among them. */
const STACK_RADIUS_PX = 6;

/**
 * The facility layers. The data is uploaded once; what the filters leave visible reaches the map as a
 * layer filter on ids (never setData). Dense areas are grouped into cluster bubbles with counts
 * (src/spatial createClusters over the shown facilities); only the small bubble source is replaced
 * when the shown set or the zoom level changes, and a click on a bubble zooms in to split it. A click on facilities drawn on top of each other (many records
 * are placed at their city's coordinates) opens a chooser instead of picking one at random.
 */
export function FacilityLayers() {
  const map = useMapHandle();
  const { all, visible } = useVisibleFacilities();
  const lang = useStore((s) => s.lang);
  const selectedId = useStore((s) => s.selectedId);
  const hoveredId = useStore((s) => s.hoveredId);
  const select = useStore((s) => s.select);
  const [stack, setStack] = useState<{ ids: string[]; point: [number, number] } | null>(null);
  const scale = useStore((s) => (s.present ? PRESENT_SCALE : 1));
  const specs = useMemo(() => facilityLayers(lang, scale), [lang, scale]);
  const view = useClusterView(visible, selectedId);
  const filter = useMemo(() => idFilter(view.singles.map(String)), [view]);
  // Compared by value: the bubble source is replaced only when the bubbles themselves change.
  const clusterKey = JSON.stringify(view.clusters);
  const byId = useMemo(() => new Map((all ?? []).map((f) => [f.id, f])), [all]);
  const clusterData = useMemo(
    () => ({
      type: 'FeatureCollection' as const,
      features: view.clusters.map((c) => ({
        type: 'Feature' as const,
        properties: {
          id: `cluster-${c.clusterId}`,
          count: c.count,
          ids: c.ids.join(','),
          pie: pieId(categoryCounts(c.ids, byId)),
        },
        geometry: { type: 'Point' as const, coordinates: [c.lon, c.lat] },
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value on purpose (see above)
    [clusterKey, byId],
  );
  // The bubbles' category rings are drawn on demand, one image per mix.
  useEffect(
    () =>
      map.provideImages((id) => {
        const image = pieImage(id);
        return image && { ...image, pixelRatio: PIE_PIXEL_RATIO };
      }),
    [map],
  );
  const clusterSpecs = useMemo(() => clusterLayers(scale), [scale]);
  useLayerHover(LAYER.facilities);

  const data = useMemo(() => (all ? { type: 'FeatureCollection' as const, features: all } : null), [all]);
  if (!data) return null;
  const spec = (id: string) => specs.find((l) => l.id === id);
  const circles = spec(LAYER.facilities);
  const hover = spec(LAYER.facilityHover);
  const ring = spec(LAYER.facilitySelected);
  const labels = spec(LAYER.facilityLabels);

  const onClick = (event: MapPointerEvent) => {
    // While the radius tool waits for a point, a click sets the centre and nothing else.
    if (useStore.getState().picking) return;
    const ids = map.featureIdsNear(LAYER.facilities, event.point, STACK_RADIUS_PX);
    if (ids.length > 1) setStack({ ids, point: event.point });
    else {
      setStack(null);
      select(event.featureId ?? ids[0] ?? null);
    }
  };

  const onClusterClick = (event: MapPointerEvent) => {
    if (useStore.getState().picking) return;
    const cluster = view.clusters.find((c) => `cluster-${c.clusterId}` === event.featureId);
    if (!cluster) return;
    // Always in, never out: at least one level past the current one, even if the bubble was drawn for
    // another zoom.
    const zoom = Math.max(cluster.expansionZoom, Math.floor(map.getCamera().zoom) + 1) + 0.5;
    map.moveTo({ lon: cluster.lon, lat: cluster.lat, zoom }, true);
  };

  return (
    <>
      <GeoJsonSource id={SOURCE.clusters} data={clusterData}>
        {clusterSpecs.map((s) => (
          <MapLayer key={s.id} spec={s} onClick={s.id === LAYER.clusters ? onClusterClick : undefined} />
        ))}
      </GeoJsonSource>
      <GeoJsonSource id={SOURCE.facilities} data={data}>
        {ring && <MapLayer spec={ring} filter={singleIdFilter(selectedId)} />}
        {hover && <MapLayer spec={hover} filter={singleIdFilter(hoveredId)} />}
        {circles && <MapLayer spec={circles} filter={filter} onClick={onClick} />}
        {labels && <MapLayer spec={labels} filter={filter} />}
        {stack && <StackChooser ids={stack.ids} point={stack.point} onClose={() => setStack(null)} />}
        <FacilityTooltip byId={byId} clusters={view.clusters} />
      </GeoJsonSource>
    </>
  );
}
