import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { distance as sphericalKm } from 'geokdbush';
import { isPreparedBorder, type PreparedBorder } from './border';
import { inverseKm } from './geodesic';
import type { LonLat } from './types';
import { checkPosition } from './validate';

// The WGS84 geodesic is at least 0.9944 × geokdbush's spherical distance; 0.99 keeps the bound safe.
const SPHERE_TO_GEODESIC_LOWER = 0.99;

/** How far a position is from the border, and the border point that distance is measured to. */
export interface BorderDistance {
  /** Geodesic (WGS84) distance in km. */
  readonly distanceKm: number;
  /** The nearest border point, [lon, lat]. */
  readonly nearest: LonLat;
}

/**
 * Distance in km from `position` ([lon, lat]) to the nearest point of `border` (from
 * {@link loadBorder}), and that point. Turf locates the nearest point of each candidate piece on a
 * sphere; the reported distance is the WGS84 geodesic to it. That foot may slide along the line by
 * ~0.03% of the distance (3 m at 10 km), which changes the distance by under a millimetre. Pieces whose
 * bounding cap is farther than the best answer so far are skipped. Throws on an invalid position or a
 * border that did not come from loadBorder.
 */
export function distanceToBorderKm(position: readonly number[], border: PreparedBorder): BorderDistance {
  const [lon, lat] = checkPosition('distanceToBorderKm', 'position', position);
  if (!isPreparedBorder(border)) {
    throw new Error('distanceToBorderKm: border must be the result of loadBorder(featureCollection)');
  }
  const candidates = border.chunks
    .map((chunk) => ({
      chunk,
      lowerKm:
        Math.max(0, sphericalKm(lon, lat, chunk.centerLon, chunk.centerLat) - chunk.radiusKm) *
        SPHERE_TO_GEODESIC_LOWER,
    }))
    .sort((x, y) => x.lowerKm - y.lowerKm);
  let best: BorderDistance | undefined;
  for (const { chunk, lowerKm } of candidates) {
    if (best !== undefined && lowerKm >= best.distanceKm) break;
    const [nLon, nLat] = nearestPointOnLine(chunk.line, [lon, lat]).geometry.coordinates;
    if (nLon === undefined || nLat === undefined) continue;
    const distanceKm = inverseKm(lon, lat, nLon, nLat);
    if (best === undefined || distanceKm < best.distanceKm) best = { distanceKm, nearest: [nLon, nLat] };
  }
  // loadBorder refuses an empty border, so there is always a candidate.
  if (best === undefined) throw new Error('distanceToBorderKm: border has no lines');
  return best;
}
