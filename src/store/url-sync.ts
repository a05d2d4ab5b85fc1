import { browserDefaults, useStore, type Store } from './store';
import { PARAM_KEYS, parseView, serializeView } from './url-codec';
import { defaultView, type ViewState } from './view-state';

const VIEW_KEYS = Object.keys(defaultView()) as (keyof ViewState)[];

/** The view part of the store: what the URL holds. */
export function pickView(state: Store): ViewState {
  return Object.fromEntries(VIEW_KEYS.map((key) => [key, state[key]])) as unknown as ViewState;
}

/** Changes that replace the current history entry instead of adding one. */
const COALESCING: ReadonlySet<keyof ViewState> = new Set(['camera', 'query', 'year', 'radius', 'pairsKm']);
const COALESCE_MS = 1500;

/**
 * Mirrors the store's view into the URL and back: a discrete change (a filter, a selection, the
 * language) adds a history entry; camera moves, typing and dragging a slider replace the current one
 * (so back does not step through every pixel or keystroke); back/forward restore the view. Query
 * parameters that are not ours (e.g. an embedding page's) are kept. With `replaceOnly` (inside a frame) no entry
 * is ever added. Returns the function that stops it.
 */
export function startUrlSync(win: Window = window, options: { replaceOnly?: boolean } = {}): () => void {
  let written = serializeView(pickView(useStore.getState()));
  let lastKeys: (keyof ViewState)[] = [];
  let lastTime = 0;
  let restoring = false;

  const urlFor = (query: string) => {
    const params = new URLSearchParams(win.location.search);
    for (const key of PARAM_KEYS) params.delete(key);
    const ours = new URLSearchParams(query);
    ours.forEach((value, key) => params.append(key, value));
    const search = params.toString();
    return `${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`;
  };

  const unsubscribe = useStore.subscribe((state, previous) => {
    if (restoring) return;
    const query = serializeView(pickView(state));
    if (query === written) return;
    const changed = VIEW_KEYS.filter((key) => state[key] !== previous[key]);
    const now = Date.now();
    const coalesce =
      changed.every((key) => COALESCING.has(key)) &&
      (changed.every((key) => key === 'camera') ||
        (now - lastTime < COALESCE_MS && changed.every((key) => lastKeys.includes(key))));
    // Inside a frame every entry would land in the host page's Back history: replace, never add.
    if (coalesce || options.replaceOnly) win.history.replaceState(null, '', urlFor(query));
    else win.history.pushState(null, '', urlFor(query));
    written = query;
    lastKeys = changed;
    lastTime = now;
  });

  const onPopState = () => {
    const view = parseView(win.location.search, browserDefaults());
    restoring = true;
    useStore.getState().setView(view);
    restoring = false;
    written = serializeView(view);
    lastKeys = [];
  };
  win.addEventListener('popstate', onPopState);

  // Writes the canonical form of the opening URL (invalid parameters dropped) without a new entry.
  win.history.replaceState(null, '', urlFor(written));

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
