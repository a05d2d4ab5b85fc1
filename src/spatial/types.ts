/** A position as [longitude, latitude] in WGS84 decimal degrees (GeoJSON order). */
export type LonLat = readonly [lon: number, lat: number];

/** A feature id: GeoJSON allows a string or a number. */
export type FeatureId = string | number;

/**
 * The part of a GeoJSON Point feature this module reads. Structural, so features validated elsewhere
 * (zod-inferred types, `@types/geojson`) are accepted as they are. The id is `feature.id`, or
 * `properties.id` when `feature.id` is absent.
 */
export interface PointFeature<P = unknown> {
  readonly id?: FeatureId | undefined;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly number[] };
  readonly properties?: P;
}

/** One answer of a radius query: the feature's id and its geodesic distance from the centre in km. */
export interface RadiusHit {
  readonly id: FeatureId;
  readonly distanceKm: number;
}

/** What a radius answer offers the app: whether an id is inside, and its distance in km (undefined outside). */
export type DistancesById = Pick<ReadonlyMap<FeatureId, number>, 'has' | 'get' | 'size'>;
