import { describe, expect, it, vi } from 'vitest';
import { GeoJSONSource, type Map as MaplibreMap, type ScaleControl } from 'maplibre-gl';
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
  const listeners = new Map<string, Set<() => void>>();
  const map = {
    on: (type: string, listener: () => void) => {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
    },
    off: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
    /** Test only: fires an event as MapLibre would. */
    fire: (type: string) => listeners.get(type)?.forEach((l) => l()),
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
  return map as unknown as MaplibreMap & { fire: (type: string) => void };
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

  it('while its WebGL context is lost, style changes do nothing and the app is told', () => {
    const map = removableMap();
    const handle = wrap(map, { setUnit: () => {} } as unknown as ScaleControl);
    const states: string[] = [];
    handle.onContextChange((state) => states.push(state));
    map.fire('webglcontextlost');
    expect(() => {
      handle.setFilter('a-layer', ['==', ['get', 'id'], 'x']);
      handle.removeLayer('a-layer');
    }).not.toThrow();
    expect(handle.hasLayer('a-layer')).toBe(false);
    map.fire('webglcontextrestored');
    expect(states).toEqual(['lost', 'restored']);
  });

  /** A map with one GeoJSON source that records what it is sent, and a handle over it. */
  function recordingSource() {
    const sent: unknown[] = [];
    const source = Object.assign(Object.create(GeoJSONSource.prototype) as GeoJSONSource, {
      setData: (data: unknown) => void sent.push(['setData', data]),
      updateData: (diff: unknown) => void sent.push(['updateData', diff]),
    });
    const events = removableMap();
    const repaints: number[] = [];
    const map = Object.assign(events, {
      addSource: () => {},
      getSource: () => source,
      triggerRepaint: () => void repaints.push(1),
    });
    const handle = wrap(map, { setUnit: () => {} } as unknown as ScaleControl);
    const features = Array.from({ length: 6 }, (_, i) => ({
      type: 'Feature' as const,
      properties: { id: `f${i}` },
      geometry: { type: 'Point' as const, coordinates: [i, 0] },
    }));
    const collection = (n: number) => ({
      type: 'FeatureCollection' as const,
      features: features.slice(0, n),
    });
    handle.addSource('s', { type: 'geojson', data: collection(6), promoteId: 'id' });
    return { sent, handle, map, features, collection, repaints };
  }

  it('sends a GeoJSON source only what changed when that is smaller than the data, else the whole data', () => {
    vi.useFakeTimers();
    try {
      const { sent, handle, features, collection } = recordingSource();
      const change = (n: number) => {
        handle.setSourceData('s', collection(n));
        vi.runAllTimers();
      };
      change(5);
      change(5);
      change(1);
      change(2);
      expect(sent).toEqual([
        ['updateData', { remove: ['f5'] }],
        ['setData', collection(1)],
        ['updateData', { add: [features[1]] }],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends after the next frame, once for the changes made before it, and is not idle until then', () => {
    vi.useFakeTimers();
    try {
      const { sent, handle, map, collection, repaints } = recordingSource();
      const idle: boolean[] = [];
      handle.onIdleChange((value) => idle.push(value));
      map.fire('idle');
      handle.setSourceData('s', collection(4));
      handle.setSourceData('s', collection(5));
      // A frame drawn while the change waits is not the answer.
      map.fire('idle');
      expect(sent).toEqual([]);
      expect(idle).toEqual([true, false, false]);
      vi.runAllTimers();
      expect(sent).toEqual([['updateData', { remove: ['f5'] }]]);
      // A change that changes nothing sends nothing and asks for a frame, so that an idle follows.
      const before = repaints.length;
      handle.setSourceData('s', collection(5));
      vi.runAllTimers();
      expect(sent).toHaveLength(1);
      expect(repaints.length).toBe(before + 1);
      map.fire('idle');
      expect(idle.at(-1)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
