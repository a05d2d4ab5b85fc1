import type { LayerSpecification } from '../../map/spec-types';
import { NODE_KINDS, ROUTE_MODES } from '../../datasets/vocabulary';
import type { Lang } from '../../i18n/translate';
import { NODE_COLORS, ROUTE_COLORS } from '../../map/colors';
import { LABEL_FONT, matchColor, ringLayer, SELECTED_COLOR } from '../../map/layers/expressions';
import { LAYER, SOURCE } from '../../map/layers/ids';

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

export function nodeLayers(lang: Lang, scale = 1): LayerSpecification[] {
  return [
    {
      id: LAYER.nodes,
      type: 'circle',
      source: SOURCE.nodes,
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 3.5 * scale, 10, 6 * scale],
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
        'text-size': 11 * scale,
        'text-anchor': 'top',
        'text-offset': [0, 0.8],
        'text-optional': true,
      },
      paint: { 'text-color': '#1f2937', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}
