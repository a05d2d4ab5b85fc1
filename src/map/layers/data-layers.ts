import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { CATEGORIES, NODE_KINDS, ROUTE_MODES } from '../../datasets/vocabulary';
import type { Lang } from '../../i18n/translate';
import { CATEGORY_COLORS, NODE_COLORS, ROUTE_COLORS } from '../colors';
import { LAYER, SOURCE } from './ids';

const LABEL_FONT = ['Noto Sans Regular'];
/** The colour of a selected route or node's highlight. */
const SELECTED_COLOR = '#111827';

/** A `match` on a property with one output per vocabulary value. */
function matchColor<K extends string>(
  property: string,
  keys: readonly K[],
  colors: Record<K, string>,
  fallback: string,
): ExpressionSpecification {
  const pairs = keys.flatMap((key) => [key, colors[key]]);
  return ['match', ['get', property], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/**
 * A highlight ring drawn around one feature (the selected or hovered one): it starts filtered to nothing,
 * and its component sets the filter to one id. `radii` are zoom/radius stops.
 */
function ringLayer(
  id: string,
  source: string,
  radii: number[],
  stroke: string,
  fill: string,
): LayerSpecification {
  return {
    id,
    type: 'circle',
    source,
    filter: ['==', ['get', 'id'], ''],
    paint: {
      'circle-color': fill,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], ...radii] as unknown as ExpressionSpecification,
      'circle-stroke-color': stroke,
      'circle-stroke-width': 3,
    },
  };
}

function localizedName(lang: Lang): ExpressionSpecification {
  return lang === 'fr'
    ? ['coalesce', ['get', 'name_fr'], ['get', 'name']]
    : ['coalesce', ['get', 'name_en'], ['get', 'name']];
}

export function routeLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.routesCasing,
      type: 'line',
      source: SOURCE.routes,
      filter: ['==', ['get', 'mode'], 'highway'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 6] },
    },
    {
      // The selected route: a wide halo under its line (filtered to one id by the component).
      id: LAYER.routeSelected,
      type: 'line',
      source: SOURCE.routes,
      filter: ['==', ['get', 'id'], ''],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': SELECTED_COLOR,
        'line-opacity': 0.45,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 7, 10, 12],
      },
    },
    {
      id: LAYER.routes,
      type: 'line',
      source: SOURCE.routes,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': matchColor('mode', ROUTE_MODES, ROUTE_COLORS, '#888888'),
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.5, 10, 3.5],
        // Approximate stretches (drawn straight for want of track geometry) are dotted and fainter.
        'line-dasharray': [
          'case',
          ['==', ['get', 'approximate'], true],
          ['literal', [0, 2]],
          ['match', ['get', 'mode'], 'rail', ['literal', [2, 1.5]], ['literal', [1, 0]]],
        ],
        'line-opacity': ['case', ['==', ['get', 'approximate'], true], 0.7, 1],
      },
    },
    {
      // An invisible wide line over the routes: a click a few pixels off a thin line still selects it.
      id: LAYER.routesHit,
      type: 'line',
      source: SOURCE.routes,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 14 },
    },
  ];
}

export function nodeLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: LAYER.nodes,
      type: 'circle',
      source: SOURCE.nodes,
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 3.5, 10, 6],
        'circle-stroke-color': matchColor('kind', NODE_KINDS, NODE_COLORS, '#111827'),
        'circle-stroke-width': ['match', ['get', 'kind'], 'port-of-entry', 3, 2],
      },
    },
    // The selected node: a ring around its circle.
    ringLayer(LAYER.nodeSelected, SOURCE.nodes, [5, 8, 10, 11], SELECTED_COLOR, 'rgba(0,0,0,0)'),
    {
      id: LAYER.nodeLabels,
      type: 'symbol',
      source: SOURCE.nodes,
      minzoom: 8,
      layout: {
        'text-field': lang === 'fr' ? ['coalesce', ['get', 'name_fr'], ['get', 'name']] : ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.8],
        'text-optional': true,
      },
      paint: { 'text-color': '#1f2937', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

/** Facilities: a circle per facility coloured by category, a ring for the selection, decluttered labels. */
export function facilityLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: LAYER.facilities,
      type: 'circle',
      source: SOURCE.facilities,
      paint: {
        'circle-color': matchColor('category', CATEGORIES, CATEGORY_COLORS, '#000000'),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 4, 8, 6, 12, 9],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    ringLayer(
      LAYER.facilitySelected,
      SOURCE.facilities,
      [4, 9, 8, 11, 12, 14],
      SELECTED_COLOR,
      'rgba(0,0,0,0)',
    ),
    ringLayer(
      LAYER.facilityHover,
      SOURCE.facilities,
      [4, 10, 8, 12, 12, 15],
      '#b45309',
      'rgba(255,255,255,0.6)',
    ),
    {
      id: LAYER.facilityLabels,
      type: 'symbol',
      source: SOURCE.facilities,
      minzoom: 6.5,
      layout: {
        'text-field': localizedName(lang),
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.8,
        'text-justify': 'auto',
        'text-max-width': 12,
        'text-optional': true,
      },
      paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}
