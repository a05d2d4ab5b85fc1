import { CATEGORIES, COUNTRIES, REGION_CODES, STATUSES, TAGS } from '../../datasets/vocabulary';
import type { EmbedFilters, EmbedView } from '../../embed/protocol';
import type { Store } from '../../store/store';
import { serializeView } from '../../store/url-codec';
import { pickView } from '../../store/url-sync';
import type { ViewState } from '../../store/view-state';

/** The filters part of the view, as the protocol reports it. */
export function filtersOf(state: ViewState): Required<EmbedFilters> {
  return {
    categories: [...state.categories],
    statuses: [...state.statuses],
    countries: [...state.countries],
    regions: [...state.regions],
    tags: [...state.tags],
    query: state.query,
    coalitionOnly: state.coalitionOnly,
  };
}

/** The view as the protocol reports it: the link's query string and its parts. */
export function viewOf(state: Store): EmbedView {
  const view = pickView(state);
  return {
    query: serializeView(view),
    lang: view.lang,
    selectedId: view.selectedId,
    camera: view.camera,
    filters: filtersOf(view),
  };
}

/**
 * The store patch for a host's filters, or an error naming the values the vocabulary does not have (the
 * host's promise rejects with it; nothing changes). Lists given replace the current ones; others stay.
 */
export function filtersPatch(filters: EmbedFilters): { patch: Partial<ViewState> } | { error: string } {
  const unknown: string[] = [];
  const pick = <T extends string>(name: string, values: string[] | undefined, vocabulary: readonly T[]) => {
    if (values === undefined) return undefined;
    const bad = values.filter((v) => !(vocabulary as readonly string[]).includes(v));
    unknown.push(...bad.map((v) => `${name} "${v}"`));
    return vocabulary.filter((v) => values.includes(v));
  };
  const patch: Partial<ViewState> = {};
  const categories = pick('category', filters.categories, CATEGORIES);
  const statuses = pick('status', filters.statuses, STATUSES);
  const countries = pick('country', filters.countries, COUNTRIES);
  const regions = pick('region', filters.regions, REGION_CODES);
  const tags = pick('tag', filters.tags, TAGS);
  if (unknown.length > 0) return { error: `setFilters: unknown ${unknown.join(', ')}` };
  if (categories) patch.categories = categories;
  // Already in vocabulary order and without duplicates, as the URL writes them.
  if (statuses) patch.statuses = statuses;
  if (countries) patch.countries = countries;
  if (regions) patch.regions = regions;
  if (tags) patch.tags = tags;
  if (filters.query !== undefined) patch.query = filters.query;
  if (filters.coalitionOnly !== undefined) patch.coalitionOnly = filters.coalitionOnly;
  return { patch };
}
