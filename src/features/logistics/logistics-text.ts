import type { NodeFeature, NodeProperties, RouteFeature, RouteProperties } from '../../datasets/schemas';
import { NODE_KINDS, REGION_CODES, ROUTE_MODES, type Region } from '../../datasets/vocabulary';
import { nameRank } from '../../i18n/search-text';
import type { Lang } from '../../i18n/translate';
import { lineLengthKm } from '../../spatial';
import type { Camera } from '../../store/view-state';

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

/** The on-screen size of the map (px); a typical desktop map when there is none (list-only view, tests). */
export interface ViewSize {
  width: number;
  height: number;
}

/**
 * A camera that frames a line: the centre of its bounding box, at the largest zoom that shows the whole box
 * inside a view of `view` pixels less `paddingPx` on each side (MapLibre's Web Mercator world is 512 px wide
 * at zoom 0), capped at `maxZoom`.
 */
export function cameraForLine(
  coordinates: readonly (readonly [number, number] | readonly number[])[],
  view: ViewSize = { width: 800, height: 600 },
  maxZoom = 11,
  paddingPx = 40,
): Camera {
  const lons = coordinates.map((c) => c[0] ?? 0);
  const lats = coordinates.map((c) => c[1] ?? 0);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const lonFraction = Math.max(east - west, 1e-9) / 360;
  const latFraction = Math.max(mercatorY(north) - mercatorY(south), 1e-9) / (2 * Math.PI);
  const width = Math.max(view.width - 2 * paddingPx, 1);
  const height = Math.max(view.height - 2 * paddingPx, 1);
  const zoom = Math.min(Math.log2(width / 512 / lonFraction), Math.log2(height / 512 / latFraction));
  return {
    lon: Number(((west + east) / 2).toFixed(4)),
    lat: Number(((south + north) / 2).toFixed(4)),
    zoom: Number(Math.max(0, Math.min(maxZoom, zoom)).toFixed(2)),
  };
}

/** The size of the map on the page, for framing (the default when there is no map). */
export function mapViewSize(): ViewSize | undefined {
  const box = document.querySelector('.map-view')?.getBoundingClientRect();
  return box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : undefined;
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
