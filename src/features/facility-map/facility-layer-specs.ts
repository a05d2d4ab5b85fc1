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

/** The grey of a closed facility's disc. */
export const CLOSED_FILL = '#9ca3af';

/**
 * Facilities: a circle per facility coloured by category, its status drawn into it (operating: solid;
 * under construction: pale disc, category ring; announced: hollow ring; closed: grey disc, category ring,
 * smaller), a ring for the selection, decluttered labels. The legend's status key shows the same
 * (src/features/legend/status-key.tsx).
 */
export function facilityLayers(lang: Lang, scale = 1): LayerSpecification[] {
  const k = (n: number) => Number((n * scale).toFixed(2));
  const category = matchColor('category', CATEGORIES, CATEGORY_COLORS, '#000000');
  return [
    {
      id: LAYER.facilities,
      type: 'circle',
      source: SOURCE.facilities,
      paint: {
        'circle-color': ['match', ['get', 'status'], 'announced', '#ffffff', 'closed', CLOSED_FILL, category],
        'circle-opacity': ['match', ['get', 'status'], 'under-construction', 0.4, 1],
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          4,
          ['match', ['get', 'status'], 'closed', k(3), k(4)],
          8,
          ['match', ['get', 'status'], 'closed', k(4.5), k(6)],
          12,
          ['match', ['get', 'status'], 'closed', k(7), k(9)],
        ],
        'circle-stroke-color': ['match', ['get', 'status'], 'operating', '#ffffff', category],
        'circle-stroke-width': ['match', ['get', 'status'], 'operating', 1.5, 'closed', 1.5, 2.5],
      },
    },
    ringLayer(
      LAYER.facilitySelected,
      SOURCE.facilities,
      [4, k(9), 8, k(11), 12, k(14)],
      SELECTED_COLOR,
      'rgba(0,0,0,0)',
    ),
    ringLayer(
      LAYER.facilityHover,
      SOURCE.facilities,
      [4, k(10), 8, k(12), 12, k(15)],
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
        'text-size': k(12),
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

/**
 * Cluster bubbles: a dark disc sized by the count, ringed by the mix of categories inside (an image per mix,
 * see cluster-pie.ts, drawn at the disc's size), the count written on it.
 */
export function clusterLayers(scale = 1): LayerSpecification[] {
  // Bubble radius (CSS px) by count; the ring image is 16 px in radius at icon-size 1.
  const radius = [2, 11, 10, 16, 50, 24, 500, 30].map((v, i) => (i % 2 === 0 ? v : v * scale));
  const stops = (scale: number) =>
    radius.map((v, i) => (i % 2 === 0 ? v : v * scale)) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
  return [
    {
      id: LAYER.clusters,
      type: 'circle',
      source: SOURCE.clusters,
      paint: {
        'circle-color': '#1f2937',
        'circle-radius': ['interpolate', ['linear'], ['get', 'count'], ...stops(1)],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYER.clusterRings,
      type: 'symbol',
      source: SOURCE.clusters,
      layout: {
        'icon-image': ['get', 'pie'],
        'icon-size': ['interpolate', ['linear'], ['get', 'count'], ...stops(1 / 16)],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: LAYER.clusterCounts,
      type: 'symbol',
      source: SOURCE.clusters,
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': ['Noto Sans Bold'],
        'text-size': ['interpolate', ['linear'], ['get', 'count'], 2, 11 * scale, 50, 13 * scale],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}
