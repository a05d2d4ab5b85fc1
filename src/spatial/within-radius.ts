import { cachedPointIndex } from './point-index';
import type { RadiusMatches } from './radius-matches';
import type { PointFeature, RadiusHit } from './types';

/**
 * Features of `features` whose geodesic (WGS84) distance from `center` ([lon, lat]) is at most
 * `radiusKm` km, as `{ id, distanceKm }` sorted by distance, ties by id. The spatial index is built on
 * the first call for a given array and reused while that array lives, so do not mutate it afterwards.
 * Throws on an invalid feature, centre or radius.
 */
export function withinRadius(
  features: readonly PointFeature[],
  center: readonly number[],
  radiusKm: number,
): RadiusHit[] {
  return cachedPointIndex(features, 'withinRadius').withinRadius(center, radiusKm);
}

/**
 * The features of `features` within `radiusKm` km (geodesic, WGS84) of `center`, decided exactly, as a
 * read-only map from id to distance in km, each distance computed when first read (see RadiusMatches). The
 * index is cached as for {@link withinRadius}. Throws on an invalid feature, centre or radius.
 */
export function radiusMatches(
  features: readonly PointFeature[],
  center: readonly number[],
  radiusKm: number,
): RadiusMatches {
  return cachedPointIndex(features, 'radiusMatches').matchesWithinRadius(center, radiusKm);
}
