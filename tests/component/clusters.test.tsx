import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LAYER, SOURCE } from '../../src/map/layers/ids';
import { countProperty } from '../../src/features/facility-map/facility-layer-specs';
import { useStore } from '../../src/store/store';
import { renderApp } from './render-app';

async function ready(options: Parameters<typeof renderApp>[0] = {}) {
  const view = renderApp(options);
  await screen.findByText(/facilities shown/);
  const map = view.engine.maps.at(-1);
  if (!map) throw new Error('no map');
  await waitFor(() => expect(map.hasLayer(LAYER.clusters)).toBe(true));
  return { ...view, map };
}

// MapLibre clusters the facility source in its worker (the browser tests check the bubbles it draws); here we
// check what the app asks of it and what it does with a bubble it is given.
describe('cluster bubbles', () => {
  it('names a bubble’s mix on hover from the counts MapLibre kept, as text', async () => {
    const { map } = await ready();
    const ring = map.layers.get(LAYER.clusterRings);
    expect(ring?.type === 'symbol' && ring.layout?.['icon-image']).toEqual(
      expect.arrayContaining(['concat', 'cluster-pie:']),
    );
    act(() =>
      map.hover(LAYER.clusters, 'cluster-7', [40, 50], {
        cluster_id: 7,
        point_count: 5,
        [countProperty('fab')]: 3,
        [countProperty('research')]: 2,
        [countProperty('supplier')]: 0,
      }),
    );
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('5 facilities here');
    expect(tooltip).toHaveTextContent('Wafer fab 3');
    expect(tooltip).toHaveTextContent('Research centre 2');
    expect(tooltip).not.toHaveTextContent('Supplier');
    // The ring's image is drawn on demand when the style asks for it.
    expect(map.imageFor('cluster-pie:22-0-14-0-0-0')).toMatchObject({ width: 64, height: 64, pixelRatio: 2 });
  });

  it('clicking a bubble zooms in to where it splits, and always at least one level in', async () => {
    const { map } = await ready();
    map.camera = { lon: -72, lat: 45, zoom: 4.3 };
    map.expansionZoom = 7;
    const click = (zoom: number) =>
      act(async () => {
        map.camera = { ...map.camera, zoom };
        map.clickHandlers.get(LAYER.clusters)?.({
          point: [0, 0],
          featureId: undefined,
          lngLat: [-73.01, 45.02],
          properties: { cluster_id: 3, point_count: 4 },
          coordinates: [-73, 45],
        });
        await Promise.resolve();
      });
    await click(4.3);
    await waitFor(() => expect(map.callsOf('moveTo')).toHaveLength(1));
    expect(map.callsOf('moveTo').at(-1)).toMatchObject({
      camera: { lon: -73, lat: 45, zoom: 7.5 },
      animate: true,
    });
    // The camera moved on past where the bubble splits (mid-animation): the click still zooms in.
    await click(8.2);
    await waitFor(() => expect(map.callsOf('moveTo')).toHaveLength(2));
    expect(map.callsOf('moveTo').at(-1)?.camera.zoom).toBe(9.5);
  });

  it('the selected facility leaves the clustered source for its own, and comes back when deselected', async () => {
    const { map } = await ready({ state: { selectedId: 'lab-east' } });
    await waitFor(() => expect(map.idsIn(SOURCE.facilitySelected)).toEqual(['lab-east']));
    expect(map.idsIn(SOURCE.facilities)).toEqual(['fab-north', 'fab-south', 'uni-west']);
    act(() => useStore.getState().select(null));
    expect(map.idsIn(SOURCE.facilitySelected)).toEqual([]);
    expect(map.idsIn(SOURCE.facilities)).toEqual(['fab-north', 'fab-south', 'lab-east', 'uni-west']);
  });
});
