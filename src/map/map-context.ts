import { createContext, useContext, useSyncExternalStore } from 'react';
import type { MapEngine, MapHandle } from './map-handle';

export const MapHandleContext = createContext<MapHandle | null>(null);

/** The loaded map; only for components rendered inside <MapView>, which renders them after load. */
export function useMapHandle(): MapHandle {
  const map = useContext(MapHandleContext);
  if (!map) throw new Error('useMapHandle: must be used inside <MapView> after the map has loaded');
  return map;
}

export const MapEngineContext = createContext<MapEngine | null>(null);

export function useMapEngine(): MapEngine {
  const engine = useContext(MapEngineContext);
  if (!engine) throw new Error('useMapEngine: wrap the app in <MapEngineContext value={engine}>');
  return engine;
}

/**
 * Whether this browser can draw the map: true until a map fails to get its WebGL 2 context, then false for the
 * rest of the page (the app shows its list-only view).
 */
export function useMapSupported(): boolean {
  const engine = useMapEngine();
  return useSyncExternalStore(engine.onSupportChange, engine.isSupported);
}
