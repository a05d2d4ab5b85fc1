import { distance } from '@turf/turf';
import { geodesicDistanceKm, type PointFeature, type RadiusHit } from '../../src/spatial';

/** Corridor extent the synthetic points are spread over: [west, south, east, north] in degrees. */
export const CORRIDOR_BBOX = [-80, 40, -67, 49] as const;
/** The query: 100 km around Bromont ([lon, lat]). */
export const BROMONT = [-72.72, 45.3] as const;
export const RADIUS_KM = 100;
export const SIZES = [1_000, 10_000, 100_000] as const;

/** mulberry32: a tiny seeded PRNG, so every run measures the same points. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` Point features uniformly spread (in degrees) over the corridor, ids `p0`…, seeded by `n`. */
export function syntheticPoints(n: number): PointFeature[] {
  const random = mulberry32(0x5eed + n);
  const [west, south, east, north] = CORRIDOR_BBOX;
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    geometry: {
      type: 'Point' as const,
      coordinates: [west + (east - west) * random(), south + (north - south) * random()],
    },
    properties: {},
  }));
}

function idOf(feature: PointFeature): string | number {
  return feature.id ?? '';
}

/** Baseline: turf's spherical `distance` on every point, then filter and sort (what one writes without an index). */
export function naiveTurfScan(
  features: readonly PointFeature[],
  center: readonly number[],
  radiusKm: number,
): RadiusHit[] {
  return features
    .map((f) => ({ id: idOf(f), distanceKm: distance([...center], [...f.geometry.coordinates]) }))
    .filter((hit) => hit.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

/** Baseline with the same (WGS84) answer as ours: the geodesic distance to every point. */
export function naiveGeodesicScan(
  features: readonly PointFeature[],
  center: readonly number[],
  radiusKm: number,
): RadiusHit[] {
  return features
    .map((f) => ({ id: idOf(f), distanceKm: geodesicDistanceKm(center, f.geometry.coordinates) }))
    .filter((hit) => hit.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm);
}
