import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { facilityCollectionSchema, nodeCollectionSchema } from '../../src/datasets/schemas';
import { LAYER, SOURCE } from '../../src/map/layers/ids';
import { crossBorderLinks, geodesicDestination, geodesicDistanceKm, withinRadius } from '../../src/spatial';
import { useStore } from '../../src/store/store';
import { facilitiesFixture, minorPortFeature, nodesFixture } from '../fixtures/geo-fixtures';
import { renderApp } from './render-app';

const facilities = facilityCollectionSchema.parse(facilitiesFixture).features;
const withMinor = { ...nodesFixture, features: [...nodesFixture.features, minorPortFeature] };
const nodes = nodeCollectionSchema.parse(withMinor).features;
/** The ports clearing commercial trucks: what the via-port distances use by default. */
const ports = nodes.filter((n) => n.properties.commercial === true);

async function ready(state = {}) {
  // A car-only crossing besides the fixture's truck crossing.
  const override = (file: string) =>
    file === 'logistics-nodes.geojson' ? new Response(JSON.stringify(withMinor)) : undefined;
  const view = renderApp({ state, override });
  await screen.findByText(/facilities shown|installations affichées/);
  const map = view.engine.maps.at(-1);
  if (!map) throw new Error('no map');
  await waitFor(() => expect(map.hasLayer(LAYER.facilities)).toBe(true));
  return { ...view, map };
}

const listed = () =>
  within(document.getElementById('facility-list') ?? document.body)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('button.list-item')?.getAttribute('data-id'));

/** Whether a point is inside what a camera shows in the default 800×600 view (Web Mercator, 512 px world). */
function inView(camera: { lon: number; lat: number; zoom: number }, [lon, lat]: [number, number]): boolean {
  const worldPx = 512 * 2 ** camera.zoom;
  const x = (l: number) => ((l + 180) / 360) * worldPx;
  const y = (l: number) =>
    ((1 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / Math.PI) / 2) * worldPx;
  return Math.abs(x(lon) - x(camera.lon)) <= 400 && Math.abs(y(lat) - y(camera.lat)) <= 300;
}

describe('the radius tool', () => {
  it('frames the whole circle when a centre is chosen; "Fit to results" frames what is listed', async () => {
    await ready();
    const radius = screen.getByRole('region', { name: 'Radius' });
    await userEvent.selectOptions(
      within(radius).getByRole('combobox', { name: 'Centre' }),
      'facility:fab-north',
    );
    const camera = useStore.getState().camera!;
    // The circle's north, east, south and west extremes are all on screen, and the map is not zoomed out.
    for (const azimuth of [0, 90, 180, 270]) {
      expect(inView(camera, geodesicDestination([-72.7, 45.3], azimuth, 100) as [number, number])).toBe(true);
    }
    expect(camera.zoom).toBeGreaterThan(5);
    act(() => useStore.getState().setRadius(null));
    act(() => useStore.getState().patch({ camera: { lon: -60, lat: 30, zoom: 10 } }));
    await userEvent.click(screen.getByRole('button', { name: 'Fit to results' }));
    const fitted = useStore.getState().camera!;
    for (const f of facilities) expect(inView(fitted, f.geometry.coordinates)).toBe(true);
  });

  it('choosing a facility as centre lists what is inside, closest first, with distances, and draws the circle', async () => {
    const { map } = await ready();
    const radius = screen.getByRole('region', { name: 'Radius' });
    await userEvent.selectOptions(
      within(radius).getByRole('combobox', { name: 'Centre' }),
      'facility:fab-north',
    );
    const center: [number, number] = [-72.7, 45.3];
    const expected = withinRadius(facilities, center, 100).map((h) => h.id);
    expect(listed()).toEqual(expected);
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('distance');
    expect(screen.getByText(/facilities within 100 km of North Fab/)).toHaveTextContent(
      `${expected.length} facilities`,
    );
    const labShown = screen.getByRole('button', { name: /Université de Sherbrooke/ });
    const km = Math.round(geodesicDistanceKm(center, [-71.9, 45.4]));
    expect(labShown).toHaveTextContent(`${km} km away`);
    await waitFor(() => expect(map.hasLayer(LAYER.radiusLine)).toBe(true));
    expect(map.callsOf('addSource').some((c) => c.id === SOURCE.radius)).toBe(true);
  });

  it('the slider and the number field set the radius live, in km or miles', async () => {
    const { map } = await ready({
      radius: { center: { kind: 'facility', id: 'fab-north' }, km: 100 },
      sort: 'distance',
    });
    const radius = screen.getByRole('region', { name: 'Radius' });
    const slider = within(radius).getByRole('slider', { name: 'Radius' });
    fireEvent.change(slider, { target: { value: '101' } });
    expect(useStore.getState().radius?.km).toBe(101);
    const before = map.callsOf('setSourceData').length;
    await userEvent.click(within(radius).getByRole('button', { name: 'mi' }));
    expect(map.scaleUnit).toBe('imperial');
    const number = within(radius).getByRole('spinbutton');
    await userEvent.clear(number);
    await userEvent.type(number, '250');
    expect(useStore.getState().radius?.km).toBeCloseTo(402.336, 3);
    expect(listed()).toHaveLength(4);
    expect(map.callsOf('setSourceData').length).toBeGreaterThan(before);
    expect(screen.getByText(/facilities within 250 mi of/)).toBeInTheDocument();
  });

  it('Escape cancels picking and nothing else', async () => {
    await ready({ selectedId: 'fab-north' });
    await userEvent.click(screen.getByRole('button', { name: 'Pick a point on the map' }));
    expect(useStore.getState().picking).toBe(true);
    screen.getByRole('button', { name: /Testville, NY/ }).focus();
    await userEvent.keyboard('{Escape}');
    expect(useStore.getState().picking).toBe(false);
    expect(useStore.getState().selectedId).toBe('fab-north');
  });

  it('a point picked on the map becomes the centre', async () => {
    const { map } = await ready();
    await userEvent.click(screen.getByRole('button', { name: 'Pick a point on the map' }));
    act(() => map.clickMap([-73.123456, 44.987654]));
    expect(useStore.getState().radius).toEqual({
      center: { kind: 'point', lon: -73.1235, lat: 44.9877 },
      km: 100,
    });
    expect(useStore.getState().picking).toBe(false);
  });
});

