import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/translate';

/** Building blocks the features' layer specs share: fonts, colour matches, highlight rings, names. */
export const LABEL_FONT = ['Noto Sans Regular'];
/** The colour of a selected route or node's highlight. */
export const SELECTED_COLOR = '#111827';

/** A `match` on a property with one output per vocabulary value. */
export function matchColor<K extends string>(
  property: string,
  keys: readonly K[],
  colors: Record<K, string>,
  fallback: string,
): ExpressionSpecification {
  const pairs = keys.flatMap((key) => [key, colors[key]]);
  return ['match', ['get', property], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/**
 * A highlight ring drawn around one feature (the selected or hovered one). Over a shared source it starts
 * filtered to nothing and its component sets the filter to one id; over a source that holds only that feature
 * (`ownSource`), it rings whatever the source holds. `radii` are zoom/radius stops.
 */
export function ringLayer(
  id: string,
  source: string,
  radii: number[],
  stroke: string,
  fill: string,
  ownSource = false,
): LayerSpecification {
  return {
    id,
    type: 'circle',
    source,
    ...(!ownSource && { filter: ['==', ['get', 'id'], ''] }),
    paint: {
      'circle-color': fill,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], ...radii] as unknown as ExpressionSpecification,
      'circle-stroke-color': stroke,
      'circle-stroke-width': 3,
    },
  };
}

export function localizedName(lang: Lang): ExpressionSpecification {
  return lang === 'fr'
    ? ['coalesce', ['get', 'name_fr'], ['get', 'name']]
    : ['coalesce', ['get', 'name_en'], ['get', 'name']];
}
