import type { CountryProperties, FeatureId, PointFeature } from '../../../src/spatial';

/** A GeoJSON Point feature with `feature.id`, for building test datasets from fixture positions. */
export function pointFeature(id: FeatureId, position: readonly number[]): PointFeature {
  return { id, geometry: { type: 'Point', coordinates: position }, properties: {} };
}

/** A facility feature; the country string from a JSON fixture is checked, not cast. */
export function facilityFeature(
  id: string,
  country: string,
  position: readonly number[],
): PointFeature<CountryProperties> {
  if (country !== 'CA' && country !== 'US') throw new Error(`fixture facility ${id} has country ${country}`);
  return { id, geometry: { type: 'Point', coordinates: position }, properties: { country } };
}
