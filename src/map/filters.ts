import type { FilterSpecification } from 'maplibre-gl';

/**
 * Shows only the features whose `id` is in `ids`. A `match` with literal labels compiles to a hash
 * lookup in MapLibre, so the cost per feature stays constant with thousands of ids (an `in` over a
 * literal array would scan it for every feature).
 */
export function idFilter(ids: readonly string[]): FilterSpecification {
  if (ids.length === 0) return ['boolean', false];
  return ['match', ['get', 'id'], [...ids], true, false];
}

/** The filter of a highlight ring: one facility, or nothing. */
export function singleIdFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}
