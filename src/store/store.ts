import { create } from 'zustand';
import { CATEGORIES, type Category } from '../datasets/vocabulary';
import { detectLang, type Lang } from '../i18n/translate';

/**
 * What the user chose: plain, serialisable values only (ids, not feature copies), so the whole view can
 * live in the URL. Loaded data lives in the react-query cache; camera and GL objects in src/map.
 */
export interface ViewState {
  lang: Lang;
  /** Categories shown on the map and in the list, in the canonical order of CATEGORIES. */
  categories: Category[];
  selectedId: string | null;
}

export interface ViewActions {
  setLang: (lang: Lang) => void;
  toggleCategory: (category: Category) => void;
  select: (id: string | null) => void;
}

export type Store = ViewState & ViewActions;

export function defaultViewState(): ViewState {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return { lang: detectLang(languages), categories: [...CATEGORIES], selectedId: null };
}

export const useStore = create<Store>()((set) => ({
  ...defaultViewState(),
  setLang: (lang) => set({ lang }),
  toggleCategory: (category) =>
    set((state) => ({
      categories: state.categories.includes(category)
        ? state.categories.filter((c) => c !== category)
        : CATEGORIES.filter((c) => c === category || state.categories.includes(c)),
    })),
  select: (id) => set({ selectedId: id }),
}));

/** Resets the store to its defaults (tests and "start over"). */
export function resetStore(overrides: Partial<ViewState> = {}): void {
  useStore.setState({ ...defaultViewState(), ...overrides });
}
