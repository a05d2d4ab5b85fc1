import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/datasets/vocabulary';
import { CATEGORY_COLORS } from '../../src/map/colors';
import { singleIdFilter } from '../../src/map/filters';
import { basemapLayers } from '../../src/map/layers/basemap-layers';
import { facilityLayers } from '../../src/features/facility-map/facility-layer-specs';
import { nodeLayers, routeLayers } from '../../src/features/logistics/logistics-layer-specs';
import { LAYER, SOURCE } from '../../src/map/layers/ids';
import { beforeIdFor, LAYER_ORDER } from '../../src/map/layers/order';
import { clusterLayers } from '../../src/features/facility-map/facility-layer-specs';
import { pairLayers } from '../../src/features/cross-border/pair-layer-specs';
import { radiusLayers } from '../../src/features/radius/radius-layer-specs';
import { baseStyle } from '../../src/map/style';

const emptySource: GeoJSONSourceSpecification = {
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
};

function fullStyle(lang: 'en' | 'fr'): StyleSpecification {
  const base = baseStyle();
  return {
    ...base,
    sources: Object.fromEntries(Object.values(SOURCE).map((id) => [id, emptySource])),
    layers: [
      ...base.layers,
      ...basemapLayers(lang),
      ...routeLayers(),
      ...radiusLayers(),
      ...pairLayers(),
      ...clusterLayers(),
      ...nodeLayers(lang),
      ...facilityLayers(lang).map((l): LayerSpecification =>
        l.type === 'background' ? l : { ...l, filter: singleIdFilter('c2mi-bromont') },
      ),
    ],
  };
}

describe('layer specs', () => {
  it.each(['en', 'fr'] as const)('validate against the MapLibre style spec (%s)', (lang) => {
    expect(validateStyleMin(fullStyle(lang))).toEqual([]);
  });

  it('reject an invalid spec (the validator is really looking)', () => {
    const style = fullStyle('en');
    const broken = { ...style, layers: [...style.layers, { id: 'x', type: 'circle', source: 'nowhere' }] };
    expect(validateStyleMin(broken as StyleSpecification).length).toBeGreaterThan(0);
  });

  it('have unique ids, each with a place in the stacking order', () => {
    const ids = fullStyle('en').layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...LAYER_ORDER].sort());
  });

  it('colour facilities by every category', () => {
    const circles = facilityLayers('en').find((l) => l.id === LAYER.facilities);
    const color = circles && 'paint' in circles ? JSON.stringify(circles.paint) : '';
    for (const category of CATEGORIES) expect(color).toContain(CATEGORY_COLORS[category]);
  });

  it('label in the interface language', () => {
    const fr = JSON.stringify(facilityLayers('fr').find((l) => l.id === LAYER.facilityLabels));
    const en = JSON.stringify(facilityLayers('en').find((l) => l.id === LAYER.facilityLabels));
    expect(fr).toContain('name_fr');
    expect(en).toContain('name_en');
  });

  it('never ask a glyph or sprite server (labels use local fonts)', () => {
    const style = fullStyle('en');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });
});

describe('filters', () => {
  it('are valid filters for the style spec, empty or not', () => {
    for (const filter of [singleIdFilter(null), singleIdFilter('x')]) {
      const style = fullStyle('en');
      const layers = style.layers.map((l) => (l.id === LAYER.facilities ? { ...l, filter } : l));
      expect(validateStyleMin({ ...style, layers } as StyleSpecification)).toEqual([]);
    }
  });

  it('ring only one facility', () => {
    expect(singleIdFilter('c2mi-bromont')).toEqual(['==', ['get', 'id'], 'c2mi-bromont']);
    expect(singleIdFilter(null)).toEqual(['==', ['get', 'id'], '']);
  });

  it('the selected and hovered facility rings draw what their one-feature sources hold', () => {
    for (const id of [LAYER.facilitySelected, LAYER.facilityHover]) {
      const ring = facilityLayers('en').find((l) => l.id === id);
      expect(ring && 'source' in ring && ring.source, id).toBe(
        id === LAYER.facilitySelected ? SOURCE.facilitySelected : SOURCE.facilityHover,
      );
      expect(ring && 'filter' in ring ? ring.filter : undefined, id).toBeUndefined();
    }
  });
});

describe('beforeIdFor', () => {
  it('inserts below the first layer above it that is already on the map', () => {
    const present = new Set<string>([LAYER.facilities, LAYER.cities]);
    expect(beforeIdFor(LAYER.land, (id) => present.has(id))).toBe(LAYER.facilities);
    expect(beforeIdFor(LAYER.facilityLabels, (id) => present.has(id))).toBeUndefined();
    expect(beforeIdFor(LAYER.facilities, (id) => present.has(id))).toBe(LAYER.cities);
  });

  it('refuses a layer without a place', () => {
    expect(() => beforeIdFor('mystery', () => true)).toThrow(/mystery/);
  });
});
