import type { FacilityFeature } from '../datasets/schemas';
import type { Category } from '../datasets/vocabulary';

export interface FacilityFilters {
  categories: readonly Category[];
}

/** The facilities the map and the list show for the given filters, in the data's order. */
export function visibleFacilities(
  features: readonly FacilityFeature[],
  filters: FacilityFilters,
): FacilityFeature[] {
  const categories = new Set(filters.categories);
  return features.filter((f) => categories.has(f.properties.category));
}

/** How many facilities each category holds (ignoring the category filter itself). */
export function countByCategory(features: readonly FacilityFeature[]): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const f of features) counts.set(f.properties.category, (counts.get(f.properties.category) ?? 0) + 1);
  return counts;
}
