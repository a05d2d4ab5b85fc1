import { bench, describe } from 'vitest';
import { createPointIndex } from '../../src/spatial';
import { BROMONT, naiveGeodesicScan, naiveTurfScan, RADIUS_KM, SIZES, syntheticPoints } from './radius-setup';

// One group per dataset size, so vitest prints "x times faster" for ours against each baseline.
for (const size of SIZES) {
  describe(`withinRadius ${RADIUS_KM} km around Bromont, ${size.toLocaleString('en')} points`, () => {
    const features = syntheticPoints(size);
    // Built once, outside the timed functions: the app builds it once per dataset.
    const index = createPointIndex(features);
    const expected = naiveGeodesicScan(features, BROMONT, RADIUS_KM).length;
    const found = index.withinRadius(BROMONT, RADIUS_KM).length;
    if (found !== expected) throw new Error(`index found ${found} points, the geodesic scan ${expected}`);
    const matched = index.matchesWithinRadius(BROMONT, RADIUS_KM).size;
    if (matched !== expected)
      throw new Error(`index matched ${matched} points, the geodesic scan ${expected}`);

    bench('ours: matchesWithinRadius (exact WGS84 membership, distances when read)', () => {
      index.matchesWithinRadius(BROMONT, RADIUS_KM);
    });
    bench('ours: withinRadius (every distance exact, sorted)', () => {
      index.withinRadius(BROMONT, RADIUS_KM);
    });
    bench('naive: turf distance on every point + filter + sort (spherical)', () => {
      naiveTurfScan(features, BROMONT, RADIUS_KM);
    });
    bench('naive: geodesic distance on every point + filter + sort (same answer as ours)', () => {
      naiveGeodesicScan(features, BROMONT, RADIUS_KM);
    });
  });
}
