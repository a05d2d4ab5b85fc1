import type { FacilityFeature } from '../../src/datasets/schemas';
import { matchesQuery, statusAsOf, type FacilityFilters } from '../../src/store/visible-facilities';
import type { DistancesById } from '../../src/spatial';

/**
 * The baseline for the derivation bench: the same answer as deriveFacilities, computed record by record with a
 * set per facet and a map per count (what the app did before its numbered columns, 32c80c8).
 */
export function rowDerive(
  features: readonly FacilityFeature[],
  filters: FacilityFilters,
  within?: DistancesById,
): { visible: FacilityFeature[]; counts: Record<string, Map<string, number>> } {
  const open = <T>(chosen: readonly T[]) => (chosen.length === 0 ? null : new Set<unknown>(chosen));
  const sets = {
    categories: new Set<unknown>(filters.categories),
    statuses: open(filters.statuses),
    countries: open(filters.countries),
    regions: open(filters.regions),
    tags: open(filters.tags),
    operators: open(filters.operators),
  };
  const counts: Record<string, Map<string, number>> = {};
  const bump = (facet: string, key: string) => {
    const map = (counts[facet] ??= new Map());
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  const visible: FacilityFeature[] = [];
  for (const f of features) {
    if (within !== undefined && !within.has(f.id)) continue;
    const p = f.properties;
    const status = statusAsOf(p, filters.year);
    if (status === null || !matchesQuery(p, filters.query)) continue;
    const failed: string[] = [];
    if (!sets.categories.has(p.category)) failed.push('categories');
    if (sets.statuses && !sets.statuses.has(status)) failed.push('statuses');
    if (sets.countries && !sets.countries.has(p.country)) failed.push('countries');
    if (sets.regions && !sets.regions.has(p.region)) failed.push('regions');
    if (sets.tags && !p.tags.some((t) => sets.tags?.has(t))) failed.push('tags');
    if (sets.operators && !sets.operators.has(p.operator)) failed.push('operators');
    if (filters.coalitionOnly && !p.coalition_member) failed.push('coalition');
    if (failed.length > 1) continue;
    if (failed.length === 0) visible.push(f);
    const counted = (facet: string) => failed.length === 0 || failed[0] === facet;
    if (counted('categories')) bump('categories', p.category);
    if (counted('statuses')) bump('statuses', status);
    if (counted('countries')) bump('countries', p.country);
    if (counted('regions')) bump('regions', p.region);
    if (counted('tags')) for (const t of p.tags) bump('tags', t);
    if (counted('operators')) bump('operators', p.operator);
    if (p.coalition_member && counted('coalition')) bump('coalition', 'yes');
  }
  return { visible, counts };
}
