import type { LayerSpecification } from 'maplibre-gl';
import { LAYER, SOURCE } from './ids';

/** The radius circle: a light fill and a dashed outline, under the facilities. */
export function radiusLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.radiusFill,
      type: 'fill',
      source: SOURCE.radius,
      paint: { 'fill-color': '#1f6fb2', 'fill-opacity': 0.08 },
    },
    {
      id: LAYER.radiusLine,
      type: 'line',
      source: SOURCE.radius,
      paint: { 'line-color': '#1f6fb2', 'line-width': 2, 'line-dasharray': [3, 2] },
    },
  ];
}

/** Cross-border pairs as thin lines between the two facilities. */
export function pairLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.pairs,
      type: 'line',
      source: SOURCE.pairs,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': '#7c3aed', 'line-width': 1.5, 'line-opacity': 0.7 },
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
