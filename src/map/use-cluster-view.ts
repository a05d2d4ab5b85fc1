import { useEffect, useMemo, useState } from 'react';
import type { FacilityFeature } from '../datasets/schemas';
import { createClusters, type ClusterView } from '../spatial';
import { useMapHandle } from './map-context';

/**
 * The clusters and single points to draw for the shown facilities at the map's current integer zoom.
 * The grouping is rebuilt when the shown set changes and re-read when the zoom level changes.
 */
export function useClusterView(visible: readonly FacilityFeature[]): ClusterView {
  const map = useMapHandle();
  const [zoom, setZoom] = useState(() => Math.floor(map.getCamera().zoom));
  useEffect(() => map.onMoveEnd((camera) => setZoom(Math.floor(camera.zoom))), [map]);
  const clusters = useMemo(() => createClusters(visible), [visible]);
  return useMemo(() => clusters.at(zoom), [clusters, zoom]);
}
