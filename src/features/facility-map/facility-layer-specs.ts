import type { LayerSpecification } from '../../map/spec-types';
import { CATEGORIES } from '../../datasets/vocabulary';
import type { Lang } from '../../i18n/translate';
import { CATEGORY_COLORS } from '../../map/colors';
import {
  LABEL_FONT,
  localizedName,
  matchColor,
  ringLayer,
  SELECTED_COLOR,
} from '../../map/layers/expressions';
import { LAYER, SOURCE } from '../../map/layers/ids';

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

/** Cluster bubbles: size grows with the count, the count written on them. */
export function clusterLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.clusters,
      type: 'circle',
      source: SOURCE.clusters,
      paint: {
        'circle-color': '#1f2937',
        'circle-opacity': 0.85,
        'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 2, 11, 10, 16, 50, 24],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER.clusterCounts,
      type: 'symbol',
      source: SOURCE.clusters,
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': ['Noto Sans Bold'],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}
