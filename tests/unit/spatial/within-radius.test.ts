import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import reference from '../../fixtures/spatial/geodesic-reference.json';
import {
  createPointIndex,
  geodesicDestination,
  geodesicDistanceKm,
  radiusMatches,
  getPointIndex,
  RADIUS_TOLERANCE_KM,
  withinRadius,
  type PointFeature,
} from '../../../src/spatial';
import { pointFeature } from './point-features';

const { center, radiusKm, points, coincident, oneCentimetre } = reference.radius;
const features: PointFeature[] = [
  ...points.map((p) => pointFeature(p.id, p.position)),
  ...coincident.map((p) => pointFeature(p.id, p.position)),
  pointFeature('one-centimetre', oneCentimetre),
];
const ids = (kind: string): string[] => points.filter((p) => p.kind === kind).map((p) => p.id);

describe('withinRadius', () => {
  it('includes points exactly at the radius and 1 m inside, excludes points 1 m beyond', () => {
    const found = new Set(withinRadius(features, center, radiusKm).map((hit) => hit.id));
    for (const id of [...ids('at'), ...ids('inside')]) expect(found, id).toContain(id);
    for (const id of ids('beyond')) expect(found, id).not.toContain(id);
    expect(found.size).toBe(ids('at').length + ids('inside').length + coincident.length + 1);
  });

  it('reports the GeographicLib distance of each hit (within 1 m)', () => {
    const expected = new Map(points.map((p) => [p.id, p.distanceKm]));
    for (const hit of withinRadius(features, center, radiusKm)) {
      if (typeof hit.id !== 'string' || !expected.has(hit.id)) continue;
      expect(Math.abs(hit.distanceKm - (expected.get(hit.id) ?? Number.NaN))).toBeLessThan(0.001);
    }
  });

  it('with radius 0 returns only coincident points, ties ordered by id', () => {
    expect(withinRadius(features, center, 0)).toEqual([
      { id: 'same-a', distanceKm: 0 },
      { id: 'same-b', distanceKm: 0 },
    ]);
  });

  it('with a 20 000 km radius returns everything, sorted by distance', () => {
    const hits = withinRadius(features, center, 20_000);
    expect(hits).toHaveLength(features.length);
    const distances = hits.map((h) => h.distanceKm);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
  });

  it('reaches near-antipodal points with radii beyond half the sphere (no haversine wrap-around)', () => {
    const pair = reference.pairs.find((p) => p.name.startsWith('near-antipodal'));
    if (pair === undefined) throw new Error('fixture lacks the near-antipodal pair');
    const far = [pointFeature('antipode-ish', pair.b), pointFeature('home', pair.a)];
    expect(withinRadius(far, pair.a, 20_000).map((h) => h.id)).toEqual(['home', 'antipode-ish']);
    expect(withinRadius(far, pair.a, pair.distanceKm - 0.001).map((h) => h.id)).toEqual(['home']);
  });

  it('sorts by distance, then by id (numbers before strings)', () => {
    const p = [-72, 45];
    const near = [-72, 45.1];
    const data = [
      pointFeature('b', near),
      pointFeature(10, near),
      pointFeature('a', near),
      pointFeature(2, near),
      pointFeature('z', p),
    ];
    expect(withinRadius(data, p, 50).map((h) => h.id)).toEqual(['z', 2, 10, 'a', 'b']);
  });

  it('takes the id from properties.id when feature.id is absent', () => {
    const data: PointFeature[] = [
      { geometry: { type: 'Point', coordinates: center }, properties: { id: 'from-props' } },
    ];
    expect(withinRadius(data, center, 1)).toEqual([{ id: 'from-props', distanceKm: 0 }]);
  });

  it('returns nothing for an empty dataset', () => {
    expect(withinRadius([], center, 100)).toEqual([]);
  });

  it('builds the index once per dataset array', () => {
    expect(getPointIndex(features)).toBe(getPointIndex(features));
    expect(getPointIndex([...features])).not.toBe(getPointIndex(features));
  });

  it('agrees with a brute-force geodesic scan on random points', () => {
    const lon = fc.double({ min: -180, max: 180, noNaN: true });
    const lat = fc.double({ min: -89.9, max: 89.9, noNaN: true });
    const position = fc.tuple(lon, lat);
    fc.assert(
      fc.property(
        fc.array(position, { maxLength: 150 }),
        fc.oneof(
          position,
          fc.tuple(
            fc.double({ min: -80, max: -67, noNaN: true }),
            fc.double({ min: 40, max: 49, noNaN: true }),
          ),
        ),
        fc.oneof(
          fc.double({ min: 0, max: 500, noNaN: true }),
          fc.double({ min: 0, max: 20_100, noNaN: true }),
        ),
        (positions, c, r) => {
          const data = positions.map((pos, i) => pointFeature(i, pos));
          const expected = data
            .map((f, i) => ({ id: i, distanceKm: geodesicDistanceKm(c, f.geometry.coordinates) }))
            .filter((hit) => hit.distanceKm <= r + RADIUS_TOLERANCE_KM)
            .sort((x, y) => x.distanceKm - y.distanceKm || x.id - y.id);
          expect(withinRadius(data, c, r)).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('createPointIndex answers like withinRadius', () => {
    const index = createPointIndex(features);
    expect(index.size).toBe(features.length);
    expect(index.withinRadius(center, radiusKm)).toEqual(withinRadius(features, center, radiusKm));
  });
});

describe('radiusMatches: exact membership, distances when read', () => {
  it('holds the same features and distances as withinRadius, on and around the circle', () => {
    const matches = radiusMatches(features, center, radiusKm);
    const hits = withinRadius(features, center, radiusKm);
    expect(matches.size).toBe(hits.length);
    for (const hit of hits) expect(matches.get(hit.id), String(hit.id)).toBe(hit.distanceKm);
    for (const id of ids('beyond')) {
      expect(matches.has(id), id).toBe(false);
      expect(matches.get(id)).toBeUndefined();
    }
    expect(new Map(matches).size).toBe(hits.length);
  });

  it('decides points 1 mm inside and outside the circle at every bearing, at any latitude', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: -180, max: 180, noNaN: true }),
          fc.double({ min: -89, max: 89, noNaN: true }),
        ),
        fc.double({ min: 0.01, max: 3000, noNaN: true }),
        (c, r) => {
          const data = Array.from({ length: 24 }, (_, k) => {
            const inside = k % 2 === 0;
            const [lon, lat] = geodesicDestination(c, k * 15, inside ? r - 1e-6 : r + 1e-6);
            return pointFeature(`${inside ? 'in' : 'out'}-${k}`, [((lon + 540) % 360) - 180, lat]);
          });
          const matches = radiusMatches(data, c, r);
          const expected = data.filter(
            (f) => geodesicDistanceKm(c, f.geometry.coordinates) <= r + RADIUS_TOLERANCE_KM,
          );
          expect([...matches.keys()].sort()).toEqual(expected.map((f) => f.id).sort());
        },
      ),
      { numRuns: 200, seed: 20261207 },
    );
  });

  it('agrees with a brute-force geodesic scan on random points, across the antimeridian and the poles', () => {
    const position = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(position, { maxLength: 150 }),
        fc.oneof(position, fc.constant([179.9, 10]), fc.constant([-20, 89.5])),
        fc.oneof(
          fc.double({ min: 0, max: 800, noNaN: true }),
          fc.double({ min: 0, max: 20_100, noNaN: true }),
        ),
        (positions, c, r) => {
          const data = positions.map((pos, i) => pointFeature(i, pos));
          const matches = radiusMatches(data, c, r);
          const expected = data
            .map((f, i) => [i, geodesicDistanceKm(c, f.geometry.coordinates)] as const)
            .filter(([, d]) => d <= r + RADIUS_TOLERANCE_KM);
          expect([...matches.keys()].sort((a, b) => Number(a) - Number(b))).toEqual(expected.map(([i]) => i));
          for (const [i, d] of expected) expect(matches.get(i)).toBe(d);
        },
      ),
      { numRuns: 300, seed: 20261208 },
    );
  });
});

