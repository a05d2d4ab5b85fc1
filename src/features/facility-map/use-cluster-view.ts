import { useEffect, useMemo, useState } from 'react';
import type { FacilityFeature } from '../../datasets/schemas';
import { createClusters, type ClusterView } from '../../spatial';
import { useMapHandle } from '../../map/map-context';

/**
 * The clusters and single points to draw for the shown facilities at the map's current integer zoom.
 * The grouping is rebuilt when the shown set or the selection changes and re-read when the zoom level
 * changes; `keepOut` (the selected facility) always stays a single point.
 */
export function useClusterView(visible: readonly FacilityFeature[], keepOut: string | null): ClusterView {
  const map = useMapHandle();
  const [zoom, setZoom] = useState(() => Math.floor(map.getCamera().zoom));
  useEffect(() => map.onMoveEnd((camera) => setZoom(Math.floor(camera.zoom))), [map]);
  // The selected facility is never hidden in a bubble: it is drawn on its own, with its ring.
  const shown = useMemo(() => visible.find((f) => f.id === keepOut), [visible, keepOut]);
  const clusters = useMemo(
    () => createClusters(shown ? visible.filter((f) => f !== shown) : visible),
    [visible, shown],
  );
  return useMemo(() => {
    const view = clusters.at(zoom);
    return shown ? { clusters: view.clusters, singles: [...view.singles, shown.id] } : view;
  }, [clusters, zoom, shown]);
}
