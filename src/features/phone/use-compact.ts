import { useSyncExternalStore } from 'react';

/** Phones and tablets in portrait: the map fills the screen and the rest lives in a bottom sheet. */
export const COMPACT_QUERY = '(max-width: 1000px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(COMPACT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useCompact(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(COMPACT_QUERY).matches,
    () => false,
  );
}
