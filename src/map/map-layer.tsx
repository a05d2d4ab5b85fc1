import { useEffect, useRef } from 'react';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { useMapHandle } from './map-context';
import { beforeIdFor } from './layers/order';

interface MapLayerProps {
  spec: LayerSpecification;
  /** Overrides the spec's filter; changing it calls only setFilter. */
  filter?: FilterSpecification | undefined;
  onClick?: ((featureId: string | undefined) => void) | undefined;
}

/**
 * One map layer. The spec is compared by value: an equal spec re-rendered does nothing, a changed one
 * (e.g. labels in another language) replaces the layer; a changed filter is applied with setFilter.
 */
export function MapLayer({ spec, filter, onClick }: MapLayerProps) {
  const map = useMapHandle();
  const specKey = JSON.stringify(spec);
  const filterKey = JSON.stringify(filter ?? null);
  const latest = useRef({ spec, filter, onClick });
  latest.current = { spec, filter, onClick };
  const applied = useRef<string | null>(null);

  useEffect(() => {
    const { spec: current, filter: currentFilter } = latest.current;
    const layer = currentFilter === undefined ? current : { ...current, filter: currentFilter };
    // Every layer given a `filter` prop is a filterable type (circle, symbol, line, fill); the spread
    // cannot prove that to the type checker.
    map.addLayer(layer as LayerSpecification, beforeIdFor(current.id, (id) => map.hasLayer(id)));
    applied.current = JSON.stringify(currentFilter ?? null);
    return () => {
      map.removeLayer(current.id);
      applied.current = null;
    };
  }, [map, specKey]);

  useEffect(() => {
    if (applied.current === null || applied.current === filterKey) return;
    map.setFilter(spec.id, latest.current.filter ?? null);
    applied.current = filterKey;
  }, [map, spec.id, filterKey]);

  const clickable = onClick !== undefined;
  useEffect(() => {
    if (!clickable) return;
    const off = map.onLayerClick(spec.id, (event) => latest.current.onClick?.(event.featureId));
    const restore = map.usePointerCursor(spec.id);
    return () => {
      off();
      restore();
    };
  }, [map, spec.id, clickable]);

  return null;
}
