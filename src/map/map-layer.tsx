import { useEffect, useEffectEvent, useRef } from 'react';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { useMapHandle } from './map-context';
import type { MapPointerEvent } from './map-handle';
import { beforeIdFor } from './layers/order';

interface MapLayerProps {
  spec: LayerSpecification;
  /** Overrides the spec's filter; changing it calls only setFilter. */
  filter?: FilterSpecification | undefined;
  onClick?: ((event: MapPointerEvent) => void) | undefined;
}

/**
 * One map layer. The spec is compared by value: an equal spec re-rendered does nothing, a changed one
 * (e.g. labels in another language) replaces the layer; a changed filter is applied with setFilter.
 */
export function MapLayer({ spec, filter, onClick }: MapLayerProps) {
  const map = useMapHandle();
  const specKey = JSON.stringify(spec);
  const filterKey = JSON.stringify(filter ?? null);
  const appliedFilter = useRef<string | null>(null);

  const addLayer = useEffectEvent(() => {
    // Every layer given a `filter` prop is a filterable type (circle, symbol, line, fill); the spread
    // cannot prove that to the type checker.
    const layer = filter === undefined ? spec : ({ ...spec, filter } as LayerSpecification);
    map.addLayer(
      layer,
      beforeIdFor(spec.id, (id) => map.hasLayer(id)),
    );
    appliedFilter.current = filterKey;
    return spec.id;
  });
  const applyFilter = useEffectEvent(() => {
    if (appliedFilter.current === null || appliedFilter.current === filterKey) return;
    map.setFilter(spec.id, filter ?? null);
    appliedFilter.current = filterKey;
  });
  const handleClick = useEffectEvent((event: MapPointerEvent) => onClick?.(event));

  useEffect(() => {
    const id = addLayer();
    return () => {
      map.removeLayer(id);
      appliedFilter.current = null;
    };
  }, [map, specKey]);

  useEffect(() => applyFilter(), [map, filterKey]);

  const clickable = onClick !== undefined;
  useEffect(() => {
    if (!clickable) return;
    const off = map.onLayerClick(spec.id, (event) => handleClick(event));
    const restore = map.showPointerCursor(spec.id);
    return () => {
      off();
      restore();
    };
  }, [map, spec.id, clickable]);

  return null;
}
