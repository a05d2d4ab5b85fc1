import { bench, describe } from 'vitest';
import type { FacilityFeature } from '../../src/datasets/schemas';
import { CATEGORIES, COUNTRIES, REGION_CODES } from '../../src/datasets/vocabulary';
import { mapFacility } from '../../src/features/facility-map/map-features';
import { defaultView } from '../../src/store/view-state';
import { deriveFacilities } from '../../src/store/visible-facilities';

/**
 * What one filter change costs the app's main thread: deriving the shown facilities and the facet counts, then
 * handing the shown set to MapLibre's worker (its clustered source re-clusters them there). Ours sends only the
 * fields the map draws (`mapFacility`); the baseline sends the shown records whole. Both measured by the
 * structured clone that postMessage to the worker makes.
 */
function syntheticFacilities(n: number): FacilityFeature[] {
  let seed = 42 + n;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  return Array.from({ length: n }, (_, i) => {
    const region = REGION_CODES[Math.floor(random() * REGION_CODES.length)] ?? 'QC';
    return {
      type: 'Feature' as const,
      id: `f${i}`,
      geometry: {
        type: 'Point' as const,
        coordinates: [-80 + 13 * random(), 40 + 9 * random()] as [number, number],
      },
      properties: {
        id: `f${i}`,
        name: `Facility ${i}`,
        operator: `Operator ${i % 97}`,
        category: CATEGORIES[i % CATEGORIES.length] ?? 'fab',
        tags: ['mems', 'packaging'],
        status: 'operating' as const,
        coalition_member: i % 13 === 0,
        city: `City ${i % 50}`,
        region,
        country: COUNTRIES[i % 2] ?? 'CA',
        precision: 'city' as const,
        coord_source: 'https://example.org/coords',
        description_en: 'A synthetic facility for benchmarks.',
        description_fr: 'Une installation synthétique pour les bancs d’essai.',
        sources: [{ url: 'https://example.org/source', checked: '2025-01-01' }],
      },
    };
  });
}

for (const n of [1_000, 10_000, 50_000]) {
  const features = syntheticFacilities(n);
  const filters = {
    ...defaultView(),
    countries: ['US' as const],
    categories: ['fab' as const, 'research' as const],
  };
  describe(`one filter change, ${n.toLocaleString('en')} facilities`, () => {
    bench('ours: derive + counts + send the drawn fields of the shown facilities (structured clone)', () => {
      const shown = deriveFacilities(features, filters).visible;
      structuredClone({ type: 'FeatureCollection', features: shown.map(mapFacility) });
    });
    bench('baseline: derive + counts + send the shown records whole (structured clone)', () => {
      const shown = deriveFacilities(features, filters).visible;
      structuredClone({ type: 'FeatureCollection', features: shown });
    });
  });
}
