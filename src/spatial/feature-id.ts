import type { FeatureId, PointFeature } from './types';
import { checkPosition, showValue } from './validate';

/**
 * The id of a feature: `feature.id`, else `properties.id`. Throws when neither is a non-empty string
 * or a finite number, naming `where` (e.g. `withinRadius: features[3]`).
 */
export function featureId(feature: PointFeature, where: string): FeatureId {
  const own: unknown = feature.id;
  const props: unknown = feature.properties;
  const fromProps: unknown =
    typeof props === 'object' && props !== null && 'id' in props ? props.id : undefined;
  const id = own ?? fromProps;
  if ((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))) return id;
  throw new Error(
    `${where} has no id: set feature.id or properties.id to a non-empty string or a finite number, got ${showValue(id)}`,
  );
}

/** Reads a Point feature's [lon, lat], with a message naming `where` when it is not valid. */
export function featurePosition(fn: string, where: string, feature: PointFeature): readonly [number, number] {
  const geometry: unknown = feature.geometry;
  if (
    typeof geometry !== 'object' ||
    geometry === null ||
    !('type' in geometry) ||
    geometry.type !== 'Point'
  ) {
    throw new Error(`${fn}: ${where}.geometry must be a Point`);
  }
  return checkPosition(fn, `${where}.geometry.coordinates`, feature.geometry.coordinates);
}

/**
 * Total order on ids, used to break distance ties so results are stable: numbers before strings,
 * numbers numerically, strings by UTF-16 code units (locale-independent, unlike localeCompare).
 */
export function compareIds(a: FeatureId, b: FeatureId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
