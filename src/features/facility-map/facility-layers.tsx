import { useCallback, useEffect, useMemo, useState } from 'react';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { useStore } from '../../store/store';
import { GeoJsonSource } from '../../map/geojson-source';
import { clusterLayers, FACILITY_CLUSTERS, facilityLayers } from './facility-layer-specs';
import { LAYER, SOURCE } from '../../map/layers/ids';
import { useMapHandle } from '../../map/map-context';
import type { MapPointerEvent } from '../../map/map-handle';
import { MapLayer } from '../../map/map-layer';
import { useLayerHover } from './use-layer-hover';
import { StackChooser } from './stack-chooser';
import { PRESENT_SCALE } from '../presenter/present-scale';
import { pieImage, PIE_PIXEL_RATIO } from './cluster-pie';
import { FacilityTooltip } from './facility-tooltip';
import { mapCollection, shownCollection } from './map-features';

/** Facilities closer than this on screen are one click target: the user picks among them. */
const STACK_RADIUS_PX = 6;
/** The layers a click or a hover can find a facility on: the shown ones and the selected one. */
const FACILITY_HIT_LAYERS = [LAYER.facilities, LAYER.facilitySelectedCircle];

/**
 * The facility layers. The map is given the facilities the filters leave shown (only the fields it draws), in
 * one source that MapLibre clusters in its worker: bubbles with their counts by category where points crowd,
 * single facilities elsewhere, redone for each zoom level and each change of the shown set without a pass on
 * the main thread. A layer filter cannot do that job: MapLibre filters layers after clustering, so bubbles
 * would still count the hidden facilities. The selected facility is left out of the clusters and drawn from a
 * source of its own, so it is never hidden in a bubble. A click on a bubble zooms in to split it; a click on
 * facilities drawn on top of each other (many records are placed at their city's coordinates) opens a chooser
 * instead of picking one at random.
 */
export function FacilityLayers() {
  const map = useMapHandle();
  const { all, shown: shownMask } = useVisibleFacilities();
  const lang = useStore((s) => s.lang);
  const selectedId = useStore((s) => s.selectedId);
  const hoveredId = useStore((s) => s.hoveredId);
  const select = useStore((s) => s.select);
  const [stack, setStack] = useState<{ ids: string[]; point: [number, number] } | null>(null);
  const scale = useStore((s) => (s.present ? PRESENT_SCALE : 1));
  const specs = useMemo(() => facilityLayers(lang, scale), [lang, scale]);
  const clusterSpecs = useMemo(() => clusterLayers(scale), [scale]);
  // Where each facility is in the loaded array (the shown mask is by position).
  const indexById = useMemo(() => new Map((all ?? []).map((f, i) => [f.id, i])), [all]);
  const find = useCallback(
    (id: string) => {
      const i = indexById.get(id);
      return i === undefined ? undefined : all?.[i];
    },
    [all, indexById],
  );
  const selectedAt = selectedId === null ? undefined : indexById.get(selectedId);
  const shown = useMemo(
    () => shownCollection(all ?? [], shownMask, selectedAt),
    [all, shownMask, selectedAt],
  );
  // Sent again only when the selected facility itself changes (or is filtered out), not on every filter change.
  const selectedShown =
    selectedAt !== undefined && shownMask[selectedAt] === 1 ? all?.[selectedAt] : undefined;
  const selected = useMemo(() => mapCollection([selectedShown]), [selectedShown]);
  const hoveredFeature = hoveredId === null ? undefined : find(hoveredId);
  const hovered = useMemo(() => mapCollection([hoveredFeature]), [hoveredFeature]);
  // The bubbles' category rings are drawn on demand, one image per mix.
  useEffect(
    () =>
      map.provideImages((id) => {
        const image = pieImage(id);
        return image && { ...image, pixelRatio: PIE_PIXEL_RATIO };
      }),
    [map],
  );
  useLayerHover(LAYER.facilities);

  if (!all) return null;
  const spec = (id: string) => specs.find((l) => l.id === id);

  const onClick = (event: MapPointerEvent) => {
    // While the radius tool waits for a point, a click sets the centre and nothing else.
    if (useStore.getState().picking) return;
    const ids = map.featureIdsNear(FACILITY_HIT_LAYERS, event.point, STACK_RADIUS_PX);
    if (ids.length > 1) setStack({ ids, point: event.point });
    else {
      setStack(null);
      select(event.featureId ?? ids[0] ?? null);
    }
  };

  const onClusterClick = (event: MapPointerEvent) => {
    const clusterId = event.properties?.['cluster_id'];
    if (useStore.getState().picking || typeof clusterId !== 'number') return;
    const [lon, lat] = event.coordinates ?? event.lngLat;
    // Always in, never out: at least one level past the one the click was made at, even if the camera moved
    // on meanwhile.
    const zoomedFrom = Math.floor(map.getCamera().zoom);
    void map
      .clusterExpansionZoom(SOURCE.facilities, clusterId)
      .catch(() => zoomedFrom + 1)
      .then((expansion) => {
        const zoom = Math.max(expansion, Math.floor(map.getCamera().zoom) + 1, zoomedFrom + 1) + 0.5;
        map.moveTo({ lon, lat, zoom }, true);
      });
  };

  const layer = (id: string, extra: Omit<Parameters<typeof MapLayer>[0], 'spec'> = {}) => {
    const s = spec(id) ?? clusterSpecs.find((l) => l.id === id);
    return s && <MapLayer key={id} spec={s} {...extra} />;
  };

  return (
    <>
      <GeoJsonSource id={SOURCE.facilities} data={shown} cluster={FACILITY_CLUSTERS}>
        {layer(LAYER.clusters, { onClick: onClusterClick })}
        {layer(LAYER.clusterRings)}
        {layer(LAYER.clusterCounts)}
        {layer(LAYER.facilities, { onClick })}
        {layer(LAYER.facilityLabels)}
        {stack && <StackChooser ids={stack.ids} point={stack.point} onClose={() => setStack(null)} />}
        <FacilityTooltip find={find} />
      </GeoJsonSource>
      <GeoJsonSource id={SOURCE.facilityHover} data={hovered}>
        {layer(LAYER.facilityHover)}
      </GeoJsonSource>
      <GeoJsonSource id={SOURCE.facilitySelected} data={selected}>
        {layer(LAYER.facilitySelectedCircle, { onClick })}
        {layer(LAYER.facilitySelected)}
        {layer(LAYER.facilitySelectedLabel)}
      </GeoJsonSource>
    </>
  );
}
