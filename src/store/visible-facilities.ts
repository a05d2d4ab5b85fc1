import type { FacilityFeature, FacilityProperties } from '../datasets/schemas';
import type { Category, Country, Region, Status, Tag } from '../datasets/vocabulary';
import { foldText, nameRank, queryTokens, startsWords } from '../i18n/search-text';
import { TAG_LABELS } from '../i18n/tags';
import { translate } from '../i18n/translate';
import type { ViewState } from './view-state';
import type { DistancesById } from '../spatial';

export type FacilityFilters = Pick<
  ViewState,
  | 'categories'
  | 'statuses'
  | 'countries'
  | 'regions'
  | 'tags'
  | 'operators'
  | 'coalitionOnly'
  | 'year'
  | 'query'
>;

type Dated = Pick<
  FacilityProperties,
  'status' | 'year_announced' | 'year_construction' | 'year_opened' | 'year_closed'
>;

/**
 * A facility's status at the end of `year` from its recorded years, or null when it did not exist yet
 * or has no recorded year at all (it cannot be placed on the timeline). `year` null means today.
 */
export function statusAsOf(p: Dated, year: number | null): Status | null {
  if (year === null) return p.status;
  if (p.year_closed !== undefined && p.year_closed <= year) return 'closed';
  if (p.year_opened !== undefined && p.year_opened <= year) return 'operating';
  if (p.year_construction !== undefined && p.year_construction <= year) return 'under-construction';
  if (p.year_announced !== undefined && p.year_announced <= year) return 'announced';
  return null;
}

/** Whether the record has any year, i.e. can be shown on the timeline. */
export function isDated(p: Dated): boolean {
  return [p.year_announced, p.year_construction, p.year_opened, p.year_closed].some((y) => y !== undefined);
}

const haystacks = new WeakMap<FacilityProperties, string[]>();

/**
 * Every word a search looks in, in both languages, folded once per facility: names, operator, city,
 * region, technologies and the category's name ("wafer fab", "usine de plaquettes", "university").
 */
function haystack(p: FacilityProperties): string[] {
  let words = haystacks.get(p);
  if (words === undefined) {
    words = foldText(
      [
        p.name,
        p.name_en,
        p.name_fr,
        p.operator,
        p.operator_fr,
        p.city,
        p.region,
        translate('en', `category.${p.category}`),
        translate('fr', `category.${p.category}`),
        ...p.tags,
        ...p.tags.flatMap((t) => [TAG_LABELS[t].en, TAG_LABELS[t].fr]),
      ]
        .filter(Boolean)
        .join(' '),
    ).split(' ');
    haystacks.set(p, words);
  }
  return words;
}

/**
 * Whether a facility matches a search query: every word of the query starts a word of what the facility
 * is searched by, accents and case folded ("GaN" finds gallium-nitride sites, not "Morgan").
 */
export function matchesQuery(p: FacilityProperties, query: string): boolean {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return true;
  return startsWords(haystack(p), tokens);
}

/**
 * How well a facility answers a query, for ordering suggestions (lower is better): its names' rank
 * (see nameRank: 0 to 2), 3 when only other fields match.
 */
export function searchRank(p: FacilityProperties, query: string): number {
  return nameRank([p.name, p.name_en, p.name_fr], query);
}

type Facet = 'categories' | 'statuses' | 'countries' | 'regions' | 'tags' | 'operators' | 'coalitionOnly';

/** Why a facility is not shown: nothing (shown), one facet, or several / a non-facet reason. */
type Verdict = { status: Status } & ({ failed: null } | { failed: Facet } | { failed: 'many' });

/**
 * Runs each filter test once on one facility. The radius, the timeline and the search are not facets
 * (their counts are not shown), so failing them is 'many'; so is failing two facets.
 */
function judge(
  f: FacilityFeature,
  filters: FacilityFilters,
  within: DistancesById | undefined,
): Verdict | null {
  const p = f.properties;
  if (within !== undefined && !within.has(f.id)) return null;
  const status = statusAsOf(p, filters.year);
  if (status === null || !matchesQuery(p, filters.query)) return null;
  const any = <T>(chosen: readonly T[], value: T) => chosen.length === 0 || chosen.includes(value);
  let failed: Facet | null = null;
  const check = (facet: Facet, ok: boolean): boolean => {
    if (ok) return true;
    if (failed !== null) return false;
    failed = facet;
    return true;
  };
  const passed =
    check('categories', filters.categories.includes(p.category)) &&
    check('statuses', any(filters.statuses, status)) &&
    check('countries', any(filters.countries, p.country)) &&
    check('regions', any(filters.regions, p.region)) &&
    check('tags', filters.tags.length === 0 || p.tags.some((t) => filters.tags.includes(t))) &&
    check('operators', any(filters.operators, p.operator)) &&
    check('coalitionOnly', !filters.coalitionOnly || p.coalition_member);
  return passed ? { status, failed } : { status, failed: 'many' };
}

/**
 * The facilities the map and the list show for the given filters, in the data's order. `within`, when
 * the radius tool is on, holds the ids inside the circle (with their distances): only those pass.
 */
export function visibleFacilities(
  features: readonly FacilityFeature[],
  filters: FacilityFilters,
  within?: DistancesById,
): FacilityFeature[] {
  return features.filter((f) => judge(f, filters, within)?.failed === null);
}

export interface FacetCounts {
  categories: Map<Category, number>;
  statuses: Map<Status, number>;
  countries: Map<Country, number>;
  regions: Map<Region, number>;
  tags: Map<Tag, number>;
  operators: Map<string, number>;
  coalition: number;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * For every option of every facet, how many facilities would be shown if that option were chosen,
 * given all the other facets as they are (the usual faceted-search count).
 */
export function facetCounts(
  features: readonly FacilityFeature[],
  filters: FacilityFilters,
  within?: DistancesById,
): FacetCounts {
  const counts: FacetCounts = {
    categories: new Map(),
    statuses: new Map(),
    countries: new Map(),
    regions: new Map(),
    tags: new Map(),
    operators: new Map(),
    coalition: 0,
  };
  // One pass: a facility counts for every facet when it is shown, and only for the facet it fails
  // when it fails exactly one (choosing another option of that facet could show it).
  for (const f of features) {
    const verdict = judge(f, filters, within);
    if (verdict === null || verdict.failed === 'many') continue;
    const p = f.properties;
    const counted = (facet: Facet) => verdict.failed === null || verdict.failed === facet;
    if (counted('categories')) bump(counts.categories, p.category);
    if (counted('statuses')) bump(counts.statuses, verdict.status);
    if (counted('countries')) bump(counts.countries, p.country);
    if (counted('regions')) bump(counts.regions, p.region);
    if (counted('tags')) for (const t of p.tags) bump(counts.tags, t);
    if (counted('operators')) bump(counts.operators, p.operator);
    if (p.coalition_member && counted('coalitionOnly')) counts.coalition++;
  }
  return counts;
}

/** How many facilities each category holds in the whole dataset. */
export function countByCategory(features: readonly FacilityFeature[]): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const f of features) bump(counts, f.properties.category);
  return counts;
}
