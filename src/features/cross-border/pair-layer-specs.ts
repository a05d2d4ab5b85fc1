import type { LayerSpecification } from '../../map/spec-types';
import { LAYER, SOURCE } from '../../map/layers/ids';

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
