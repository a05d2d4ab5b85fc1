import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_COLORS } from '../colors';
import type { Lang } from '../../i18n/translate';
import { LAYER, SOURCE } from './ids';

const LABEL_FONT = ['Noto Sans Regular'];

/**
 * The basemap's layers, drawn from public/geo/basemap.geojson whose features carry a `layer` property
 * (see data/basemap/README.md). The background is water: land is drawn over it, so lakes and the
 * estuary show wherever the source has no land.
 */
export function basemapLayers(lang: Lang, scale = 1): LayerSpecification[] {
  const byLayer = (name: string): ExpressionSpecification => ['==', ['get', 'layer'], name];
  return [
    {
      id: LAYER.land,
      type: 'fill',
      source: SOURCE.basemap,
      filter: byLayer('land'),
      paint: { 'fill-color': BASEMAP_COLORS.land },
    },
    {
      id: LAYER.water,
      type: 'fill',
      source: SOURCE.basemap,
      filter: ['all', byLayer('water'), ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]]],
      paint: { 'fill-color': BASEMAP_COLORS.water },
    },
    {
      id: LAYER.waterLines,
      type: 'line',
      source: SOURCE.basemap,
      filter: [
        'all',
        byLayer('water'),
        ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
      ],
      paint: { 'line-color': BASEMAP_COLORS.water, 'line-width': 1.5 },
    },
    {
      id: LAYER.admin1,
      type: 'line',
      source: SOURCE.basemap,
      filter: byLayer('admin1'),
      paint: {
        'line-color': BASEMAP_COLORS.admin1,
        'line-width': 1,
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.border,
      type: 'line',
      source: SOURCE.basemap,
      filter: byLayer('country-border'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': 2.5 },
    },
    {
      id: LAYER.cities,
      type: 'symbol',
      source: SOURCE.basemap,
      filter: byLayer('city'),
      layout: {
        'text-field': lang === 'fr' ? ['coalesce', ['get', 'name_fr'], ['get', 'name']] : ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': ['match', ['get', 'rank'], 1, 14 * scale, 2, 12 * scale, 11 * scale],
        'symbol-sort-key': ['get', 'rank'],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.4,
      },
      paint: {
        'text-color': BASEMAP_COLORS.cityText,
        'text-halo-color': BASEMAP_COLORS.halo,
        'text-halo-width': 1.5,
      },
    },
  ];
}
