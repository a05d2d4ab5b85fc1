import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { compareIds, featureId, featurePosition } from './feature-id';
import { inverseKm } from './geodesic';
import type { FeatureId, PointFeature, RadiusHit } from './types';
import { checkKm, checkPosition, showValue } from './validate';

/**
 * A point at exactly the radius (built with GeographicLib's Direct) comes back from Inverse a few
 * picometres off either way; 1 µm of slack makes "on the circle" count as inside, as users expect.
 */
export const RADIUS_TOLERANCE_KM = 1e-9;

// geokdbush measures on a sphere of radius 6371 km. Against the WGS84 geodesic that sphere is off by
// at most 0.56% (north–south at the equator), so 1% plus 1 m of margin never drops a true answer.
const PREFILTER_FACTOR = 1.01;
const PREFILTER_MARGIN_KM = 0.001;
// geokdbush compares haversines, which wrap around past half the sphere's circumference: larger
// prefilter radii must scan everything instead.
const SPHERE_HALF_CIRCUMFERENCE_KM = Math.PI * 6371;

/** Points of one dataset, validated once, with their kd-tree. Internal to src/spatial. */
export interface PointSet {
  readonly ids: readonly FeatureId[];
  readonly lons: Float64Array;
  readonly lats: Float64Array;
  readonly tree: KDBush;
}

/** An internal hit: the point's position in the set and its geodesic distance in km. */
export interface IndexedHit {
  readonly index: number;
  readonly distanceKm: number;
}

/**
 * Validates features and builds their kd-tree. `fn` names the public function in error messages.
 * Throws on a non-Point geometry, an invalid position, a missing id or a duplicate id.
 */
export function buildPointSet(features: readonly PointFeature[], fn: string): PointSet {
  const n = features.length;
  const ids: FeatureId[] = [];
  const lons = new Float64Array(n);
  const lats = new Float64Array(n);
  const seen = new Set<FeatureId>();
  features.forEach((feature, i) => {
    const where = `features[${i}]`;
    const id = featureId(feature, `${fn}: ${where}`);
    if (seen.has(id)) throw new Error(`${fn}: ${where} repeats id ${showValue(id)}; ids must be unique`);
    seen.add(id);
    const [lon, lat] = featurePosition(fn, where, feature);
    ids.push(id);
    lons[i] = lon;
    lats[i] = lat;
  });
  return pointSetFromArrays(ids, lons, lats);
}

/** Builds the kd-tree over already validated points (same order in the three arrays). */
export function pointSetFromArrays(
  ids: readonly FeatureId[],
  lons: Float64Array,
  lats: Float64Array,
): PointSet {
  const n = ids.length;
  const tree = new KDBush(n);
  for (let i = 0; i < n; i++) tree.add(lons[i] ?? 0, lats[i] ?? 0);
  tree.finish();
  return { ids, lons, lats, tree };
}

/**
 * Points of `set` within `radiusKm` (geodesic, WGS84) of (lon, lat), unsorted. Inputs must be valid;
 * `radiusKm` may be Infinity. The kd-tree (spherical) only proposes candidates; the exact geodesic
 * distance decides, so the cost follows the number of answers rather than the size of the set.
 */
export function queryPointSet(set: PointSet, lon: number, lat: number, radiusKm: number): IndexedHit[] {
  const hits: IndexedHit[] = [];
  const limit = radiusKm + RADIUS_TOLERANCE_KM;
  const consider = (i: number): void => {
    const d = inverseKm(lon, lat, set.lons[i] ?? 0, set.lats[i] ?? 0);
    if (d <= limit) hits.push({ index: i, distanceKm: d });
  };
  const prefilterKm = radiusKm * PREFILTER_FACTOR + PREFILTER_MARGIN_KM;
  if (prefilterKm >= SPHERE_HALF_CIRCUMFERENCE_KM) {
    for (let i = 0; i < set.ids.length; i++) consider(i);
  } else {
    for (const i of around(set.tree, lon, lat, Infinity, prefilterKm)) consider(i);
  }
  return hits;
}

/** A radius-queryable index over one dataset of Point features, built once. */
export interface PointIndex {
  /** Number of indexed features. */
  readonly size: number;
  /**
   * Features whose geodesic (WGS84) distance from `center` ([lon, lat]) is at most `radiusKm` km,
   * sorted by distance, ties by id. Throws on an invalid centre or a radius that is not a finite
   * number ≥ 0.
   */
  withinRadius(center: readonly number[], radiusKm: number): RadiusHit[];
}

/** Builds a {@link PointIndex}: validates every feature once, then answers queries without re-reading them. */
export function createPointIndex(features: readonly PointFeature[]): PointIndex {
  return indexFromSet(buildPointSet(features, 'createPointIndex'));
}

function indexFromSet(set: PointSet): PointIndex {
  return {
    size: set.ids.length,
    withinRadius(center, radiusKm) {
      const [lon, lat] = checkPosition('withinRadius', 'center', center);
      const r = checkKm('withinRadius', 'radiusKm', radiusKm);
      return queryPointSet(set, lon, lat, r)
        .map(({ index, distanceKm }): RadiusHit => ({ id: set.ids[index] ?? '', distanceKm }))
        .sort((x, y) => x.distanceKm - y.distanceKm || compareIds(x.id, y.id));
    },
  };
}

// Datasets are immutable arrays from the query cache, so the array's identity is the cache key and an
// index lives exactly as long as its data.
const cache = new WeakMap<readonly PointFeature[], PointIndex>();

/** The {@link PointIndex} of `features`, built on first use and cached by array identity. */
export function getPointIndex(features: readonly PointFeature[]): PointIndex {
  return cachedPointIndex(features, 'getPointIndex');
}

/** {@link getPointIndex} for other entry points: `fn` names the caller in validation errors. */
export function cachedPointIndex(features: readonly PointFeature[], fn: string): PointIndex {
  let index = cache.get(features);
  if (index === undefined) {
    index = indexFromSet(buildPointSet(features, fn));
    cache.set(features, index);
  }
  return index;
}
