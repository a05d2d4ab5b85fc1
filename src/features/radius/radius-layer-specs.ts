import type { LayerSpecification } from '../../map/spec-types';
import { LAYER, SOURCE } from '../../map/layers/ids';

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
