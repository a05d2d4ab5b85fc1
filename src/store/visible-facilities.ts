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

// What a facility's one test of the facets says: shown, hidden (two facets or more fail, or the radius, the
// timeline or the search: those are not facets, their counts are not shown), or the one facet it fails.
const SHOWN = 0;
const HIDDEN = -1;
const CATEGORIES_FAILED = 1;
const STATUSES_FAILED = 2;
const COUNTRIES_FAILED = 3;
const REGIONS_FAILED = 4;
const TAGS_FAILED = 5;
const OPERATORS_FAILED = 6;
const COALITION_FAILED = 7;

/** The verdict once `facet` fails too: that facet if none failed before, else hidden. */
const failing = (verdict: number, facet: number) => (verdict === SHOWN ? facet : HIDDEN);
const hasAny = <T>(values: readonly T[], chosen: ReadonlySet<T>) => values.some((v) => chosen.has(v));

/** Sets of what each facet lets through (null: the facet is open), built once per derivation. */
function facetSets(filters: FacilityFilters) {
  const open = <T>(chosen: readonly T[]) => (chosen.length === 0 ? null : new Set(chosen));
  return {
    categories: new Set(filters.categories),
    statuses: open(filters.statuses),
    countries: open(filters.countries),
    regions: open<string>(filters.regions),
    tags: open(filters.tags),
    operators: open(filters.operators),
    coalitionOnly: filters.coalitionOnly,
  };
}

/**
 * The facilities the filters leave shown (in the data's order) and the facet counts: for every option of every
 * facet, how many facilities would be shown if that option were chosen, given all the other facets as they are
 * (the usual faceted-search count). One pass, each filter tested once per facility, no allocation per facility:
 * a filter change at 100k facilities is this loop on the main thread. A facility counts for every facet when it
 * is shown, and only for the facet it fails when it fails exactly one (choosing another option of that facet
 * could show it). `within`, when the radius tool is on, holds the ids inside the circle: only those pass.
 */
export function deriveFacilities(
  features: readonly FacilityFeature[],
  filters: FacilityFilters,
  within?: DistancesById,
): { visible: FacilityFeature[]; counts: FacetCounts } {
  const counts: FacetCounts = {
    categories: new Map(),
    statuses: new Map(),
    countries: new Map(),
    regions: new Map(),
    tags: new Map(),
    operators: new Map(),
    coalition: 0,
  };
  const visible: FacilityFeature[] = [];
  const sets = facetSets(filters);
  const tokens = queryTokens(filters.query);
  for (const f of features) {
    if (within !== undefined && !within.has(f.id)) continue;
    const p = f.properties;
    const status = statusAsOf(p, filters.year);
    if (status === null || (tokens.length > 0 && !startsWords(haystack(p), tokens))) continue;
    let verdict = sets.categories.has(p.category) ? SHOWN : CATEGORIES_FAILED;
    if (sets.statuses && !sets.statuses.has(status)) verdict = failing(verdict, STATUSES_FAILED);
    if (sets.countries && !sets.countries.has(p.country)) verdict = failing(verdict, COUNTRIES_FAILED);
    if (sets.regions && !sets.regions.has(p.region)) verdict = failing(verdict, REGIONS_FAILED);
    if (sets.tags && verdict !== HIDDEN && !hasAny(p.tags, sets.tags))
      verdict = failing(verdict, TAGS_FAILED);
    if (sets.operators && !sets.operators.has(p.operator)) verdict = failing(verdict, OPERATORS_FAILED);
    if (sets.coalitionOnly && !p.coalition_member) verdict = failing(verdict, COALITION_FAILED);
    if (verdict === HIDDEN) continue;
    if (verdict === SHOWN) visible.push(f);
    const counted = (facet: number) => verdict === SHOWN || verdict === facet;
    if (counted(CATEGORIES_FAILED)) bump(counts.categories, p.category);
    if (counted(STATUSES_FAILED)) bump(counts.statuses, status);
    if (counted(COUNTRIES_FAILED)) bump(counts.countries, p.country);
    if (counted(REGIONS_FAILED)) bump(counts.regions, p.region);
    if (counted(TAGS_FAILED)) for (const t of p.tags) bump(counts.tags, t);
    if (counted(OPERATORS_FAILED)) bump(counts.operators, p.operator);
    if (p.coalition_member && counted(COALITION_FAILED)) counts.coalition++;
  }
  return { visible, counts };
}

/** How many facilities each category holds in the whole dataset. */
export function countByCategory(features: readonly FacilityFeature[]): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const f of features) bump(counts, f.properties.category);
  return counts;
}
