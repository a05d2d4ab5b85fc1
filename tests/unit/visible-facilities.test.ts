import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facilityCollectionSchema } from '../../src/datasets/schemas';
import { inOrder, sortFacilities, sortedPositions } from '../../src/features/list/sort-facilities';
import { timelineRange } from '../../src/features/timeline/timeline-range';
import { CATEGORIES, COUNTRIES, REGION_CODES, STATUSES, TAGS } from '../../src/datasets/vocabulary';
import { defaultView } from '../../src/store/view-state';
import {
  deriveFacilities,
  isDated,
  matchesQuery,
  searchRank,
  statusAsOf,
  type FacilityFilters,
} from '../../src/store/visible-facilities';
import { facilitiesFixture } from '../fixtures/geo-fixtures';

const features = facilityCollectionSchema.parse(facilitiesFixture).features;
const none: FacilityFilters = defaultView();
const ids = (filters: Partial<FacilityFilters>) =>
  deriveFacilities(features, { ...none, ...filters }).visible.map((f) => f.id);
const byId = (id: string) => {
  const f = features.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};

describe('statusAsOf (the timeline)', () => {
  const fab = {
    status: 'operating' as const,
    year_announced: 2018,
    year_construction: 2019,
    year_opened: 2021,
    year_closed: undefined,
  };
  it('follows the recorded years', () => {
    expect(statusAsOf(fab, 2017)).toBeNull();
    expect(statusAsOf(fab, 2018)).toBe('announced');
    expect(statusAsOf(fab, 2020)).toBe('under-construction');
    expect(statusAsOf(fab, 2021)).toBe('operating');
    expect(statusAsOf({ ...fab, status: 'closed', year_closed: 2024 }, 2025)).toBe('closed');
    expect(statusAsOf(fab, null)).toBe('operating');
  });
  it('cannot place a record without years', () => {
    const undated = { status: 'operating' as const };
    expect(isDated(undated)).toBe(false);
    expect(statusAsOf(undated, 2020)).toBeNull();
    expect(statusAsOf(undated, null)).toBe('operating');
  });
});

describe('deriveFacilities: what is shown', () => {
  it('shows everything by default', () => {
    expect(ids({})).toEqual(['fab-north', 'fab-south', 'lab-east', 'uni-west']);
  });
  it('combines facets with AND, options within a facet with OR', () => {
    expect(ids({ categories: ['fab'] })).toEqual(['fab-north', 'fab-south']);
    expect(ids({ categories: ['fab'], countries: ['US'] })).toEqual(['fab-south']);
    expect(ids({ regions: ['QC', 'VT'] })).toEqual(['fab-north', 'lab-east', 'uni-west']);
    expect(ids({ tags: ['mems'] })).toEqual(['fab-north']);
    expect(ids({ coalitionOnly: true })).toEqual(['lab-east']);
    expect(ids({ operators: ['Operator of fab-south'] })).toEqual(['fab-south']);
    expect(ids({ statuses: ['closed'] })).toEqual([]);
  });
  it('hides undated records and the not-yet-built on the timeline', () => {
    expect(ids({ year: 1990 })).toEqual(['fab-north']);
    expect(ids({ year: 1960 })).toEqual([]);
  });
});

describe('search', () => {
  it('forgives accents and case, in any order of words', () => {
    expect(matchesQuery(byId('lab-east').properties, 'universite de sherbrooke')).toBe(true);
    expect(matchesQuery(byId('lab-east').properties, 'SHERBROOKE université')).toBe(true);
    expect(matchesQuery(byId('lab-east').properties, 'sherbrooke montreal')).toBe(false);
  });
  it('finds names in both languages, operators, cities and technologies in both languages', () => {
    expect(ids({ query: 'north fab' })).toEqual(['fab-north']);
    expect(ids({ query: 'usine nord' })).toEqual(['fab-north']);
    expect(ids({ query: 'operator of fab-south' })).toEqual(['fab-south']);
    expect(ids({ query: 'encapsulation' })).toEqual(['fab-north']);
    expect(ids({ query: 'packaging' })).toEqual(['fab-north']);
    expect(ids({ query: 'testville' })).toHaveLength(4);
  });
});

