import { beforeEach, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/datasets/vocabulary';
import { resetStore, useStore } from '../../src/store/store';

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

describe('store facets', () => {
  beforeEach(() => resetStore({ lang: 'en' }));

  it('keeps facet values in canonical order, toggling on and off', () => {
    useStore.getState().toggleFacet('statuses', 'operating');
    useStore.getState().toggleFacet('statuses', 'announced');
    expect(useStore.getState().statuses).toEqual(['operating', 'announced']);
    useStore.getState().toggleFacet('statuses', 'operating');
    expect(useStore.getState().statuses).toEqual(['announced']);
  });

  it('clears every filter but keeps language and selection', () => {
    useStore.setState({
      lang: 'fr',
      selectedId: 'x',
      coalitionOnly: true,
      query: 'ibm',
      year: 2000,
      tags: ['gan'],
    });
    useStore.getState().toggleCategory('fab');
    useStore.getState().clearFilters();
    const s = useStore.getState();
    expect([s.coalitionOnly, s.query, s.year, s.tags, s.categories]).toEqual([
      false,
      '',
      null,
      [],
      [...CATEGORIES],
    ]);
    expect([s.lang, s.selectedId]).toEqual(['fr', 'x']);
  });

  it('rounds the camera it keeps', () => {
    useStore.getState().setCamera({ lon: -72.123456, lat: 45.987654, zoom: 7.4567 });
    expect(useStore.getState().camera).toEqual({ lon: -72.1235, lat: 45.9877, zoom: 7.46 });
  });
});
