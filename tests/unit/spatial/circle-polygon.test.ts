import { describe, expect, it } from 'vitest';
import reference from '../../fixtures/spatial/geodesic-reference.json';
import { circlePolygon } from '../../../src/spatial';

const { center, radiusKm, points } = reference.radius;

describe('circlePolygon', () => {
  it('is a closed ring of steps + 1 positions on the geodesic circle (GeographicLib Direct)', () => {
    const ring = circlePolygon(center, radiusKm, 8).geometry.coordinates[0] ?? [];
    expect(ring).toHaveLength(9);
    expect(ring[8]).toEqual(ring[0]);
    // Steps of 45° from north: vertex k is the fixture's point at azimuth 45k.
    ring.slice(0, 8).forEach((vertex, k) => {
      const expected = points.find((p) => p.id === `at-${45 * k}`)?.position ?? [];
      expect(vertex[0]).toBeCloseTo(expected[0] ?? Number.NaN, 9);
      expect(vertex[1]).toBeCloseTo(expected[1] ?? Number.NaN, 9);
    });
  });

  it('defaults to 128 steps', () => {
    expect(circlePolygon(center, 10).geometry.coordinates[0]).toHaveLength(129);
  });

  it('rejects bad input', () => {
    expect(() => circlePolygon(center, -1)).toThrow(
      'circlePolygon: radiusKm must be a finite number ≥ 0, got -1',
    );
    expect(() => circlePolygon(center, 10, 2)).toThrow('circlePolygon: steps must be an integer ≥ 3, got 2');
    expect(() => circlePolygon([-73, Number.NaN], 10)).toThrow('circlePolygon: center latitude');
  });
});
