import { describe, expect, it } from 'vitest';
import type { NodeFeature, RouteFeature } from '../../src/datasets/schemas';
import {
  logisticsGroups,
  logisticsName,
  logisticsSearchRank,
  routeAlignment,
  routeParts,
} from '../../src/features/logistics/logistics-text';
import { cameraForPoints } from '../../src/features/camera/frame';

const source = [{ url: 'https://example.org/s', checked: '2026-01-01' }];
const node = (
  id: string,
  kind: NodeFeature['properties']['kind'],
  name: string,
  extra = {},
): NodeFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [-73, 45] },
  properties: {
    id,
    kind,
    name,
    precision: 'site',
    coord_source: 'https://example.org/c',
    description_en: 'x',
    description_fr: 'x',
    sources: source,
    ...extra,
  },
});
const route = (id: string, mode: RouteFeature['properties']['mode'], name: string): RouteFeature => ({
  type: 'Feature',
  id,
  geometry: {
    type: 'LineString',
    coordinates: [
      [-73, 45],
      [-72, 44],
    ],
  },
  properties: {
    id,
    mode,
    name,
    route_numbers_ca: [],
    route_numbers_us: [],
    approximate: [],
    description_en: 'x',
    description_fr: 'x',
    sources: source,
  },
});

describe('logistics text', () => {
  it('names a node or route in the interface language, falling back to the recorded name', () => {
    const n = node('a', 'airport', 'Montréal-Trudeau', { name_en: 'Montreal-Trudeau' });
    expect(logisticsName(n.properties, 'en')).toBe('Montreal-Trudeau');
    expect(logisticsName(n.properties, 'fr')).toBe('Montréal-Trudeau');
    const r = { ...route('r', 'rail', 'Adirondack line').properties, name_fr: "Ligne de l'Adirondack" };
    expect(logisticsName(r, 'fr')).toBe("Ligne de l'Adirondack");
    expect(logisticsName(r, 'en')).toBe('Adirondack line');
  });

  it('groups routes by mode, then nodes by kind, in vocabulary order, names sorted in the language', () => {
    const groups = logisticsGroups(
      [route('r2', 'rail', 'Rail B'), route('r1', 'highway', 'Hwy'), route('r3', 'rail', 'Rail A')],
      [
        node('s', 'seaport', 'Port'),
        node('p2', 'port-of-entry', 'Zed'),
        node('p1', 'port-of-entry', 'Émile'),
      ],
      'fr',
    );
    expect(groups.map((g) => [g.kind === 'route' ? g.mode : g.nodeKind, g.items.map((f) => f.id)])).toEqual([
      ['highway', ['r1']],
      ['rail', ['r3', 'r2']],
      ['port-of-entry', ['p1', 'p2']],
      ['seaport', ['s']],
    ]);
  });

  it('ranks a node or route for the search by its names on either side, code and route numbers', () => {
    const n = node('poe', 'port-of-entry', 'Saint-Bernard-de-Lacolle–Champlain', {
      name_ca: 'Saint-Bernard-de-Lacolle (Autoroute 15)',
      name_us: 'Champlain (I-87)',
    }).properties;
    expect(logisticsSearchRank(n, 'lacolle')).toBe(1);
    expect(logisticsSearchRank(n, 'saint-bernard')).toBe(0);
    expect(logisticsSearchRank(n, 'Champlain I-87')).toBe(0);
    expect(logisticsSearchRank(n, 'autoroute lacolle')).toBe(2);
    expect(logisticsSearchRank(n, 'derby')).toBe(3);
    expect(logisticsSearchRank(n, '   ')).toBe(3);
    // Word starts only: "gan" (gallium nitride) is not in "Morgan".
    const airport = node('a', 'airport', 'Morgan Field').properties;
    expect(logisticsSearchRank(airport, 'GaN')).toBe(3);
    const r = { ...route('r', 'highway', 'Autoroute 15').properties, route_numbers_us: ['I-87'] };
    expect(logisticsSearchRank(r, 'i 87')).toBe(0);
  });

  it('cuts a route into its followed and approximate stretches, and measures them', () => {
    const r = route('r', 'rail', 'R');
    r.geometry.coordinates = [
      [-73, 45],
      [-73, 45.5],
      [-73, 46],
      [-73, 46.5],
      [-73, 47],
    ];
    expect(routeParts([r]).features).toHaveLength(1);
    expect(routeAlignment(r).approximateKm).toBe(0);
    r.properties.approximate = [
      [0, 1],
      [2, 4],
    ];
    const parts = routeParts([r]).features;
    expect(parts.map((p) => [p.id, p.properties.approximate, p.geometry.coordinates.length])).toEqual([
      ['r', true, 2],
      ['r', false, 2],
      ['r', true, 3],
    ]);
    // Parts share their end points: the line is drawn without gaps.
    expect(parts[1]!.geometry.coordinates[0]).toEqual([-73, 45.5]);
    // Half a degree of latitude is about 55.6 km here (WGS84).
    const { totalKm, approximateKm } = routeAlignment(r);
    expect(totalKm).toBeCloseTo(4 * 55.6, 0);
    expect(approximateKm).toBeCloseTo(3 * 55.6, 0);
  });

  it('frames a line: centre of its box, the largest zoom that shows all of it inside the padded view', () => {
    // 2.56° of longitude in 800 - 2 × 40 = 720 px of a 512 px world: 720 / 512 * 360 / 2.56 = 197.75 = 2^7.63;
    // the 0.01° of latitude allows far more, so the width decides.
    expect(
      cameraForPoints(
        [
          [-74, 45],
          [-71.44, 45.01],
        ],
        { width: 800, height: 600 },
      ),
    ).toEqual({ lon: -72.72, lat: 45.005, zoom: 7.63 });
    // A tall line in a wide view: the height decides (1° of latitude at 45° N is 1.414° of Mercator
    // longitude; 520 / 512 * 360 / 1.414 = 258.6 = 2^8.01).
    expect(
      cameraForPoints(
        [
          [-73, 44.5],
          [-73, 45.5],
        ],
        { width: 1600, height: 600 },
      ).zoom,
    ).toBeCloseTo(8.01, 1);
    // A single point is capped at the maximum zoom.
    expect(cameraForPoints([[-73, 45]], undefined, 11).zoom).toBe(11);
  });
});
