import { LAYER } from './ids';

/** Every layer's place from bottom to top; layers are inserted by their components in any order. */
export const LAYER_ORDER: readonly string[] = [
  LAYER.background,
  LAYER.land,
  LAYER.water,
  LAYER.waterLines,
  LAYER.admin1,
  LAYER.border,
  LAYER.routesCasing,
  LAYER.routeSelected,
  LAYER.routes,
  LAYER.routesHit,
  LAYER.radiusFill,
  LAYER.radiusLine,
  LAYER.pairs,
  LAYER.nodes,
  LAYER.nodeSelected,
  LAYER.facilities,
  LAYER.clusters,
  LAYER.clusterRings,
  LAYER.clusterCounts,
  LAYER.facilityHover,
  LAYER.facilitySelectedCircle,
  LAYER.facilitySelected,
  LAYER.cities,
  LAYER.nodeLabels,
  LAYER.facilityLabels,
  LAYER.facilitySelectedLabel,
];

/**
 * The id of the layer a new layer must be inserted before, so the stack matches LAYER_ORDER whatever
 * order the data arrives in: the first layer above it that is already on the map, or undefined (top).
 */
export function beforeIdFor(layerId: string, isPresent: (id: string) => boolean): string | undefined {
  const index = LAYER_ORDER.indexOf(layerId);
  if (index < 0) throw new Error(`beforeIdFor: layer "${layerId}" has no place in LAYER_ORDER`);
  return LAYER_ORDER.slice(index + 1).find(isPresent);
}
