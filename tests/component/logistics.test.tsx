import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LAYER, SOURCE } from '../../src/map/layers/ids';
import { routesFixture } from '../fixtures/geo-fixtures';
import { useStore } from '../../src/store/store';
import { renderApp } from './render-app';
import type { FakeMap } from './fake-map';

async function ready(lang: 'en' | 'fr' = 'en') {
  const view = renderApp({ state: { lang } });
  const map = view.engine.maps.at(-1);
  if (!map) throw new Error('no map');
  await waitFor(() => expect(map.hasLayer(LAYER.nodes)).toBe(true));
  await waitFor(() => expect(map.hasLayer(LAYER.routes)).toBe(true));
  return { ...view, map };
}

/** The last filter the component gave a layer (the selection highlight). */
const lastFilter = (map: FakeMap, layerId: string) =>
  map
    .callsOf('setFilter')
    .filter((c) => c.layerId === layerId)
    .at(-1)?.filter;

const logisticsList = () => {
  const summary = screen.getByText(/(Routes and logistics|Transports et logistique) \(\d+\)/);
  const details = summary.closest('details');
  if (!details) throw new Error('no logistics list');
  return details;
};

/** The logistics list, opened as a user opens it (its items exist only while it is open). */
const openLogisticsList = async () => {
  const list = logisticsList();
  if (!list.open) await userEvent.click(within(list).getByText(/\(\d+\)$/));
  await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0));
  return list;
};

