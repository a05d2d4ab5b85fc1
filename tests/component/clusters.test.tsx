import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { idFilter } from '../../src/map/filters';
import { LAYER, SOURCE } from '../../src/map/layers/ids';
import { renderApp } from './render-app';

const layerFilter = (layer: unknown) =>
  typeof layer === 'object' && layer !== null && 'filter' in layer ? layer.filter : undefined;

/** The framed corridor, zoomed out: what the map shows before the app applies a link's camera. */
const OVERVIEW = { lon: -72.5, lat: 44.5, zoom: 4.2 };

async function ready(options: Parameters<typeof renderApp>[0]) {
  const view = renderApp(options);
  await screen.findByText(/facilities shown/);
  const map = view.engine.maps.at(-1);
  if (!map) throw new Error('no map');
  await waitFor(() => expect(map.hasLayer(LAYER.facilities)).toBe(true));
  const bubbles = () => {
    const data = map.sourceData.get(SOURCE.clusters);
    return typeof data === 'object' && data !== null && 'features' in data ? data.features : [];
  };
  const drawnFilter = () =>
    map
      .callsOf('setFilter')
      .filter((c) => c.layerId === LAYER.facilities)
      .at(-1)?.filter ?? layerFilter(map.layers.get(LAYER.facilities));
  return { ...view, map, bubbles, drawnFilter };
}

describe('clusters follow the camera the link opens at', () => {
  it('a link zoomed in draws single facilities, not the overview bubbles', async () => {
    const { map, bubbles, drawnFilter } = await ready({
      initialCamera: OVERVIEW,
      state: { camera: { lon: -72.7, lat: 45.3, zoom: 12 } },
    });
    expect(map.getCamera().zoom).toBe(12);
    expect(bubbles()).toEqual([]);
    expect(drawnFilter()).toEqual(idFilter(['fab-north', 'fab-south', 'lab-east', 'uni-west']));
  });

  it('rings each bubble with its category mix and names the mix on hover', async () => {
    const { map, bubbles } = await ready({ initialCamera: { ...OVERVIEW, zoom: 2 } });
    const [bubble] = bubbles();
    if (!bubble) throw new Error('no bubble at the overview');
    const ids = String(bubble.properties?.ids).split(',');
    const pie = String(bubble.properties?.pie);
    // The ring's image is drawn on demand when the style asks for it.
    expect(map.imageFor(pie)).toMatchObject({ width: 64, height: 64, pixelRatio: 2 });
    act(() => map.hover(LAYER.clusters, String(bubble.properties?.id)));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent(`${ids.length} facilities here`);
    expect(tooltip).toHaveTextContent(/Wafer fab \d/);
  });

  it('the overview groups nearby facilities; clicking a bubble always zooms in', async () => {
    const { map, bubbles } = await ready({ initialCamera: { ...OVERVIEW, zoom: 2 } });
    const [bubble] = bubbles();
    if (!bubble) throw new Error('no bubble at the overview');
    const id = String(bubble.properties?.id);
    // The camera moved on before the bubbles were redrawn (mid-animation): the click still zooms in.
    map.camera = { ...map.camera, zoom: 8 };
    act(() => map.clickHandlers.get(LAYER.clusters)?.({ point: [0, 0], featureId: id, lngLat: [-73, 45] }));
    expect(map.callsOf('moveTo').at(-1)?.camera.zoom).toBeGreaterThanOrEqual(9);
  });
});
