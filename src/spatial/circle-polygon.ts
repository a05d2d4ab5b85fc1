import type { Feature, Polygon } from 'geojson';
import { geodesicDestination } from './geodesic';
import { checkKm, checkPosition } from './validate';

/**
 * A GeoJSON Polygon approximating the circle of `radiusKm` km around `center` ([lon, lat]), for
 * display. Its vertices are WGS84 geodesic destinations, not turf's spherical `circle`, so the drawn
 * ring agrees with {@link withinRadius}: with turf's a point just inside the ring could be left out of
 * the answer (~0.3 km apart at 100 km). Vertices go clockwise from north; longitudes are unrolled past
 * ±180. Meant for radii well short of a pole or the antipode (the corridor's tens to hundreds of km).
 */
export function circlePolygon(center: readonly number[], radiusKm: number, steps = 128): Feature<Polygon> {
  const origin = checkPosition('circlePolygon', 'center', center);
  checkKm('circlePolygon', 'radiusKm', radiusKm);
  if (!Number.isInteger(steps) || steps < 3) {
    throw new Error(`circlePolygon: steps must be an integer ≥ 3, got ${steps}`);
  }
  const ring: [number, number][] = [];
  for (let i = 0; i < steps; i++) {
    const [lon, lat] = geodesicDestination(origin, (360 * i) / steps, radiusKm);
    ring.push([lon, lat]);
  }
  const first = ring[0];
  if (first !== undefined) ring.push([first[0], first[1]]);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}
