import type { FilterSpecification } from 'maplibre-gl';

/** The filter of a highlight ring: one facility, or nothing. */
export function singleIdFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}
