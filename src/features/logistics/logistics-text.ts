import type { NodeFeature, NodeProperties, RouteFeature, RouteProperties } from '../../datasets/schemas';
import { NODE_KINDS, REGION_CODES, ROUTE_MODES, type Region } from '../../datasets/vocabulary';
import { nameRank } from '../../i18n/search-text';
import type { Lang } from '../../i18n/translate';
import { lineLengthKm } from '../../spatial';

/** A recorded region code as a Region (the schema admits only these), or undefined. */
export function asRegion(code: string | undefined): Region | undefined {
  return REGION_CODES.find((r) => r === code);
}

/** A node's or route's name in the interface language (the recorded name when there is no other form). */
export function logisticsName(
  p: Pick<NodeProperties, 'name' | 'name_en' | 'name_fr'> | Pick<RouteProperties, 'name' | 'name_fr'>,
  lang: Lang,
): string {
  if (lang === 'fr') return p.name_fr ?? p.name;
  return ('name_en' in p ? p.name_en : undefined) ?? p.name;
}

/** Zoom for a single node ("Zoom to", search): close enough to see the crossing, port or yard. */
export const NODE_ZOOM = 11;

export type LogisticsGroup =
  | { kind: 'route'; mode: RouteProperties['mode']; items: RouteFeature[] }
  | { kind: 'node'; nodeKind: NodeProperties['kind']; items: NodeFeature[] };

/** Routes by mode, then nodes by kind, in vocabulary order; each group sorted by its localised name. */
export function logisticsGroups(
  routes: readonly RouteFeature[],
  nodes: readonly NodeFeature[],
  lang: Lang,
): LogisticsGroup[] {
  // Nothing to sort before the data arrives: a collator's first use costs ~20 ms of the page's start.
  if (routes.length === 0 && nodes.length === 0) return [];
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const byName = <T extends RouteFeature | NodeFeature>(a: T, b: T) =>
    collator.compare(logisticsName(a.properties, lang), logisticsName(b.properties, lang));
  const groups: LogisticsGroup[] = [];
  for (const mode of ROUTE_MODES) {
    const items = routes.filter((r) => r.properties.mode === mode).sort(byName);
    if (items.length) groups.push({ kind: 'route', mode, items });
  }
  for (const nodeKind of NODE_KINDS) {
    const items = nodes.filter((n) => n.properties.kind === nodeKind).sort(byName);
    if (items.length) groups.push({ kind: 'node', nodeKind, items });
  }
  return groups;
}

/**
 * How well a node or route answers a search, on the scale of a facility's searchRank (nameRank: 0 to 2 when
 * one of its names (either side's, either language's), its code or a route number answers the query by word
 * starts, 3 when none does: not a match).
 */
export function logisticsSearchRank(p: NodeProperties | RouteProperties, query: string): number {
  const texts =
    'mode' in p
      ? [p.name, p.name_fr, ...p.route_numbers_ca, ...p.route_numbers_us]
      : [p.name, p.name_en, p.name_fr, p.name_ca, p.name_us, p.code];
  return nameRank(texts, query);
}

/** A route's length and how much of it is approximate (drawn straight for want of track geometry), in km. */
export function routeAlignment(route: RouteFeature): { totalKm: number; approximateKm: number } {
  const c = route.geometry.coordinates;
  return {
    totalKm: lineLengthKm(c),
    approximateKm: route.properties.approximate.reduce(
      (sum, [from, to]) => sum + lineLengthKm(c, from, to),
      0,
    ),
  };
}

/** A drawable part of a route: the route's id, mode and whether the part is approximate. */
export interface RoutePart {
  type: 'Feature';
  id: string;
  geometry: { type: 'LineString'; coordinates: RouteFeature['geometry']['coordinates'] };
  properties: { id: string; mode: RouteProperties['mode']; approximate: boolean };
}

/**
 * The routes as the map draws them: each route cut into its followed and approximate stretches (in order),
 * every part carrying the route's id, so a click on any part selects the route and the highlight covers it all.
 */
export function routeParts(routes: readonly RouteFeature[]): {
  type: 'FeatureCollection';
  features: RoutePart[];
} {
  const features: RoutePart[] = [];
  for (const r of routes) {
    const c = r.geometry.coordinates;
    const part = (from: number, to: number, approximate: boolean) => {
      if (to > from) {
        features.push({
          type: 'Feature',
          id: r.id,
          geometry: { type: 'LineString', coordinates: c.slice(from, to + 1) },
          properties: { id: r.id, mode: r.properties.mode, approximate },
        });
      }
    };
    let at = 0;
    for (const [from, to] of r.properties.approximate) {
      part(at, from, false);
      part(from, to, true);
      at = to;
    }
    part(at, c.length - 1, false);
  }
  return { type: 'FeatureCollection', features };
}
