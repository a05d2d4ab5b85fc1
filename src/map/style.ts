import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_COLORS } from './colors';
import { LAYER } from './layers/ids';

/**
 * The style the map starts with: only a water-coloured background. Sources and layers are added by
 * their components once data arrives. No `glyphs` URL: MapLibre (≥ 5.11) then draws labels with the
 * browser's local fonts, so no glyph server is ever asked; no sprite either.
 */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
    ],
  };
}
