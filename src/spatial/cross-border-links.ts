import { compareIds } from './feature-id';
import { inverseKm } from './geodesic';
import { buildPointSet, pointSetFromArrays, queryPointSet, type PointSet } from './point-index';
import type { FeatureId, PointFeature } from './types';
import { checkKm, showValue } from './validate';

const FN = 'crossBorderLinks';

/** The properties a facility needs here: which side of the border it is on. */
export interface CountryProperties {
  readonly country: 'CA' | 'US';
}

/** Which distance filters and orders the links. */
export type LinkMeasure = 'straight' | 'viaPort';

export interface CrossBorderOptions {
  /** Keep links whose chosen measure is at most this many km (finite, ≥ 0). Default: no limit. */
  readonly maxKm?: number;
  /** The measure used by `maxKm` and the sort order. Default `'straight'`. */
  readonly by?: LinkMeasure;
  /** Keep only links with at least one end among these facility ids; an unknown id throws. */
  readonly ids?: readonly FeatureId[];
  /** Keep at most this many links (an integer ≥ 0), after sorting. */
  readonly limit?: number;
}

/** A Canadian facility `a`, a US facility `b`, and the distances between them in km. */
export interface CrossBorderLink {
  readonly a: FeatureId;
  readonly b: FeatureId;
  /** Geodesic (WGS84) distance a → b. */
  readonly straightKm: number;
  /** Smallest geodesic a → port + port → b over all ports. */
  readonly viaPortKm: number;
  /** The port giving `viaPortKm` (the lowest id on a tie). */
  readonly portId: FeatureId;
}

interface Sides {
  readonly ca: PointSet;
  readonly us: PointSet;
  readonly byId: ReadonlyMap<FeatureId, { readonly side: 'ca' | 'us'; readonly index: number }>;
  /** Per port set: each facility's distances to every port, filled on first use. */
  readonly portKm: WeakMap<PointSet, { ca: (Float64Array | undefined)[]; us: (Float64Array | undefined)[] }>;
}

// Built once per dataset array (the query cache keeps it immutable), like getPointIndex.
const sidesCache = new WeakMap<readonly PointFeature[], Sides>();
const portsCache = new WeakMap<readonly PointFeature[], PointSet>();

function countryOf(feature: PointFeature, id: FeatureId): 'CA' | 'US' {
  const props: unknown = feature.properties;
  const country: unknown =
    typeof props === 'object' && props !== null && 'country' in props ? props.country : undefined;
  if (country === 'CA' || country === 'US') return country;
  throw new Error(
    `${FN}: facility ${showValue(id)} has country ${showValue(country)}; expected "CA" or "US"`,
  );
}

function getSides(facilities: readonly PointFeature[]): Sides {
  const cached = sidesCache.get(facilities);
  if (cached !== undefined) return cached;
  const all = buildPointSet(facilities, `${FN}: facilities`);
  const split: Record<'ca' | 'us', number[]> = { ca: [], us: [] };
  facilities.forEach((feature, i) => {
    const id = all.ids[i] ?? '';
    split[countryOf(feature, id) === 'CA' ? 'ca' : 'us'].push(i);
  });
  const subset = (members: number[]): PointSet =>
    pointSetFromArrays(
      members.map((i) => all.ids[i] ?? ''),
      Float64Array.from(members, (i) => all.lons[i] ?? 0),
      Float64Array.from(members, (i) => all.lats[i] ?? 0),
    );
  const byId = new Map<FeatureId, { side: 'ca' | 'us'; index: number }>();
  for (const side of ['ca', 'us'] as const) {
    split[side].forEach((i, index) => byId.set(all.ids[i] ?? '', { side, index }));
  }
  const sides: Sides = { ca: subset(split.ca), us: subset(split.us), byId, portKm: new WeakMap() };
  sidesCache.set(facilities, sides);
  return sides;
}

function getPorts(ports: readonly PointFeature[]): PointSet {
  let set = portsCache.get(ports);
  if (set === undefined) {
    set = buildPointSet(ports, `${FN}: ports`);
    portsCache.set(ports, set);
  }
  return set;
}

function checkOptions(options: CrossBorderOptions): { maxKm: number; by: LinkMeasure; limit: number } {
  const by = options.by ?? 'straight';
  if (by !== 'straight' && by !== 'viaPort') {
    throw new Error(`${FN}: options.by must be "straight" or "viaPort", got ${showValue(by)}`);
  }
  const maxKm = options.maxKm === undefined ? Infinity : checkKm(FN, 'options.maxKm', options.maxKm);
  const limit = options.limit ?? Infinity;
  if (limit !== Infinity && !(Number.isInteger(limit) && limit >= 0)) {
    throw new Error(`${FN}: options.limit must be an integer ≥ 0, got ${showValue(limit)}`);
  }
  return { maxKm, by, limit };
}

