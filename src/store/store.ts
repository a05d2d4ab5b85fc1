import { create } from 'zustand';
import { CATEGORIES, type Category } from '../datasets/vocabulary';
import { detectLang } from '../i18n/translate';
import { parseView } from './url-codec';
import { canonicalFacet, defaultView, type Camera, type RadiusState, type ViewState } from './view-state';

/** The facets that filter by "any of the chosen values" (an empty list does not filter). */
export type FacetKey = 'statuses' | 'countries' | 'regions' | 'tags' | 'operators';

export interface ViewActions {
  setView: (view: ViewState) => void;
  patch: (patch: Partial<ViewState>) => void;
  setLang: (lang: ViewState['lang']) => void;
  toggleCategory: (category: Category) => void;
  /** Shows only this category; when it already is the only one, shows them all again. */
  onlyCategory: (category: Category) => void;
  toggleFacet: (facet: FacetKey, value: string) => void;
  clearFilters: () => void;
  select: (id: string | null) => void;
  setCamera: (camera: Camera) => void;
  setRadius: (radius: RadiusState | null) => void;
}

/** Transient interface state: never in the URL. */
export interface TransientState {
  hoveredId: string | null;
  setHovered: (id: string | null) => void;
  /** The radius tool waits for a click on the map to set its centre. */
  picking: boolean;
  setPicking: (picking: boolean) => void;
  /** The timeline steps through the years on its own. */
  timelinePlaying: boolean;
  /** The scene shown last (index in the story), for stepping and for the presenter window. */
  sceneIndex: number | null;
  /** The keyboard shortcuts' help overlay is open. */
  helpOpen: boolean;
}

export type Store = ViewState & ViewActions & TransientState;

/** The defaults for this browser (language from navigator.languages). */
export function browserDefaults(): ViewState {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return defaultView(detectLang(languages));
}

function initialView(): ViewState {
  const search = typeof location === 'undefined' ? '' : location.search;
  return parseView(search, browserDefaults());
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The filters "clear all" resets; language, selection, camera and tools stay. */
const FILTER_KEYS = [
  'categories',
  'statuses',
  'countries',
  'regions',
  'tags',
  'operators',
  'coalitionOnly',
  'year',
  'query',
] as const satisfies readonly (keyof ViewState)[];

function filterDefaults(): Partial<ViewState> {
  const defaults = defaultView();
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, defaults[key]]));
}

export const useStore = create<Store>()((set) => ({
  ...initialView(),
  hoveredId: null,
  setView: (view) => set(view),
  patch: (patch) => set(patch),
  setLang: (lang) => set({ lang }),
  toggleCategory: (category) =>
    set((state) => ({
      categories: state.categories.includes(category)
        ? state.categories.filter((c) => c !== category)
        : CATEGORIES.filter((c) => c === category || state.categories.includes(c)),
    })),
  onlyCategory: (category) =>
    set((state) => ({
      categories:
        state.categories.length === 1 && state.categories[0] === category ? [...CATEGORIES] : [category],
    })),
  toggleFacet: (facet, value) =>
    set((state) => {
      const current: readonly string[] = state[facet];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { [facet]: canonicalFacet(facet, next) };
    }),
  clearFilters: () => set(filterDefaults()),
  select: (id) => set({ selectedId: id }),
  // Rounded so the URL stays short and a parsed camera equals the one written.
  setCamera: (camera) =>
    set({ camera: { lon: round(camera.lon, 4), lat: round(camera.lat, 4), zoom: round(camera.zoom, 2) } }),
  // Turning the radius on sorts by distance; turning it off leaves no sort by a distance that is gone.
  setRadius: (radius) =>
    set((state) => ({
      radius,
      picking: false,
      sort:
        radius === null
          ? state.sort === 'distance'
            ? 'name'
            : state.sort
          : state.radius === null
            ? 'distance'
            : state.sort,
    })),
  setHovered: (id) => set({ hoveredId: id }),
  picking: false,
  setPicking: (picking) => set({ picking }),
  timelinePlaying: false,
  sceneIndex: null,
  helpOpen: false,
}));

/** Resets the store to defaults (tests and "start over"). */
export function resetStore(overrides: Partial<ViewState> = {}): void {
  useStore.setState({
    ...defaultView(),
    ...overrides,
    hoveredId: null,
    picking: false,
    timelinePlaying: false,
    sceneIndex: null,
    helpOpen: false,
  });
}

export type { ViewState } from './view-state';
