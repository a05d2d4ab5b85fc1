import { createContext, useContext } from 'react';
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
