import { describe, expect, it } from 'vitest';
import { KM_PER_MILE, kmToMiles, milesToKm } from '../../../src/spatial';

describe('units', () => {
  it('uses the international mile (1959): 1 mi = 1.609344 km exactly', () => {
    expect(KM_PER_MILE).toBe(1.609344);
    expect(milesToKm(100)).toBeCloseTo(160.9344, 12);
    expect(kmToMiles(160.9344)).toBeCloseTo(100, 12);
  });

  it('round-trips', () => {
    expect(milesToKm(kmToMiles(271.617))).toBeCloseTo(271.617, 12);
  });
});