describe('searchRank', () => {
  it('ranks a name that starts with the query, then one holding it from a word start, then every word', () => {
    const lab = byId('lab-east').properties;
    expect(searchRank(lab, 'universite de sherbrooke')).toBe(0);
    expect(searchRank(lab, 'sherbrooke')).toBe(1);
    expect(searchRank(lab, 'de sherb')).toBe(1);
    expect(searchRank(lab, 'sherbrooke universite')).toBe(2);
    expect(searchRank(byId('fab-north').properties, 'testville')).toBe(3);
  });

  it('matches a category by its name in either language, and words by their start only', () => {
    const names = (query: string) => deriveFacilities(features, { ...none, query }).visible.map((f) => f.id);
    expect(names('wafer fab')).toEqual(['fab-north', 'fab-south']);
    expect(names('usine de plaquettes')).toEqual(['fab-north', 'fab-south']);
    expect(names('university')).toEqual(['uni-west']);
    // Word starts: "brooke" is inside "Sherbrooke", not the start of a word.
    expect(names('brooke')).toEqual([]);
    expect(names('sherb')).toEqual(['lab-east']);
  });
});

describe('deriveFacilities: facet counts', () => {
  it('counts what each option would leave, given the other facets', () => {
    const { counts } = deriveFacilities(features, { ...none, countries: ['CA'] });
    expect(counts.categories.get('fab')).toBe(1);
    expect(counts.categories.get('research')).toBe(1);
    // The country facet ignores its own choice: choosing US instead would leave 2.
    expect(counts.countries.get('US')).toBe(2);
    expect(counts.countries.get('CA')).toBe(2);
    expect(counts.coalition).toBe(1);
    expect(counts.tags.get('mems')).toBe(1);
  });
});

