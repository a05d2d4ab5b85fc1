import KDBush from 'kdbush';
import { compareIds, featureId, featurePosition } from './feature-id';
import { inverseKm } from './geodesic';
import { RadiusMatches } from './radius-matches';
import type { FeatureId, PointFeature, RadiusHit } from './types';
import { checkKm, checkPosition, showValue } from './validate';

/**
 * A point at exactly the radius (built with GeographicLib's Direct) comes back from Inverse a few
 * picometres off either way; 1 µm of slack makes "on the circle" count as inside, as users expect.
 */
export const RADIUS_TOLERANCE_KM = 1e-9;

/** The sphere the cheap distances are measured on (geokdbush's too), in km. */
const SPHERE_KM = 6371;
/**
 * How far the WGS84 geodesic s can be from the great-circle distance d on that sphere (same latitudes and
 * longitudes). The ellipsoid's local scales, M (meridian) and N (prime vertical), stay within
 * [6335.44, 6399.59] km, so every path is between 0.99442 and 1.00449 times as long on the ellipsoid as on the
 * sphere, and so is the shortest: 0.99442·d ≤ s ≤ 1.00449·d. A factor of 1.01 each way plus 1 m covers that
 * and floating-point rounding: outside [d / 1.01 − 1 m, 1.01·d + 1 m] the sphere decides alone.
 */
const SHELL_FACTOR = 1.01;
const SHELL_MARGIN_KM = 0.001;
const RAD = Math.PI / 180;

/** Points of one dataset, validated once, with their kd-tree. Internal to src/spatial. */
export interface PointSet {
  readonly ids: readonly FeatureId[];
  readonly lons: Float64Array;
  readonly lats: Float64Array;
  /** cos(latitude) of each point, for the haversine. */
  readonly cosLats: Float64Array;
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
  const cosLats = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    tree.add(lons[i] ?? 0, lats[i] ?? 0);
    cosLats[i] = Math.cos((lats[i] ?? 0) * RAD);
  }
  tree.finish();
  return { ids, lons, lats, cosLats, tree };
}

/**
 * Calls `visit` with every point of `set` within `angle` radians of (lon, lat) on the sphere, and maybe a few
 * more: the kd-tree's bounding boxes of that spherical cap (two when it crosses the antimeridian, the whole
 * longitude range when it holds a pole).
 */
function visitCap(set: PointSet, lon: number, lat: number, angle: number, visit: (i: number) => void): void {
  if (angle >= Math.PI) {
    for (let i = 0; i < set.ids.length; i++) visit(i);
    return;
  }
  const dLat = angle / RAD;
  const south = Math.max(-90, lat - dLat);
  const north = Math.min(90, lat + dLat);
  const spread = Math.sin(angle) / Math.cos(lat * RAD);
  if (south <= -90 || north >= 90 || spread >= 1) {
    for (const i of set.tree.range(-180, south, 180, north)) visit(i);
    return;
  }
  const dLon = Math.asin(spread) / RAD;
  const west = lon - dLon;
  const east = lon + dLon;
  for (const i of set.tree.range(Math.max(-180, west), south, Math.min(180, east), north)) visit(i);
  if (west < -180) for (const i of set.tree.range(west + 360, south, 180, north)) visit(i);
  if (east > 180) for (const i of set.tree.range(-180, south, east - 360, north)) visit(i);
}

/** The points inside a radius: their positions in the set, and the exact distances already computed (km). */
export interface PointMatches {
  readonly indices: number[];
  readonly exactKm: Map<number, number>;
}

/**
 * The points of `set` within `radiusKm` (geodesic, WGS84) of (lon, lat), exactly, computing as few geodesics
 * as it can: the kd-tree proposes the points of a spherical cap a little larger than the radius, the
 * great-circle distance (a haversine) decides every point clearly inside or clearly outside, and the exact
 * geodesic decides only the thin shell between, where sphere and ellipsoid can disagree (see SHELL_FACTOR).
 * Inputs must be valid; `radiusKm` may be Infinity.
 */
export function matchPointSet(set: PointSet, lon: number, lat: number, radiusKm: number): PointMatches {
  const indices: number[] = [];
  const exactKm = new Map<number, number>();
  const limit = radiusKm + RADIUS_TOLERANCE_KM;
  const sureInside = (limit - SHELL_MARGIN_KM) / SHELL_FACTOR;
  const sureOutside = (limit + SHELL_MARGIN_KM) * SHELL_FACTOR;
  const cosLat = Math.cos(lat * RAD);
  const { lons, lats, cosLats } = set;
  visitCap(set, lon, lat, sureOutside / SPHERE_KM, (i) => {
    const pLat = lats[i] ?? 0;
    const pLon = lons[i] ?? 0;
    const sinLat = Math.sin(((pLat - lat) * RAD) / 2);
    const sinLon = Math.sin(((pLon - lon) * RAD) / 2);
    const h = sinLat * sinLat + cosLat * (cosLats[i] ?? 0) * sinLon * sinLon;
    const sphereKm = 2 * SPHERE_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    if (sphereKm <= sureInside) indices.push(i);
    else if (sphereKm <= sureOutside) {
      const d = inverseKm(lon, lat, pLon, pLat);
      if (d <= limit) {
        indices.push(i);
        exactKm.set(i, d);
      }
    }
  });
  return { indices, exactKm };
}

/**
 * Points of `set` within `radiusKm` (geodesic, WGS84) of (lon, lat) with their exact distances, unsorted.
 * Inputs must be valid; `radiusKm` may be Infinity.
 */
export function queryPointSet(set: PointSet, lon: number, lat: number, radiusKm: number): IndexedHit[] {
  const { indices, exactKm } = matchPointSet(set, lon, lat, radiusKm);
  return indices.map((index) => ({
    index,
    distanceKm: exactKm.get(index) ?? inverseKm(lon, lat, set.lons[index] ?? 0, set.lats[index] ?? 0),
  }));
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
  /**
   * The same features as `withinRadius`, decided exactly, as a map from id to distance (km) whose distances are
   * computed when first read: for counting and filtering, it computes a geodesic only near the circle. Same
   * errors as `withinRadius`.
   */
  matchesWithinRadius(center: readonly number[], radiusKm: number): RadiusMatches;
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
    matchesWithinRadius(center, radiusKm) {
      const [lon, lat] = checkPosition('matchesWithinRadius', 'center', center);
      const r = checkKm('matchesWithinRadius', 'radiusKm', radiusKm);
      return new RadiusMatches(set, lon, lat, matchPointSet(set, lon, lat, r));
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
