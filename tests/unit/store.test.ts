import { beforeEach, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/datasets/vocabulary';
import { resetStore, useStore } from '../../src/store/store';
import { countByCategory, visibleFacilities } from '../../src/store/visible-facilities';
import { facilitiesFixture } from '../fixtures/geo-fixtures';
import { facilityCollectionSchema } from '../../src/datasets/schemas';

const facilities = facilityCollectionSchema.parse(facilitiesFixture).features;

describe('store', () => {
  beforeEach(() => resetStore({ lang: 'en' }));

  it('starts with every category shown and nothing selected', () => {
    const s = useStore.getState();
    expect(s.categories).toEqual([...CATEGORIES]);
    expect(s.selectedId).toBeNull();
  });

  it('toggles a category off and back on, keeping the canonical order', () => {
    useStore.getState().toggleCategory('fab');
    expect(useStore.getState().categories).not.toContain('fab');
    useStore.getState().toggleCategory('research');
    useStore.getState().toggleCategory('fab');
    expect(useStore.getState().categories).toEqual(CATEGORIES.filter((c) => c !== 'research'));
  });

  it('selects and clears a facility by id, and switches language', () => {
    useStore.getState().select('fab-north');
    expect(useStore.getState().selectedId).toBe('fab-north');
    useStore.getState().select(null);
    expect(useStore.getState().selectedId).toBeNull();
    useStore.getState().setLang('fr');
    expect(useStore.getState().lang).toBe('fr');
  });
});

describe('visibleFacilities', () => {
  it('keeps only the chosen categories', () => {
    expect(visibleFacilities(facilities, { categories: ['fab'] }).map((f) => f.id)).toEqual([
      'fab-north',
      'fab-south',
    ]);
    expect(visibleFacilities(facilities, { categories: [] })).toEqual([]);
  });

  it('counts per category', () => {
    const counts = countByCategory(facilities);
    expect(counts.get('fab')).toBe(2);
    expect(counts.get('research')).toBe(1);
    expect(counts.get('supplier')).toBeUndefined();
  });
});
