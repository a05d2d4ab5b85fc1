import { bench, describe } from 'vitest';
import type { FacilityFeature } from '../../src/datasets/schemas';
import { CATEGORIES, COUNTRIES, REGION_CODES } from '../../src/datasets/vocabulary';
import { shownCollection } from '../../src/features/facility-map/map-features';
import { indexSent, sourceDiff } from '../../src/map/source-diff';
import { defaultView } from '../../src/store/view-state';
import { deriveFacilities } from '../../src/store/visible-facilities';
import { rowDerive } from './row-derive';

/**
 * What one category toggle costs the app's main thread. First the derivation (the shown set and every facet count)
 * against the same answer computed record by record. Then what is handed to MapLibre's worker (which copies what
 * it is sent, a structured clone): ours, the diff from the last shown set (`sourceDiff`) and a copy of that diff;
 * the baseline, a copy of the whole shown set (`setData`).
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

for (const n of [10_000, 100_000]) {
  const features = syntheticFacilities(n);
  const all = defaultView();
  const filters = { ...all, categories: all.categories.filter((c) => c !== 'supplier') };
  // The numbered columns are made once per loaded array (at load), not per change.
  deriveFacilities(features, filters);
  describe(`a category toggle's derivation (shown set + every facet count), ${n.toLocaleString('en')} facilities`, () => {
    bench('ours: numbered columns, a table lookup per facet', () => {
      deriveFacilities(features, filters);
    });
    bench('baseline: record by record, a set per facet and a map per count', () => {
      rowDerive(features, filters);
    });
  });
}

for (const n of [10_000, 100_000]) {
  const features = syntheticFacilities(n);
  const all = defaultView();
  const before = shownCollection(features, deriveFacilities(features, all).shown);
  const after = shownCollection(
    features,
    deriveFacilities(features, { ...all, categories: all.categories.filter((c) => c !== 'supplier') }).shown,
  );
  describe(`a category toggle sent to MapLibre's worker, ${n.toLocaleString('en')} facilities`, () => {
    // Includes indexing the set before (done by the previous send in the app), so each run starts afresh.
    bench('ours: the diff from the shown set before, copied', () => {
      const { diff } = sourceDiff(indexSent(before), after);
      structuredClone(diff);
    });
    bench('baseline: the whole shown set, copied', () => {
      structuredClone(after);
    });
  });
}
