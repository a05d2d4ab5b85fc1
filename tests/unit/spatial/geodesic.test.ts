import { describe, expect, it } from 'vitest';
import reference from '../../fixtures/spatial/geodesic-reference.json';
import { geodesicDestination, geodesicDistanceKm, lineLengthKm } from '../../../src/spatial';

const ONE_METRE_KM = 0.001;

describe('geodesicDistanceKm', () => {
  it.each(reference.pairs)('agrees with GeographicLib within 1 m: $name', ({ a, b, distanceKm }) => {
    expect(Math.abs(geodesicDistanceKm(a, b) - distanceKm)).toBeLessThanOrEqual(ONE_METRE_KM);
    expect(Math.abs(geodesicDistanceKm(b, a) - distanceKm)).toBeLessThanOrEqual(ONE_METRE_KM);
  });

  it('is exactly 0 for identical points', () => {
    expect(geodesicDistanceKm([-72.7051, 45.296], [-72.7051, 45.296])).toBe(0);
  });

  it.each([
    [[Number.NaN, 45], 'geodesicDistanceKm: a longitude must be a finite number in [-180, 180], got NaN'],
    [[-181, 45], 'geodesicDistanceKm: a longitude must be a finite number in [-180, 180], got -181'],
    [[-73, 90.5], 'geodesicDistanceKm: a latitude must be a finite number in [-90, 90], got 90.5'],
    [
      [-73, Number.POSITIVE_INFINITY],
      'geodesicDistanceKm: a latitude must be a finite number in [-90, 90], got Infinity',
    ],
    [[-73], 'geodesicDistanceKm: a must be a [lon, lat] array, got [-73]'],
  ])('rejects %j with a message saying what is wrong', (bad, message) => {
    expect(() => geodesicDistanceKm(bad, [-73, 45])).toThrow(message);
  });

  it('names the second argument when it is the invalid one', () => {
    expect(() => geodesicDistanceKm([-73, 45], [-73, -95])).toThrow('geodesicDistanceKm: b latitude');
  });
});

describe('geodesicDestination', () => {
  const { center, radiusKm, points } = reference.radius;
  const onCircle = points.filter((p) => p.kind === 'at');

  it.each(onCircle)('matches GeographicLib Direct ($id)', ({ id, position }) => {
    const azimuth = Number(id.replace('at-', ''));
    const [lon, lat] = geodesicDestination(center, azimuth, radiusKm);
    expect(lon).toBeCloseTo(position[0] ?? Number.NaN, 9);
    expect(lat).toBeCloseTo(position[1] ?? Number.NaN, 9);
  });

  it('rejects a negative distance', () => {
    expect(() => geodesicDestination(center, 0, -1)).toThrow(
      'geodesicDestination: distanceKm must be a finite number ≥ 0, got -1',
    );
  });
});

describe('lineLengthKm', () => {
  const line = [
    [-73, 45],
    [-72, 45],
    [-72, 46],
  ];
  it('adds the geodesic legs, over the whole line or between two point indices', () => {
    const legs = [geodesicDistanceKm(line[0]!, line[1]!), geodesicDistanceKm(line[1]!, line[2]!)];
    expect(lineLengthKm(line)).toBeCloseTo(legs[0]! + legs[1]!, 9);
    expect(lineLengthKm(line, 1, 2)).toBeCloseTo(legs[1]!, 9);
    expect(lineLengthKm(line, 1, 1)).toBe(0);
    // One degree of latitude near 45° N is about 111.1 km on WGS84.
    expect(lineLengthKm(line, 1)).toBeCloseTo(111.1, 0);
  });
});
