import Supercluster from 'supercluster';
import type { FeatureId, PointFeature } from './types';
import { featureId } from './feature-id';

/** A group of nearby points drawn as one bubble at a zoom level. */
export interface Cluster {
  readonly kind: 'cluster';
  readonly clusterId: number;
  readonly lon: number;
  readonly lat: number;
  readonly count: number;
  /** The zoom at which the group starts to split. */
  readonly expansionZoom: number;
  /** The ids of the points in the group. */
  readonly ids: FeatureId[];
}

export interface ClusterView {
  clusters: Cluster[];
  /** Ids of the points drawn on their own at this zoom (not inside a cluster). */
  singles: FeatureId[];
}

export interface ClusterOptions {
  /** Cluster radius in screen pixels (at 512-px tiles). Default 24. */
  radiusPx?: number;
  /** Above this zoom nothing is clustered. Default 9. */
  maxZoom?: number;
}

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

/**
 * Groups points for display at each zoom level (supercluster: a hierarchical greedy clustering in
 * screen space). Build once per set of shown points; `at(zoom)` then answers for the whole world, so
 * the answer depends only on the integer zoom, not on panning.
 */
export function createClusters(
  features: readonly PointFeature[],
  options: ClusterOptions = {},
): { at: (zoom: number) => ClusterView } {
  const index = new Supercluster<{ id: FeatureId }>({
    radius: options.radiusPx ?? 24,
    maxZoom: options.maxZoom ?? 9,
    minPoints: 2,
  });
  index.load(
    features.map((f, i) => {
      const id = featureId(f, `createClusters: feature ${i}`);
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      return { type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [lon, lat] } };
    }),
  );
  return {
    at(zoom) {
      const clusters: Cluster[] = [];
      const singles: FeatureId[] = [];
      for (const item of index.getClusters(WORLD, Math.floor(zoom))) {
        const [lon = 0, lat = 0] = item.geometry.coordinates;
        if ('cluster' in item.properties && item.properties.cluster) {
          const clusterId = item.properties.cluster_id;
          clusters.push({
            kind: 'cluster',
            clusterId,
            lon,
            lat,
            count: item.properties.point_count,
            expansionZoom: index.getClusterExpansionZoom(clusterId),
            ids: index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.id),
          });
        } else if ('id' in item.properties) {
          singles.push(item.properties.id);
        }
      }
      return { clusters, singles };
    },
  };
}
