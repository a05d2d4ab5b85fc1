import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import { useMapHandle } from './map-context';

interface GeoJsonSourceProps {
  id: string;
  data: GeoJSONSourceSpecification['data'];
  children?: ReactNode;
}

/**
 * A GeoJSON source. `setData` runs only when `data` itself changes (a new object from the query
 * cache), never on a filter change. Children (its layers) render once the source exists.
 */
export function GeoJsonSource({ id, data, children }: GeoJsonSourceProps) {
  const map = useMapHandle();
  const [ready, setReady] = useState(false);
  const added = useRef<GeoJSONSourceSpecification['data'] | null>(null);

  useEffect(() => {
    if (added.current === null) {
      // promoteId lets feature-state and filters address features by our string ids.
      map.addSource(id, { type: 'geojson', data, promoteId: 'id' });
      added.current = data;
      setReady(true);
    } else if (added.current !== data) {
      map.setSourceData(id, data);
      added.current = data;
    }
  }, [map, id, data]);

  useEffect(
    () => () => {
      map.removeSource(id);
      added.current = null;
    },
    [map, id],
  );

  return ready ? children : null;
}