describe('the cross-border panel and pairs', () => {
  it('shows the distance to the border, the nearest port and the partners across with via-port distances', async () => {
    await ready({ selectedId: 'fab-north' });
    const details = screen.getByRole('region', { name: 'North Fab' });
    // fab-north is at 45.3°N; the fixture border runs along 45°N: ~33 km.
    expect(within(details).getByText(/Distance to the Canada–US border: 33 km/)).toBeInTheDocument();
    const portList = within(details).getByRole('heading', {
      name: 'Nearest ports of entry for commercial trucks',
    }).nextElementSibling;
    // The car-only crossing right below fab-north is not offered to trucks.
    expect(portList).toHaveTextContent(/^Test crossing — \d+ kmOpen 24 hours$/);
    const [first] = crossBorderLinks(facilities, ports, { ids: ['fab-north'], by: 'straight' });
    if (!first) throw new Error('no link');
    const partner = within(details).getByRole('button', { name: /Hostile name/ });
    expect(partner.parentElement).toHaveTextContent(`${Math.round(first.straightKm)} km straight line`);
    expect(partner.parentElement).toHaveTextContent(`${Math.round(first.viaPortKm)} km via Test crossing`);
  });

  it('ranks ports and measures via-port distances for trucks by default, for all traffic when chosen', async () => {
    await ready({ selectedId: 'fab-north' });
    const details = screen.getByRole('region', { name: 'North Fab' });
    const partner = () => within(details).getByRole('button', { name: /Hostile name/ }).parentElement;
    expect(partner()).toHaveTextContent(/km via Test crossing/);
    await userEvent.click(within(details).getByRole('radio', { name: /All traffic/ }));
    expect(useStore.getState().traffic).toBe('all');
    const heading = within(details).getByRole('heading', { name: 'Nearest ports of entry (all traffic)' });
    const items = within(heading.nextElementSibling as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.split(' — ')[0])).toEqual(['Minor crossing', 'Test crossing']);
    const [viaAll] = crossBorderLinks(facilities, nodes, { ids: ['fab-north'], by: 'straight' });
    expect(viaAll?.portId).toBe('poe-minor');
    expect(partner()).toHaveTextContent(`${Math.round(viaAll?.viaPortKm ?? 0)} km via Minor crossing`);
  });

  it('in French, and in miles when chosen', async () => {
    await ready({ selectedId: 'fab-north', lang: 'fr', unit: 'mi' });
    const details = screen.getByRole('region', { name: 'Usine Nord' });
    expect(
      within(details).getByText('Distance de la frontière Canada–États-Unis : 21 mi'),
    ).toBeInTheDocument();
    expect(within(details).getAllByText(/à vol d’oiseau/).length).toBeGreaterThan(0);
  });

  it('lists pairs on opposite sides within the distance and draws them', async () => {
    const { map } = await ready();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show pairs across the border' }));
    const expected = crossBorderLinks(facilities, ports, { maxKm: 100 });
    const pairs = screen.getByRole('region', { name: 'Cross-border pairs' });
    const noun = expected.length === 1 ? 'pair' : 'pairs';
    expect(within(pairs).getByRole('status')).toHaveTextContent(`${expected.length} ${noun} within 100 km`);
    expect(within(pairs).getAllByRole('listitem')).toHaveLength(expected.length);
    await waitFor(() => expect(map.hasLayer(LAYER.pairs)).toBe(true));
    expect(useStore.getState().pairsKm).toBe(100);
  });
});
