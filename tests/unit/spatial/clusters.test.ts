import { describe, expect, it } from 'vitest';
import { createClusters } from '../../../src/spatial';

const point = (id: string, lon: number, lat: number) => ({
  id,
  type: 'Feature' as const,
  properties: {},
  geometry: { type: 'Point' as const, coordinates: [lon, lat] },
});

// Three facilities in Bromont at the same city point, one in Sherbrooke (~60 km east), one in Albany.
const features = [
  point('a', -72.65, 45.3167),
  point('b', -72.65, 45.3167),
  point('c', -72.65, 45.3167),
  point('d', -71.89, 45.4),
  point('e', -73.75, 42.65),
];

describe('createClusters', () => {
  it('groups nearby points at low zoom and accounts for every point exactly once', () => {
    const { clusters, singles } = createClusters(features).at(5);
    const members = [...clusters.flatMap((c) => c.ids), ...singles].map(String).sort();
    expect(members).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(clusters.reduce((n, c) => n + c.count, 0) + singles.length).toBe(5);
    expect(singles).toContain('e');
  });

  it('splits groups as the zoom grows; coincident points stay grouped up to maxZoom, then are single', () => {
    const mid = createClusters(features).at(9);
    expect(mid.clusters.map((c) => [...c.ids].sort())).toEqual([['a', 'b', 'c']]);
    expect(mid.clusters[0]?.expansionZoom).toBeGreaterThan(9);
    const close = createClusters(features).at(11);
    expect(close.clusters).toEqual([]);
    expect(close.singles.map(String).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('handles an empty set and rejects a feature without id', () => {
    expect(createClusters([]).at(5)).toEqual({ clusters: [], singles: [] });
    expect(() =>
      createClusters([{ properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }]),
    ).toThrow(/createClusters: feature 0 has no id/);
  });
});