/**
 * Links between facilities on opposite sides of the border (`properties.country` 'CA' / 'US'), each
 * with the straight geodesic distance and the shortest route through one of `ports` (Point features
 * with ids), in km. Filtered by `maxKm` on the measure `by`, sorted ascending by it (ties: the other
 * measure, then a, then b), cut to `limit`. Only pairs within `maxKm` in a straight line are examined,
 * through the spatial index: a detour through a port is never shorter. Indexes and per-facility port
 * distances are cached by array identity. Throws on invalid features or options, an unknown id in
 * `options.ids`, or an empty `ports`.
 */
export function crossBorderLinks(
  facilities: readonly PointFeature<CountryProperties>[],
  ports: readonly PointFeature[],
  options: CrossBorderOptions = {},
): CrossBorderLink[] {
  const { maxKm, by, limit } = checkOptions(options);
  const sides = getSides(facilities);
  const portSet = getPorts(ports);
  if (portSet.ids.length === 0) throw new Error(`${FN}: ports must hold at least one port of entry`);

  // Pairs keyed by (Canadian index, US index), so a pair found from both ends is kept once.
  const pairs = new Map<number, { ca: number; us: number; straightKm: number }>();
  const addFrom = (side: 'ca' | 'us', index: number): void => {
    const own = sides[side];
    const other = side === 'ca' ? sides.us : sides.ca;
    for (const hit of queryPointSet(other, own.lons[index] ?? 0, own.lats[index] ?? 0, maxKm)) {
      const ca = side === 'ca' ? index : hit.index;
      const us = side === 'ca' ? hit.index : index;
      pairs.set(ca * sides.us.ids.length + us, { ca, us, straightKm: hit.distanceKm });
    }
  };
  if (options.ids !== undefined) {
    for (const id of options.ids) {
      const entry = sides.byId.get(id);
      if (entry === undefined) throw new Error(`${FN}: options.ids has unknown facility id ${showValue(id)}`);
      addFrom(entry.side, entry.index);
    }
  } else {
    const from = sides.ca.ids.length <= sides.us.ids.length ? 'ca' : 'us';
    for (let i = 0; i < sides[from].ids.length; i++) addFrom(from, i);
  }

  let memo = sides.portKm.get(portSet);
  if (memo === undefined) {
    memo = { ca: [], us: [] };
    sides.portKm.set(portSet, memo);
  }
  const portKm = (side: 'ca' | 'us', index: number): Float64Array => {
    const known = memo[side][index];
    if (known !== undefined) return known;
    const set = sides[side];
    const lon = set.lons[index] ?? 0;
    const lat = set.lats[index] ?? 0;
    const km = Float64Array.from(portSet.ids, (_, p) =>
      inverseKm(lon, lat, portSet.lons[p] ?? 0, portSet.lats[p] ?? 0),
    );
    memo[side][index] = km;
    return km;
  };

  const links: CrossBorderLink[] = [];
  for (const { ca, us, straightKm } of pairs.values()) {
    const toCa = portKm('ca', ca);
    const toUs = portKm('us', us);
    let viaPortKm = Infinity;
    let port = 0;
    for (let p = 0; p < portSet.ids.length; p++) {
      const via = (toCa[p] ?? Infinity) + (toUs[p] ?? Infinity);
      if (
        via < viaPortKm ||
        (via === viaPortKm && compareIds(portSet.ids[p] ?? '', portSet.ids[port] ?? '') < 0)
      ) {
        viaPortKm = via;
        port = p;
      }
    }
    if ((by === 'straight' ? straightKm : viaPortKm) > maxKm) continue;
    links.push({
      a: sides.ca.ids[ca] ?? '',
      b: sides.us.ids[us] ?? '',
      straightKm,
      viaPortKm,
      portId: portSet.ids[port] ?? '',
    });
  }
  const primary = by === 'straight' ? 'straightKm' : 'viaPortKm';
  const secondary = by === 'straight' ? 'viaPortKm' : 'straightKm';
  links.sort(
    (x, y) =>
      x[primary] - y[primary] || x[secondary] - y[secondary] || compareIds(x.a, y.a) || compareIds(x.b, y.b),
  );
  return links.slice(0, limit);
}
