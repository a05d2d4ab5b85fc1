import { useEffect } from 'react';
import { useStore } from '../../store/store';
import { useMapHandle } from '../../map/map-context';

/** Hovering a feature of `layerId` on the map marks it as hovered in the store (the list highlights it). */
export function useLayerHover(layerId: string): void {
  const map = useMapHandle();
  const setHovered = useStore((s) => s.setHovered);
  useEffect(() => map.onLayerHover(layerId, setHovered), [map, layerId, setHovered]);
}
