import { useSyncExternalStore } from 'react';

/**
 * What the service worker reported (main.tsx registers it): whether a new build is waiting, and the function
 * that takes it (activates the new worker and reloads). Kept outside React so registration stays in main.tsx.
 */
interface UpdateState {
  waiting: boolean;
  offlineReady: boolean;
  apply: (() => void) | null;
}

let state: UpdateState = { waiting: false, offlineReady: false, apply: null };
const listeners = new Set<() => void>();

export function reportUpdate(patch: Partial<UpdateState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function useAppUpdate(): UpdateState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => state,
  );
}

/** Whether the browser says it is online, following its online/offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
    () => true,
  );
}
