import { useMemo, useState } from 'react';
import { useVisibleFacilities } from '../features/filters/use-visible-facilities';
import { useStore } from '../store/store';
import { idFilter, singleIdFilter } from './filters';
import { GeoJsonSource } from './geojson-source';
import { facilityLayers } from './layers/data-layers';
import { LAYER, SOURCE } from './layers/ids';
import { useMapHandle } from './map-context';
import type { MapPointerEvent } from './map-handle';
import { MapLayer } from './map-layer';
import { useLayerHover } from './use-layer-hover';
import { StackChooser } from './stack-chooser';

/** Facilities closer than this on screen are one click target: the user picks among them. */
const STACK_RADIUS_PX = 6;

/**
 * The facility layers. The data is uploaded once; what the filters leave visible reaches the map as a
 * layer filter on ids (never setData). A click on facilities drawn on top of each other (many records
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
  const specs = useMemo(() => facilityLayers(lang), [lang]);
  const filter = useMemo(() => idFilter(visible.map((f) => f.id)), [visible]);
  useLayerHover(LAYER.facilities);

  const data = useMemo(() => (all ? { type: 'FeatureCollection' as const, features: all } : null), [all]);
  if (!data) return null;
  const spec = (id: string) => specs.find((l) => l.id === id);
  const circles = spec(LAYER.facilities);
  const hover = spec(LAYER.facilityHover);
  const ring = spec(LAYER.facilitySelected);
  const labels = spec(LAYER.facilityLabels);

  const onClick = (event: MapPointerEvent) => {
    const ids = map.featureIdsNear(LAYER.facilities, event.point, STACK_RADIUS_PX);
    if (ids.length > 1) setStack({ ids, point: event.point });
    else {
      setStack(null);
      select(event.featureId ?? ids[0] ?? null);
    }
  };

  return (
    <GeoJsonSource id={SOURCE.facilities} data={data}>
      {ring && <MapLayer spec={ring} filter={singleIdFilter(selectedId)} />}
      {hover && <MapLayer spec={hover} filter={singleIdFilter(hoveredId)} />}
      {circles && <MapLayer spec={circles} filter={filter} onClick={onClick} />}
      {labels && <MapLayer spec={labels} filter={filter} />}
      {stack && <StackChooser ids={stack.ids} point={stack.point} onClose={() => setStack(null)} />}
    </GeoJsonSource>
  );
}
