import { describe, expect, it } from 'vitest';
import { facilityCollectionSchema } from '../../src/datasets/schemas';
import { sortFacilities } from '../../src/features/list/sort-facilities';
import { timelineRange } from '../../src/features/timeline/timeline-range';
import { defaultView } from '../../src/store/view-state';
import {
  facetCounts,
  isDated,
  matchesQuery,
  searchRank,
  statusAsOf,
  visibleFacilities,
  type FacilityFilters,
} from '../../src/store/visible-facilities';
import { facilitiesFixture } from '../fixtures/geo-fixtures';

const features = facilityCollectionSchema.parse(facilitiesFixture).features;
const none: FacilityFilters = defaultView();
const ids = (filters: Partial<FacilityFilters>) =>
  visibleFacilities(features, { ...none, ...filters }).map((f) => f.id);
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

describe('visibleFacilities', () => {
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
    const names = (query: string) => visibleFacilities(features, { ...none, query }).map((f) => f.id);
    expect(names('wafer fab')).toEqual(['fab-north', 'fab-south']);
    expect(names('usine de plaquettes')).toEqual(['fab-north', 'fab-south']);
    expect(names('university')).toEqual(['uni-west']);
    // Word starts: "brooke" is inside "Sherbrooke", not the start of a word.
    expect(names('brooke')).toEqual([]);
    expect(names('sherb')).toEqual(['lab-east']);
  });
});

describe('facetCounts', () => {
  it('counts what each option would leave, given the other facets', () => {
    const counts = facetCounts(features, { ...none, countries: ['CA'] });
    expect(counts.categories.get('fab')).toBe(1);
    expect(counts.categories.get('research')).toBe(1);
    // The country facet ignores its own choice: choosing US instead would leave 2.
    expect(counts.countries.get('US')).toBe(2);
    expect(counts.countries.get('CA')).toBe(2);
    expect(counts.coalition).toBe(1);
    expect(counts.tags.get('mems')).toBe(1);
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

describe('timelineRange', () => {
  it('spans the recorded years up to this year', () => {
    expect(timelineRange(features, 2026)).toEqual({ min: 1972, max: 2026 });
    expect(timelineRange([], 2026)).toEqual({ min: 2026, max: 2026 });
  });
});
