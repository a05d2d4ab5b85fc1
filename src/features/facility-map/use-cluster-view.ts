import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FacilityFeature } from '../../datasets/schemas';
import { useMapHandle } from '../../map/map-context';
import { createClusters, type ClusterView } from '../../spatial';

/**
 * The map's integer zoom level, read from the map itself (not remembered from the last move): a link that
 * opens at its own camera is clustered for that camera, even when the map jumped there before anything
 * subscribed to its moves.
 */
export function useZoomLevel(): number {
  const map = useMapHandle();
  const subscribe = useCallback((onChange: () => void) => map.onMoveEnd(() => onChange()), [map]);
  return useSyncExternalStore(subscribe, () => Math.floor(map.getCamera().zoom));
}

/**
 * The clusters and single points to draw for the shown facilities at the map's current integer zoom.
 * The grouping is rebuilt when the shown set or the selection changes and re-read when the zoom level
 * changes; `keepOut` (the selected facility) always stays a single point.
 */
export function useClusterView(visible: readonly FacilityFeature[], keepOut: string | null): ClusterView {
  const zoom = useZoomLevel();
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
