import type { NodeFeature, NodeProperties, RouteFeature, RouteProperties } from '../../datasets/schemas';
import { NODE_KINDS, ROUTE_MODES } from '../../datasets/vocabulary';
import type { Lang } from '../../i18n/translate';
import type { Camera } from '../../store/view-state';

/** A node's or route's name in the interface language (the recorded name when there is no other form). */
export function logisticsName(
  p: Pick<NodeProperties, 'name' | 'name_en' | 'name_fr'> | Pick<RouteProperties, 'name' | 'name_fr'>,
  lang: Lang,
): string {
  if (lang === 'fr') return p.name_fr ?? p.name;
  return ('name_en' in p ? p.name_en : undefined) ?? p.name;
}

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

/**
 * A camera that frames a line: the centre of its bounding box, at the largest zoom that shows the whole box
 * in a view of `viewPx` pixels (Web Mercator: 256 px for 360° at zoom 0), capped at `maxZoom`.
 */
export function cameraForLine(
  coordinates: readonly (readonly [number, number] | readonly number[])[],
  viewPx = 600,
  maxZoom = 11,
): Camera {
  const lons = coordinates.map((c) => c[0] ?? 0);
  const lats = coordinates.map((c) => c[1] ?? 0);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const lonFraction = Math.max(east - west, 1e-6) / 360;
  const latFraction = Math.max(mercatorY(north) - mercatorY(south), 1e-6) / (2 * Math.PI);
  const zoom = Math.log2(viewPx / 256 / Math.max(lonFraction, latFraction));
  return {
    lon: Number(((west + east) / 2).toFixed(4)),
    lat: Number(((south + north) / 2).toFixed(4)),
    zoom: Number(Math.max(0, Math.min(maxZoom, zoom)).toFixed(2)),
  };
}
