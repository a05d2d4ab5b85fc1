// Public API of src/spatial: pure functions (no React, no DOM, no network) for Node, tests and workers.
export type { DistancesById, FeatureId, LonLat, PointFeature, RadiusHit } from './types';
export { geodesicDistanceKm, geodesicDestination, lineLengthKm } from './geodesic';
export { createPointIndex, getPointIndex, RADIUS_TOLERANCE_KM, type PointIndex } from './point-index';
export { radiusMatches, withinRadius } from './within-radius';
export type { RadiusMatches } from './radius-matches';
export { loadBorder, type PreparedBorder } from './border';
export { distanceToBorderKm, type BorderDistance } from './distance-to-border';
export {
  crossBorderLinks,
  type CountryProperties,
  type CrossBorderLink,
  type CrossBorderOptions,
  type LinkMeasure,
} from './cross-border-links';
export { circlePolygon } from './circle-polygon';
export { KM_PER_MILE, kmToMiles, milesToKm } from './units';
