/**
 * The MapLibre style-spec types the features' layer specs are written in. Features import them from here,
 * so that src/map stays the only code that imports maplibre-gl (types included).
 */
export type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl';
