let failed = false;
const listeners = new Set<() => void>();

/**
 * MapLibre GL JS 6 draws with WebGL 2 only; without it the app shows the list-only view. This check is cheap:
 * the browser has WebGL 2 at all, and no map has yet failed to get a context. Whether a context can really be
 * had is learnt when the map asks for one (`markWebGL2Failed`): a separate test context would cost as much as
 * the map's own (about 100 ms in software GL, before the map could start) and count against the page's cap.
 */
export function supportsWebGL2(): boolean {
  return !failed && typeof WebGL2RenderingContext === 'function';
}

/** The map could not get a WebGL 2 context: from now on the page is told it has none (list-only view). */
export function markWebGL2Failed(): void {
  if (failed) return;
  failed = true;
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` when WebGL 2 turns out to be unavailable; returns the unsubscribe function. */
export function onWebGL2Change(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
