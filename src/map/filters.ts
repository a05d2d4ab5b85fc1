import type { FilterSpecification } from 'maplibre-gl';
import type { Category } from '../datasets/vocabulary';

/** The filter that shows only facilities in the given categories (an empty list shows none). */
export function categoryFilter(categories: readonly Category[]): FilterSpecification {
  return ['in', ['get', 'category'], ['literal', [...categories]]];
}

/** The filter of the selection ring: the selected facility, or nothing. */
export function selectedFilter(selectedId: string | null): FilterSpecification {
  return ['==', ['get', 'id'], selectedId ?? ''];
}
