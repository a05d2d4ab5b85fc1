import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import { useMapHandle } from './map-context';
import type { SourceClusterOptions } from './map-handle';

interface GeoJsonSourceProps {
  id: string;
  data: GeoJSONSourceSpecification['data'];
  /** Clusters the source's points in MapLibre's worker; fixed when the source is added. */
  cluster?: SourceClusterOptions | undefined;
  children?: ReactNode;
}

/**
 * A GeoJSON source. `setData` runs only when `data` itself changes (a new object), never on a re-render with
 * the same data. Children (its layers) render once the source exists.
 */
export function GeoJsonSource({ id, data, cluster, children }: GeoJsonSourceProps) {
  const map = useMapHandle();
  const [ready, setReady] = useState(false);
  const added = useRef<GeoJSONSourceSpecification['data'] | null>(null);

  // The cluster options are read once, when the source is added (MapLibre fixes them there too).
  const add = useEffectEvent((data: GeoJSONSourceSpecification['data']) =>
    // promoteId lets feature-state and filters address features by our string ids.
    map.addSource(id, {
      type: 'geojson',
      data,
      promoteId: 'id',
      ...(cluster
        ? {
            cluster: true,
            clusterRadius: cluster.radius,
            clusterMaxZoom: cluster.maxZoom,
            clusterMinPoints: 2,
            clusterProperties: cluster.properties ?? {},
          }
        : {}),
    }),
  );

  useEffect(() => {
    if (added.current === null) {
      add(data);
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