describe('withinRadius rejects bad input with a clear message', () => {
  it.each([
    [-5, 'withinRadius: radiusKm must be a finite number ≥ 0, got -5'],
    [Number.NaN, 'withinRadius: radiusKm must be a finite number ≥ 0, got NaN'],
    [Number.POSITIVE_INFINITY, 'withinRadius: radiusKm must be a finite number ≥ 0, got Infinity'],
  ])('radius %s', (radius, message) => {
    expect(() => withinRadius(features, center, radius)).toThrow(message);
  });

  it('centre out of range', () => {
    expect(() => withinRadius(features, [200, 45], 10)).toThrow(
      'withinRadius: center longitude must be a finite number in [-180, 180], got 200',
    );
  });

  it('a feature without an id', () => {
    const data: PointFeature[] = [
      pointFeature('ok', center),
      { geometry: { type: 'Point', coordinates: center } },
    ];
    expect(() => withinRadius(data, center, 10)).toThrow('withinRadius: features[1] has no id');
  });

  it('a duplicate id', () => {
    expect(() => withinRadius([pointFeature('x', center), pointFeature('x', center)], center, 10)).toThrow(
      'withinRadius: features[1] repeats id "x"',
    );
  });

  it('a feature with invalid coordinates', () => {
    expect(() => withinRadius([pointFeature('bad', [-73, 91])], center, 10)).toThrow(
      'withinRadius: features[0].geometry.coordinates latitude must be a finite number in [-90, 90], got 91',
    );
  });

  it('a feature that is not a Point', () => {
    const line: unknown = JSON.parse(
      '[{"id":"l","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]',
    );
    expect(() => withinRadius(Array.isArray(line) ? line : [], center, 10)).toThrow(
      'withinRadius: features[0].geometry must be a Point',
    );
  });
});
