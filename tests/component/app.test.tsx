import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LAYER, SOURCE } from '../../src/map/layers/ids';
import { LAYER_ORDER } from '../../src/map/layers/order';
import { renderApp } from './render-app';
import { facilitiesFixture } from '../fixtures/geo-fixtures';

describe('the app with the map faked', () => {
  it('adds each dataset as one source and its layers in the stacking order', async () => {
    const { engine } = renderApp();
    await screen.findByText('4 facilities shown');
    const map = engine.maps.at(-1);
    if (!map) throw new Error('no map was created');
    await waitFor(() => expect(map.hasLayer(LAYER.facilities)).toBe(true));
    await waitFor(() => expect(map.hasLayer(LAYER.land)).toBe(true));
    const sources = map.callsOf('addSource').map((c) => c.id);
    expect(sources.sort()).toEqual(
      [
        SOURCE.basemap,
        SOURCE.facilities,
        SOURCE.facilityHover,
        SOURCE.facilitySelected,
        SOURCE.nodes,
        SOURCE.routes,
      ].sort(),
    );
    // However the data arrived, the layers stack in LAYER_ORDER (basemap below routes below facilities).
    // Tools (radius, pairs) add their layers only when used.
    const off: string[] = [LAYER.background, LAYER.radiusFill, LAYER.radiusLine, LAYER.pairs];
    const expected = LAYER_ORDER.filter((id) => !off.includes(id));
    await waitFor(() => expect(map.order).toHaveLength(expected.length));
    expect(map.order).toEqual(expected);
  });

  it('toggling a category gives the clustered source only the shown facilities, with only what it draws', async () => {
    const { engine } = renderApp();
    await screen.findByText('4 facilities shown');
    const map = engine.maps.at(-1);
    if (!map) throw new Error('no map was created');
    await waitFor(() => expect(map.hasLayer(LAYER.facilities)).toBe(true));
    const added = map.callsOf('addSource').find((c) => c.id === SOURCE.facilities)?.source;
    expect(added).toMatchObject({ cluster: true, clusterRadius: 24, clusterMaxZoom: 9 });
    expect(Object.keys(added?.clusterProperties ?? {})).toHaveLength(6);
    expect(map.idsIn(SOURCE.facilities)).toEqual(['fab-north', 'fab-south', 'lab-east', 'uni-west']);

    await userEvent.click(screen.getByRole('checkbox', { name: /Wafer fab/ }));

    expect(map.idsIn(SOURCE.facilities)).toEqual(['lab-east', 'uni-west']);
    const [sent] = map.callsOf('setSourceData');
    const feature = typeof sent?.data === 'object' && 'features' in sent.data ? sent.data.features[0] : null;
    expect(Object.keys(feature?.properties ?? {}).sort()).toEqual(
      ['category', 'id', 'name', 'name_en', 'name_fr', 'status'].sort(),
    );
    // Only the facilities change: no other file is sent to the map again, and no layer is filtered by ids.
    expect(new Set(map.callsOf('setSourceData').map((c) => c.id))).toEqual(new Set([SOURCE.facilities]));
    expect(map.callsOf('setFilter').filter((c) => c.layerId === LAYER.facilities)).toEqual([]);
    expect(screen.getByText('2 facilities shown')).toBeInTheDocument();
  });

  it('shows a failed file by name with a retry that fetches it again, while the rest works', async () => {
    let fail = true;
    const { fetchSpy } = renderApp({
      override: (file) =>
        file === 'facilities.geojson' && fail
          ? new Response('nope', { status: 500, statusText: 'Server Error' })
          : undefined,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load facilities.geojson');
    expect(alert).toHaveTextContent('HTTP 500');
    // The legend still works while facilities are missing.
    expect(screen.getByRole('checkbox', { name: /Wafer fab/ })).toBeEnabled();

    fail = false;
    const before = fetchSpy.mock.calls.length;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByText('4 facilities shown');
    expect(fetchSpy.mock.calls.length).toBeGreaterThan(before);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the map loses its WebGL context, keeps the list, and re-creates the map on restore or reload', async () => {
    const { engine } = renderApp();
    await screen.findByText('4 facilities shown');
    const first = engine.maps.at(-1)!;
    await waitFor(() => expect(first.hasLayer(LAYER.facilities)).toBe(true));
    act(() => first.context('lost'));
    expect(screen.getByRole('alert')).toHaveTextContent(/took its WebGL context away/);
    // The list still works while the map is gone; a change made meanwhile is drawn by the new map.
    await userEvent.click(screen.getByRole('checkbox', { name: /Wafer fab/ }));
    expect(screen.getByText('2 facilities shown')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload the map' }));
    const second = engine.maps.at(-1)!;
    expect(second).not.toBe(first);
    await waitFor(() => expect(second.hasLayer(LAYER.facilities)).toBe(true));
    expect(second.idsIn(SOURCE.facilities)).toEqual(['lab-east', 'uni-west']);
    act(() => second.context('restored'));
    await waitFor(() => expect(engine.maps.at(-1)).not.toBe(second));
  });

  it('keeps every valid record when one is bad, and says in plain words how many were left out', async () => {
    renderApp({
      override: (file) => {
        if (file !== 'facilities.geojson') return undefined;
        const [first, ...rest] = facilitiesFixture.features;
        const bad = { ...first, geometry: { type: 'Point', coordinates: [-72.7, 999] } };
        return Response.json({ ...facilitiesFixture, features: [bad, ...rest] });
      },
    });
    expect(await screen.findByText('3 facilities shown')).toBeInTheDocument();
    const status = screen.getByText(/1 record of facilities.geojson could not be read and is left out/);
    expect(status.closest('div')).toHaveTextContent('#0 (fab-north): geometry.coordinates.1');
  });

  it('says a data file is empty, instead of suggesting a filter hides everything', async () => {
    renderApp({
      override: (file) =>
        file === 'facilities.geojson' || file === 'routes.geojson'
          ? Response.json({ type: 'FeatureCollection', features: [] })
          : undefined,
    });
    expect(
      await screen.findByText('facilities.geojson is empty: there is nothing from it to show.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('routes.geojson is empty: there is nothing from it to show.'),
    ).toBeInTheDocument();
    expect(screen.getByText('No facility to list: the facilities file is empty.')).toBeInTheDocument();
    expect(screen.queryByText(/No facility matches/)).toBeNull();
  });

  it('names the file, feature and field when a file does not match its schema', async () => {
    renderApp({
      override: (file) =>
        file === 'facilities.geojson'
          ? Response.json({
              type: 'FeatureCollection',
              features: [
                {
                  type: 'Feature',
                  id: 'bad',
                  geometry: { type: 'Point', coordinates: [0, 0] },
                  properties: { id: 'bad' },
                },
              ],
            })
          : undefined,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('facilities.geojson: feature 0 (bad): properties.name');
  });

  it('without WebGL2 says so and still lists every facility', async () => {
    const { engine } = renderApp({ supported: false });
    expect(await screen.findByRole('note')).toHaveTextContent('WebGL 2 is not available');
    await screen.findByText('4 facilities shown');
    const list = document.getElementById('facility-list') ?? document.body;
    expect(within(list).getAllByRole('button', { name: /Test|Usine|North|Université|Hostile/ })).toHaveLength(
      4,
    );
    expect(engine.maps).toHaveLength(0);
  });

  it('selecting from the list opens the details with sources as new-tab links, data shown as text', async () => {
    const { container } = renderApp();
    await userEvent.click(await screen.findByRole('button', { name: /Hostile name/ }));
    const details = screen.getByRole('region', { name: /Hostile name/ });
    expect(details).toHaveTextContent('<img src=x onerror="alert(1)">Hostile name');
    expect(container.querySelector('img')).toBeNull();
    const link = within(details).getByRole('link', { name: /example\.org\/source/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('clicking a facility on the map selects it and shows its facts', async () => {
    const { engine } = renderApp();
    await screen.findByText('4 facilities shown');
    const map = engine.maps.at(-1);
    await waitFor(() => expect(map?.clickHandlers.has(LAYER.facilities)).toBe(true));
    if (!map) throw new Error('no map');
    map.idsUnderPointer = ['fab-north'];
    map.clickHandlers.get(LAYER.facilities)?.({
      featureId: 'fab-north',
      lngLat: [-72.7, 45.3],
      point: [10, 10],
    });
    const details = await screen.findByRole('region', { name: 'North Fab' });
    expect(details).toHaveTextContent('Operator of fab-north');
    expect(details).toHaveTextContent('200 mm');
    // Drawn with its ring from its own source, never inside a bubble.
    expect(map.idsIn(SOURCE.facilitySelected)).toEqual(['fab-north']);
    expect(map.idsIn(SOURCE.facilities)).toEqual(['fab-south', 'lab-east', 'uni-west']);
  });

  it('switches the interface and the facility content to French', async () => {
    const { engine } = renderApp();
    await userEvent.click(await screen.findByRole('button', { name: /Usine Nord|North Fab/ }));
    const english = screen.getByRole('region', { name: 'North Fab' });
    expect(english).toHaveTextContent('federal support announced');
    expect(english).toHaveTextContent('joint project with the centre');
    expect(english).toHaveTextContent('MEMS and packaging');
    await userEvent.click(screen.getByRole('button', { name: 'Français' }));
    expect(screen.getByText('4 installations affichées')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Usine de plaquettes/ })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Usine Nord' });
    expect(details).toHaveTextContent('Description française de fab-north.');
    // Source and investment notes in French where the record has them; an untranslated one stays in
    // English, marked as such for screen readers.
    expect(within(details).getByText('— appui fédéral annoncé')).not.toHaveAttribute('lang');
    expect(within(details).getByText(/— opened in 1972/)).toHaveAttribute('lang', 'en');
    expect(details).toHaveTextContent('projet conjoint avec le centre');
    expect(details).toHaveTextContent('MEMS et encapsulation');
    expect(details).not.toHaveTextContent('federal support announced');
    expect(document.documentElement.lang).toBe('fr');
    // The map is re-created so MapLibre's own control labels follow the language.
    await waitFor(() => expect(engine.maps.at(-1)?.callsOf('remove')).toEqual([]));
    expect(engine.maps.some((m) => m.callsOf('remove').length > 0)).toBe(true);
  });
});
