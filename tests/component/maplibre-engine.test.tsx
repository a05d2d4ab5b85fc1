import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap, ScaleControl } from 'maplibre-gl';
import { wrap } from '../../src/map/maplibre-engine';

/**
 * A stand-in for a MapLibre map that behaves as MapLibre does once removed: its style is unloaded, so style
 * calls throw ("Style is not done loading.") and getStyle() returns undefined.
 */
function removableMap() {
  let removed = false;
  const style = () => {
    if (removed) throw new Error('Style is not done loading.');
  };
  const layers = new Set(['a-layer']);
  const map = {
    getStyle: () => (removed ? undefined : { layers: [...layers].map((id) => ({ id, source: 'a-source' })) }),
    getSource: () => (removed ? undefined : {}),
    getLayer: (id: string) => {
      style();
      return layers.has(id) ? { id } : undefined;
    },
    removeLayer: (id: string) => {
      style();
      layers.delete(id);
    },
    removeSource: () => style(),
    setFilter: () => style(),
    setLayoutProperty: () => style(),
    queryRenderedFeatures: () => {
      style();
      return [];
    },
    remove: () => {
      removed = true;
    },
  };
  return map as unknown as MaplibreMap;
}

describe('the MapLibre handle', () => {
  it('forwards style calls while the map lives', () => {
    const handle = wrap(removableMap(), { setUnit: () => {} } as unknown as ScaleControl);
    expect(handle.hasLayer('a-layer')).toBe(true);
    handle.removeLayer('a-layer');
    expect(handle.hasLayer('a-layer')).toBe(false);
  });

  it('once removed, the cleanups of its sources and layers (which React runs after the map) do nothing', () => {
    const handle = wrap(removableMap(), { setUnit: () => {} } as unknown as ScaleControl);
    handle.remove();
    expect(() => {
      handle.removeLayer('a-layer');
      handle.removeSource('a-source');
      handle.setFilter('a-layer', null);
      handle.setVisibility('a-layer', false);
      handle.setSourceData('a-source', { type: 'FeatureCollection', features: [] });
    }).not.toThrow();
    expect(handle.hasLayer('a-layer')).toBe(false);
    expect(handle.featureIdsNear('a-layer', [0, 0], 5)).toEqual([]);
  });
});