describe('routes and logistics', () => {
  it('lists every route and node by kind; choosing one opens its details and rings it on the map', async () => {
    const { map } = await ready();
    const list = logisticsList();
    expect(list.open).toBe(false);
    await userEvent.click(within(list).getByText('Routes and logistics (2)'));
    expect(list.open).toBe(true);
    expect(within(list).getByRole('heading', { name: 'Highway (1)' })).toBeInTheDocument();
    expect(within(list).getByRole('heading', { name: 'Port of entry (1)' })).toBeInTheDocument();

    await userEvent.click(within(list).getByRole('button', { name: /Test crossing/ }));
    const details = screen.getByRole('region', { name: 'Test crossing' });
    expect(within(details).getByText('Port of entry')).toBeInTheDocument();
    expect(within(details).getByText('Test CA, Quebec')).toBeInTheDocument();
    expect(within(details).getByText('Test US, New York')).toBeInTheDocument();
    expect(within(details).getByText('A crossing.')).toBeInTheDocument();
    // One source plus the coordinates' source, opening in a new tab.
    const links = within(details).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/source',
      'https://example.org/coords',
    ]);
    expect(links.every((a) => a.getAttribute('target') === '_blank')).toBe(true);
    expect(lastFilter(map, LAYER.nodeSelected)).toEqual(['==', ['get', 'id'], 'poe-test']);
    expect(lastFilter(map, LAYER.routeSelected)).toEqual(['==', ['get', 'id'], 'poe-test']);

    // Closing leaves the list as the user left it (open) and returns the focus to the item.
    await userEvent.click(within(details).getByRole('button', { name: 'Close details' }));
    expect(useStore.getState().selectedId).toBeNull();
    expect(list.open).toBe(true);
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-id', 'poe-test'));
  });

  it('a route shows its numbers on both sides and links to its crossing; Zoom to frames the whole line', async () => {
    const { map } = await ready();
    await userEvent.click(within(await openLogisticsList()).getByRole('button', { name: /Test highway/ }));
    const details = screen.getByRole('region', { name: 'Test highway' });
    expect(within(details).getByText('A-15')).toBeInTheDocument();
    expect(within(details).getByText('I-87')).toBeInTheDocument();
    expect(within(details).getAllByRole('link')).toHaveLength(1);
    expect(lastFilter(map, LAYER.routeSelected)).toEqual(['==', ['get', 'id'], 'route-test']);

    // Drawn from its waypoints: nothing approximate to report.
    expect(within(details).queryByText('Alignment')).toBeNull();

    await userEvent.click(within(details).getByRole('button', { name: 'Zoom to' }));
    await waitFor(() =>
      expect(map.callsOf('moveTo').at(-1)?.camera).toEqual({ lon: -73.6, lat: 44.075, zoom: 6.53 }),
    );

    await userEvent.click(within(details).getByRole('button', { name: 'Test crossing' }));
    expect(useStore.getState().selectedId).toBe('poe-test');
    expect(screen.getByRole('region', { name: 'Test crossing' })).toBeInTheDocument();
  });

  it('a route with an approximate stretch draws it apart (same id) and says how much of it is approximate', async () => {
    const route = routesFixture.features[0]!;
    const approximate = {
      ...routesFixture,
      features: [{ ...route, properties: { ...route.properties, approximate: [[1, 2]] } }],
    };
    const { engine } = renderApp({
      override: (file) => (file === 'routes.geojson' ? Response.json(approximate) : undefined),
    });
    const map = await waitFor(() => {
      const m = engine.maps.at(-1);
      expect(m?.hasLayer(LAYER.routes)).toBe(true);
      return m!;
    });
    const source = map.callsOf('addSource').find((c) => c.id === SOURCE.routes)?.source;
    const parts = (source?.data as GeoJSON.FeatureCollection).features;
    expect(parts.map((f) => [f.id, f.properties?.approximate])).toEqual([
      ['route-test', false],
      ['route-test', true],
    ]);

    await userEvent.click(within(await openLogisticsList()).getByRole('button', { name: /Test highway/ }));
    const details = screen.getByRole('region', { name: 'Test highway' });
    expect(within(details).getByText('Alignment').nextElementSibling?.textContent).toMatch(
      /^approximate over 263 of 318 km: drawn straight between sourced stations/,
    );
  });

  it('a click on a node or a route on the map selects it, unless a facility is drawn on top', async () => {
    const { map } = await ready();
    const click = (layer: string, featureId: string) =>
      act(() => map.clickHandlers.get(layer)?.({ point: [10, 10], featureId, lngLat: [-73.45, 45.008] }));
    map.idsUnderPointer = ['fab-south'];
    click(LAYER.nodes, 'poe-test');
    expect(useStore.getState().selectedId).toBeNull();
    map.idsUnderPointer = [];
    click(LAYER.nodes, 'poe-test');
    expect(useStore.getState().selectedId).toBe('poe-test');
    click(LAYER.routesHit, 'route-test');
    expect(useStore.getState().selectedId).toBe('route-test');
    // The search filters facilities only: choosing a route clears it, so the map keeps its facilities.
    expect(useStore.getState().query).toBe('');
  });

  it('arrows, Home and End move through the whole list, across groups; Escape clears the selection', async () => {
    await ready();
    const list = logisticsList();
    await userEvent.click(within(list).getByText('Routes and logistics (2)'));
    await userEvent.click(within(list).getByRole('button', { name: /Test highway/ }));
    expect(document.activeElement).toHaveAttribute('data-id', 'route-test');
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-id', 'poe-test');
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-id', 'poe-test');
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('data-id', 'route-test');
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('data-id', 'poe-test');
    expect(useStore.getState().selectedId).toBe('route-test');
    await userEvent.keyboard('{Escape}');
    expect(useStore.getState().selectedId).toBeNull();
  });

  it('the search suggests routes and nodes by any of their names or numbers; Enter selects and flies there', async () => {
    const { map } = await ready();
    const search = screen.getByRole('combobox', { name: 'Search' });
    await userEvent.type(search, 'test us');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toContain('Test crossingPort of entry');
    await userEvent.clear(search);
    await userEvent.type(search, 'i-87{Enter}');
    expect(useStore.getState().selectedId).toBe('route-test');
    await userEvent.clear(search);
    await userEvent.type(search, 'test ca{Enter}');
    expect(useStore.getState().selectedId).toBe('poe-test');
    await waitFor(() =>
      expect(map.callsOf('moveTo').at(-1)?.camera).toEqual({ lon: -73.45, lat: 45.008, zoom: 11 }),
    );
  });

  it('speaks French', async () => {
    await ready('fr');
    expect(screen.getByText('Transports et logistique (2)')).toBeInTheDocument();
    await userEvent.click(within(await openLogisticsList()).getByRole('button', { name: /Test crossing/ }));
    const details = screen.getByRole('region', { name: 'Test crossing' });
    expect(within(details).getByText('Poste frontalier')).toBeInTheDocument();
    expect(within(details).getByText('Côté canadien')).toBeInTheDocument();
    expect(within(details).getByText('Un poste frontalier.')).toBeInTheDocument();
  });
});