describe('deriveFacilities', () => {
  // Random records and filters against the definitions, written the slow way: a facility is shown when it
  // passes the search, the timeline, the radius and every facet; it counts for an option of a facet when it has
  // that option and passes everything but that facet.
  const operators = ['A', 'B', 'C'];
  const someTags = [...TAGS.slice(0, 3), ...TAGS.slice(-2)];
  const record = fc.record({
    category: fc.constantFrom(...CATEGORIES),
    status: fc.constantFrom(...STATUSES),
    country: fc.constantFrom(...COUNTRIES),
    region: fc.constantFrom(...REGION_CODES.slice(0, 4)),
    tags: fc.subarray(someTags),
    operator: fc.constantFrom(...operators),
    coalition_member: fc.boolean(),
    year_opened: fc.option(fc.integer({ min: 1990, max: 2000 }), { nil: undefined }),
    city: fc.constantFrom('Bromont', 'Essex Junction'),
  });
  const filters = fc.record({
    categories: fc.subarray([...CATEGORIES]),
    statuses: fc.subarray([...STATUSES]),
    countries: fc.subarray([...COUNTRIES]),
    regions: fc.subarray(REGION_CODES.slice(0, 4)),
    tags: fc.subarray(someTags),
    // An operator no record has: choosing it alone shows none.
    operators: fc.subarray([...operators, 'Nobody']),
    coalitionOnly: fc.boolean(),
    year: fc.constantFrom(null, 1995),
    query: fc.constantFrom('', 'bromont'),
  });
  const template = byId('fab-north');

  it('shows and counts what the definitions say, in one pass', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), filters, fc.boolean(), (records, chosen, radius) => {
        const all = records.map((r, i) => ({
          ...template,
          id: `f${i}`,
          properties: { ...template.properties, ...r, id: `f${i}` },
        }));
        const within = radius ? new Map(all.filter((_, i) => i % 3 > 0).map((f) => [f.id, 1])) : undefined;
        const view = { ...none, ...chosen };
        const { visible, counts } = deriveFacilities(all, view, within);
        const passes = (f: (typeof all)[number], except?: string) => {
          const p = f.properties;
          const status = statusAsOf(p, view.year);
          const ok = (facet: string, chosenValues: readonly unknown[], value: unknown) =>
            facet === except || chosenValues.length === 0 || chosenValues.includes(value);
          return (
            (within === undefined || within.has(f.id)) &&
            status !== null &&
            matchesQuery(p, view.query) &&
            (except === 'categories' || view.categories.includes(p.category)) &&
            ok('statuses', view.statuses, status) &&
            ok('countries', view.countries, p.country) &&
            ok('regions', view.regions, p.region) &&
            (except === 'tags' || view.tags.length === 0 || p.tags.some((t) => view.tags.includes(t))) &&
            ok('operators', view.operators, p.operator) &&
            (except === 'coalition' || !view.coalitionOnly || p.coalition_member)
          );
        };
        expect(visible).toEqual(all.filter((f) => passes(f)));
        const count = (facet: string, has: (f: (typeof all)[number]) => boolean) =>
          all.filter((f) => has(f) && passes(f, facet)).length;
        for (const c of CATEGORIES)
          expect(counts.categories.get(c) ?? 0).toBe(count('categories', (f) => f.properties.category === c));
        for (const s of STATUSES)
          expect(counts.statuses.get(s) ?? 0).toBe(
            count('statuses', (f) => statusAsOf(f.properties, view.year) === s),
          );
        for (const c of COUNTRIES)
          expect(counts.countries.get(c) ?? 0).toBe(count('countries', (f) => f.properties.country === c));
        for (const r of REGION_CODES)
          expect(counts.regions.get(r) ?? 0).toBe(count('regions', (f) => f.properties.region === r));
        for (const t of TAGS)
          expect(counts.tags.get(t) ?? 0).toBe(count('tags', (f) => f.properties.tags.includes(t)));
        for (const o of operators)
          expect(counts.operators.get(o) ?? 0).toBe(count('operators', (f) => f.properties.operator === o));
        expect(counts.coalition).toBe(count('coalition', (f) => f.properties.coalition_member));
      }),
      { numRuns: 300 },
    );
  });
});

describe('sortFacilities', () => {
  it('sorts by name in the language, by category, and by distance', () => {
    expect(sortFacilities(features, 'name', 'en').map((f) => f.id)).toEqual([
      'uni-west',
      'fab-north',
      'fab-south',
      'lab-east',
    ]);
    expect(sortFacilities(features, 'category', 'en').map((f) => f.id)).toEqual([
      'fab-north',
      'fab-south',
      'lab-east',
      'uni-west',
    ]);
    const distances = new Map([
      ['lab-east', 1],
      ['fab-south', 2],
    ]);
    expect(
      sortFacilities(features, 'distance', 'en', distances)
        .map((f) => f.id)
        .slice(0, 2),
    ).toEqual(['lab-east', 'fab-south']);
  });
});

describe('inOrder', () => {
  it('keeps the shown facilities in the order of all of them sorted once', () => {
    for (const sort of ['name', 'category'] as const) {
      const positions = sortedPositions(features, sort, 'fr');
      fc.assert(
        fc.property(fc.subarray(features), (shown) => {
          const mask = Uint8Array.from(features, (f) => (shown.includes(f) ? 1 : 0));
          expect(inOrder(features, positions, mask)).toEqual(sortFacilities(shown, sort, 'fr'));
        }),
      );
    }
  });
});

describe('timelineRange', () => {
  it('spans the recorded years up to this year', () => {
    expect(timelineRange(features, 2026)).toEqual({ min: 1972, max: 2026 });
    expect(timelineRange([], 2026)).toEqual({ min: 2026, max: 2026 });
  });
});
