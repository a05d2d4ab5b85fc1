import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from '../../map/spec-types';
import { CATEGORIES, type Category } from '../../datasets/vocabulary';
import { pieIdExpression } from './cluster-pie';
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

/** Facilities drawn on their own (not bubbles) in the clustered facility source. */
export const UNCLUSTERED: FilterSpecification = ['!', ['has', 'point_count']];
/** Cluster bubbles in the clustered facility source. */
export const CLUSTERED: FilterSpecification = ['has', 'point_count'];

/** The property of a bubble that counts its facilities of one category (see `clusterCounts`). */
export const countProperty = (category: Category) => `n_${category}`;

/**
 * What MapLibre sums up on each bubble while it clusters: the number of facilities of each category, for the
 * ring and the tooltip (`point_count` is the total).
 */
export function clusterCounts(): Record<string, ExpressionSpecification> {
  return Object.fromEntries(
    CATEGORIES.map((c) => [countProperty(c), ['+', ['case', ['==', ['get', 'category'], c], 1, 0]]]),
  );
}

/** The clustering of the facility source: 24-px bubbles up to zoom 9, with the category counts. */
export const FACILITY_CLUSTERS = { radius: 24, maxZoom: 9, properties: clusterCounts() } as const;

function facilityCircle(id: string, source: string, k: (n: number) => number): LayerSpecification {
  const category = matchColor('category', CATEGORIES, CATEGORY_COLORS, '#000000');
  return {
    id,
    type: 'circle',
    source,
    filter: UNCLUSTERED,
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
  };
}

function facilityLabel(id: string, source: string, lang: Lang, k: (n: number) => number): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    minzoom: 6.5,
    filter: UNCLUSTERED,
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
  };
}

/**
 * Facilities: a circle per facility coloured by category, its status drawn into it (operating: solid;
 * under construction: pale disc, category ring; announced: hollow ring; closed: grey disc, category ring,
 * smaller), decluttered labels. The selected facility comes from its own source (never inside a bubble), drawn
 * the same with a ring; the hovered one (on the map or in the list) is ringed from a source of its own too, so
 * the ring shows where it is even while it sits inside a bubble. The legend's status key shows the same
 * (src/features/legend/status-key.tsx).
 */
export function facilityLayers(lang: Lang, scale = 1): LayerSpecification[] {
  const k = (n: number) => Number((n * scale).toFixed(2));
  return [
    facilityCircle(LAYER.facilities, SOURCE.facilities, k),
    facilityCircle(LAYER.facilitySelectedCircle, SOURCE.facilitySelected, k),
    ringLayer(
      LAYER.facilitySelected,
      SOURCE.facilitySelected,
      [4, k(9), 8, k(11), 12, k(14)],
      SELECTED_COLOR,
      'rgba(0,0,0,0)',
      true,
    ),
    ringLayer(
      LAYER.facilityHover,
      SOURCE.facilityHover,
      [4, k(10), 8, k(12), 12, k(15)],
      '#b45309',
      'rgba(255,255,255,0.6)',
      true,
    ),
    facilityLabel(LAYER.facilityLabels, SOURCE.facilities, lang, k),
    facilityLabel(LAYER.facilitySelectedLabel, SOURCE.facilitySelected, lang, k),
  ];
}

/**
 * Cluster bubbles, from MapLibre's clustering of the facility source: a dark disc sized by the count, ringed by
 * the mix of categories inside (an image per mix, see cluster-pie.ts, drawn at the disc's size), the count
 * written on it.
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
      source: SOURCE.facilities,
      filter: CLUSTERED,
      paint: {
        'circle-color': '#1f2937',
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], ...stops(1)],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYER.clusterRings,
      type: 'symbol',
      source: SOURCE.facilities,
      filter: CLUSTERED,
      layout: {
        'icon-image': pieIdExpression(countProperty),
        'icon-size': ['interpolate', ['linear'], ['get', 'point_count'], ...stops(1 / 16)],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: LAYER.clusterCounts,
      type: 'symbol',
      source: SOURCE.facilities,
      filter: CLUSTERED,
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': ['Noto Sans Bold'],
        'text-size': ['interpolate', ['linear'], ['get', 'point_count'], 2, 11 * scale, 50, 13 * scale],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}
