import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import borderFixture from '../../fixtures/spatial/border-fixture.json';
import reference from '../../fixtures/spatial/geodesic-reference.json';
import { distanceToBorderKm, geodesicDistanceKm, loadBorder } from '../../../src/spatial';

const border = loadBorder(borderFixture, 'border-fixture.json');
const ONE_METRE_KM = 0.001;

/** Every [lon, lat] in a nested GeoJSON coordinates array. */
function positionsIn(value: unknown): number[][] {
  if (!Array.isArray(value)) return [];
  if (value.every((n) => typeof n === 'number')) return [value];
  return value.flatMap(positionsIn);
}

describe('distanceToBorderKm on the fixture border', () => {
  it('is 0 on the border', () => {
    const { position, nearest } = reference.border.onBorder;
    const result = distanceToBorderKm(position, border);
    expect(result.distanceKm).toBeLessThan(1e-6);
    expect(result.nearest[0]).toBeCloseTo(nearest[0] ?? Number.NaN, 7);
    expect(result.nearest[1]).toBeCloseTo(nearest[1] ?? Number.NaN, 7);
  });

  it.each([
    ['10 km due north of the 45th parallel, mid-segment', reference.border.north10km],
    ['10 km due east of the Maine–New Brunswick meridian line', reference.border.east10km],
    ['beyond the western end of the line', reference.border.westOfEnd],
  ])('%s: GeographicLib distance within 1 m, and the expected nearest point', (_, expected) => {
    const result = distanceToBorderKm(expected.position, border);
    expect(Math.abs(result.distanceKm - expected.distanceKm)).toBeLessThanOrEqual(ONE_METRE_KM);
    // Turf locates the foot on 0.05° great-circle chords, whose direction differs from the parallel's
    // by up to ~0.02°: the foot may slide ~3 m along the line at 10 km. 1e-4° is ~8 m.
    expect(Math.abs(result.nearest[0] - (expected.nearest[0] ?? Number.NaN))).toBeLessThan(1e-4);
    expect(Math.abs(result.nearest[1] - (expected.nearest[1] ?? Number.NaN))).toBeLessThan(1e-4);
  });

  it('reports a nearest point that lies on the border, at the reported distance, no farther than any vertex', () => {
    const vertices = borderFixture.features.flatMap((f) => positionsIn(f.geometry.coordinates));
    const probes = [
      [-72.72, 45.3],
      [-74.0, 44.2],
      [-70.0, 46.0],
      [-68.1, 47.5],
      [-66.5, 45.2],
    ];
    for (const probe of probes) {
      const { distanceKm, nearest } = distanceToBorderKm(probe, border);
      expect(Math.abs(geodesicDistanceKm(probe, nearest) - distanceKm)).toBeLessThan(1e-9);
      expect(distanceToBorderKm(nearest, border).distanceKm).toBeLessThan(ONE_METRE_KM);
      for (const vertex of vertices)
        expect(distanceKm).toBeLessThanOrEqual(geodesicDistanceKm(probe, vertex) + 1e-9);
    }
  });

  it('rejects an invalid position and a border that did not come from loadBorder', () => {
    expect(() => distanceToBorderKm([-73, 100], border)).toThrow(
      'distanceToBorderKm: position latitude must be a finite number in [-90, 90], got 100',
    );
    expect(() => distanceToBorderKm([-73, 45], { chunks: [] })).toThrow(
      'distanceToBorderKm: border must be the result of loadBorder',
    );
  });
});

describe('loadBorder', () => {
  it.each([
    [[], 'loadBorder(b.json): type must be "FeatureCollection", got undefined'],
    [{ type: 'FeatureCollection', features: [] }, 'loadBorder(b.json): features must be a non-empty array'],
    [
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] } }],
      },
      'loadBorder(b.json): features[0].geometry.type must be "LineString" or "MultiLineString", got "Polygon"',
    ],
    [
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[-73, 45]] } }],
      },
      'loadBorder(b.json): features[0].geometry.coordinates must be an array of at least 2 positions',
    ],
    [
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: {
              type: 'MultiLineString',
              coordinates: [
                [
                  [-73, 45],
                  [-72, 45],
                ],
                [
                  [-72, 45],
                  [-71, 'x'],
                ],
              ],
            },
          },
        ],
      },
      'loadBorder(b.json): features[0].geometry.coordinates[1][1] latitude must be a finite number in [-90, 90], got "x"',
    ],
  ])('rejects %j', (bad, message) => {
    expect(() => loadBorder(bad, 'b.json')).toThrow(message);
  });

  it('accepts the app border public/geo/border.json (Canada–US border in the corridor)', () => {
    const file: unknown = JSON.parse(
      readFileSync(new URL('../../../public/geo/border.json', import.meta.url), 'utf8'),
    );
    const appBorder = loadBorder(file, 'public/geo/border.json');
    // Bromont is ~32 km north of the QC–VT line (45.007–45.013° N there).
    const { distanceKm } = distanceToBorderKm([-72.7051, 45.296], appBorder);
    expect(distanceKm).toBeGreaterThan(31);
    expect(distanceKm).toBeLessThan(33);
  });
});
