import {
  booleanPointInPolygon,
  distance,
  lineIntersect,
  lineString,
  multiLineString,
  point,
  pointToLineDistance,
} from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import type { z } from 'zod';
import { CORRIDOR_BOUNDS, REGIONS, type Region } from '../../src/datasets/vocabulary';
import { foldText } from '../../src/i18n/search-text';
import { distanceToBorderKm, loadBorder, type PreparedBorder } from '../../src/spatial';
import { figureProblems } from './figure-checks';
import type { Problem, RawRecord } from './load-yaml';
import { approximateStretches, traceVia, type RailNetwork } from './trace-rail';
import {
  facilityRecordSchema,
  nodeRecordSchema,
  routeRecordSchema,
  type FacilityRecord,
  type NodeRecord,
  type RouteRecord,
} from './record-schemas';

export interface Geography {
  /** Canada–US border lines (public/geo/border.json). */
  border: FeatureCollection<LineString | MultiLineString>;
  /** Province/state areas with `properties.code` (the basemap's `region` features). */
  regions: Feature<Polygon | MultiPolygon, { code: string }>[];
  /** The railroad network that routes with `via` points are traced along (data/logistics). */
  railNetwork?: RailNetwork;
}

export interface ValidatedData {
  facilities: FacilityRecord[];
  nodes: NodeRecord[];
  /** The records with the line each route is drawn with. */
  routes: (RouteRecord & DrawnRoute)[];
}

/** A route's drawn line, and its approximate stretches ([first, last] point indices; see trace-rail.ts). */
export interface DrawnRoute {
  line: Position[];
  approximate: [number, number][];
}

/** How far a coordinate may sit outside its province/state polygon (simplified coastlines, city points). */
const REGION_TOLERANCE_KM = 3;
/**
 * How far a port of entry or rail crossing may sit from the border line: the basemap's border is
 * simplified (about 1 km tolerance, see data/basemap/README.md) and inspection stations stand back from it.
 */
const CROSSING_TOLERANCE_KM = 3;
/** How far from its declared crossing a route may cross the border. */
const ROUTE_CROSSING_TOLERANCE_KM = 5;
/**
 * How far a route's line may pass from one of its checkpoints (sourced points on the real alignment): the
 * issue's "within about 2 km of the real alignment at corridor scale".
 */
export const ROUTE_ALIGNMENT_TOLERANCE_KM = 2;
/** Facilities with the same normalised name closer than this are the same facility twice. */
const DUPLICATE_DISTANCE_KM = 2;

/**
 * Validates every record and the relations between them. Returns the valid records and one problem per
 * fault, each naming the file, the record and the field. Records are never modified.
 */
export function validateData(
  input: { facilities: RawRecord[]; nodes: RawRecord[]; routes: RawRecord[] },
  geo: Geography,
  today = new Date().toISOString().slice(0, 10),
): { data: ValidatedData; problems: Problem[] } {
  const problems: Problem[] = [];
  const facilities = parseAll(input.facilities, facilityRecordSchema, problems);
  const nodes = parseAll(input.nodes, nodeRecordSchema, problems);
  const routes = parseAll(input.routes, routeRecordSchema, problems);

  checkUniqueIds([...facilities, ...nodes, ...routes], problems);
  for (const r of [...facilities, ...nodes, ...routes]) checkSources(r, today, problems);
  for (const f of facilities) checkProcessPair(f, problems);
  for (const f of facilities) {
    for (const p of figureProblems(f.value)) problems.push(problem(f.raw, p.field, p.message));
  }
  for (const f of facilities) {
    if (checkPosition(f, [f.value.lon, f.value.lat], problems)) {
      checkRegion(f, f.value.region, f.value.country, [f.value.lon, f.value.lat], geo, problems);
    }
    checkYears(f, problems);
  }
  checkDuplicatePlaces(facilities, problems);
  for (const n of nodes) {
    if (checkPosition(n, [n.value.lon, n.value.lat], problems)) checkNode(n, geo, problems);
  }
  const nodesById = new Map(nodes.map((n) => [n.value.id, n.value]));
  const lines = new Map<Parsed<RouteRecord>, DrawnRoute>();
  for (const r of routes) {
    const drawn = checkRoute(r, nodesById, geo, problems);
    if (drawn) lines.set(r, drawn);
  }

  return {
    data: {
      facilities: facilities.map((f) => f.value),
      nodes: nodes.map((n) => n.value),
      routes: routes.flatMap((r) => {
        const drawn = lines.get(r);
        return drawn ? [{ ...r.value, ...drawn }] : [];
      }),
    },
    problems,
  };
}

interface Parsed<T> {
  raw: RawRecord;
  value: T;
}

function recordName(raw: RawRecord): string {
  const v = raw.value;
  if (typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string') return v.id;
  return `#${raw.index + 1}`;
}

function problem(raw: RawRecord, field: string, message: string): Problem {
  return { file: raw.file, record: recordName(raw), line: raw.line, field, message };
}

function parseAll<T>(raws: RawRecord[], schema: z.ZodType<T>, problems: Problem[]): Parsed<T>[] {
  const out: Parsed<T>[] = [];
  for (const raw of raws) {
    const swapped = swappedCoordinates(raw.value);
    if (swapped) problems.push(problem(raw, 'lon/lat', swapped));
    const result = schema.safeParse(raw.value);
    if (result.success) {
      if (!swapped) out.push({ raw, value: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push(problem(raw, key, 'unknown field (see data/README.md)'));
      } else {
        const field = issue.path.join('.') || '(record)';
        const message =
          issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
        problems.push(problem(raw, field, message));
      }
    }
  }
  return out;
}

/** In the corridor longitude is about -80..-66 and latitude 40..50: the other way round is a swap. */
function swappedCoordinates(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('lon' in value) || !('lat' in value)) return undefined;
  const { lon, lat } = value;
  if (typeof lon !== 'number' || typeof lat !== 'number') return undefined;
  const [west, south, east, north] = CORRIDOR_BOUNDS;
  const inside = (x: number, y: number) => x >= west && x <= east && y >= south && y <= north;
  if (!inside(lon, lat) && inside(lat, lon)) {
    return `latitude and longitude look swapped (lon ${lon}, lat ${lat}); write lon: ${lat}, lat: ${lon}`;
  }
  return undefined;
}

function checkUniqueIds(records: Parsed<{ id: string }>[], problems: Problem[]): void {
  const seen = new Map<string, RawRecord>();
  for (const r of records) {
    const first = seen.get(r.value.id);
    if (first) {
      problems.push(
        problem(
          r.raw,
          'id',
          `duplicate id "${r.value.id}" (first used in ${first.file}, line ${first.line})`,
        ),
      );
    } else seen.set(r.value.id, r.raw);
  }
}

/** The page a URL names, for spotting the same source twice: scheme, host case, fragment and a final / ignored. */
function sourceKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

type Note = { note?: string | undefined; note_fr?: string | undefined };

/** A note is shown in both languages: one without the other is a problem (French is required in Quebec). */
function checkNotePair(r: Parsed<unknown>, field: string, n: Note, problems: Problem[]): void {
  if (n.note !== undefined && n.note_fr === undefined) {
    problems.push(problem(r.raw, `${field}.note_fr`, 'a note needs its French translation in note_fr'));
  } else if (n.note_fr !== undefined && n.note === undefined) {
    problems.push(problem(r.raw, `${field}.note`, 'a French note_fr needs its English note'));
  }
}

/** The process is shown in both languages, like the notes. */
function checkProcessPair(
  r: Parsed<{ process?: string | undefined; process_fr?: string | undefined }>,
  problems: Problem[],
): void {
  if (r.value.process !== undefined && r.value.process_fr === undefined) {
    problems.push(problem(r.raw, 'process_fr', 'a process needs its French translation in process_fr'));
  } else if (r.value.process_fr !== undefined && r.value.process === undefined) {
    problems.push(problem(r.raw, 'process', 'a French process_fr needs its English process'));
  }
}

function checkSources(
  r: Parsed<{
    sources: ({ url: string; published?: string | undefined; checked: string } & Note)[];
    investment?: Note | undefined;
  }>,
  today: string,
  problems: Problem[],
): void {
  const seen = new Map<string, number>();
  if (r.value.investment) checkNotePair(r, 'investment', r.value.investment, problems);
  r.value.sources.forEach((s, i) => {
    if (s.checked > today)
      problems.push(problem(r.raw, `sources.${i}.checked`, `${s.checked} is in the future`));
    if (s.published !== undefined && s.published > today) {
      problems.push(problem(r.raw, `sources.${i}.published`, `${s.published} is in the future`));
    } else if (s.published !== undefined && s.published > s.checked) {
      problems.push(
        problem(r.raw, `sources.${i}.published`, `published ${s.published} is after checked ${s.checked}`),
      );
    }
    checkNotePair(r, `sources.${i}`, s, problems);
    const key = sourceKey(s.url);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(
        problem(
          r.raw,
          `sources.${i}.url`,
          `the same source as sources.${first} (merge their notes into one entry)`,
        ),
      );
    } else seen.set(key, i);
  });
}

/** Whether the position is inside the corridor; records a problem when it is not. */
function checkPosition(r: Parsed<unknown>, [lon, lat]: [number, number], problems: Problem[]): boolean {
  const [west, south, east, north] = CORRIDOR_BOUNDS;
  if (lon >= west && lon <= east && lat >= south && lat <= north) return true;
  problems.push(
    problem(r.raw, 'lon/lat', `(${lon}, ${lat}) is outside the corridor [${CORRIDOR_BOUNDS.join(', ')}]`),
  );
  return false;
}

function checkRegion(
  r: Parsed<unknown>,
  region: string | undefined,
  country: string | undefined,
  position: [number, number],
  geo: Geography,
  problems: Problem[],
): void {
  if (region === undefined) return;
  const expected = REGIONS[region as Region];
  if (country !== undefined && expected !== country) {
    problems.push(problem(r.raw, 'country', `${country} does not match region ${region} (in ${expected})`));
  }
  const area = geo.regions.find((f) => f.properties.code === region);
  if (!area) return;
  const p = point(position);
  if (booleanPointInPolygon(p, area)) return;
  const km = distanceToLinesKm(
    p,
    area.geometry.type === 'Polygon' ? area.geometry.coordinates : area.geometry.coordinates.flat(),
  );
  if (km > REGION_TOLERANCE_KM) {
    problems.push(
      problem(r.raw, 'lon/lat', `(${position.join(', ')}) is ${km.toFixed(1)} km outside ${region}`),
    );
  }
}

function checkYears(f: Parsed<FacilityRecord>, problems: Problem[]): void {
  const v = f.value;
  const order: [keyof FacilityRecord, number | undefined][] = [
    ['year_announced', v.year_announced],
    ['year_construction', v.year_construction],
    ['year_opened', v.year_opened],
    ['year_closed', v.year_closed],
  ];
  let last: [string, number] | undefined;
  for (const [field, year] of order) {
    if (year === undefined) continue;
    if (last && year < last[1])
      problems.push(problem(f.raw, field, `${year} is before ${last[0]} ${last[1]}`));
    last = [field, year];
  }
  if (v.year_closed !== undefined && v.status !== 'closed') {
    problems.push(problem(f.raw, 'status', `is "${v.status}" but year_closed is ${v.year_closed}`));
  }
}

/** Folds case, accents and punctuation so "Université de Sherbrooke" equals "Universite de Sherbrooke". */
export const normaliseName = foldText;

function checkDuplicatePlaces(facilities: Parsed<FacilityRecord>[], problems: Problem[]): void {
  for (let i = 0; i < facilities.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = facilities[i];
      const b = facilities[j];
      if (!a || !b) continue;
      const names = (v: FacilityRecord) =>
        new Set([v.name, v.name_en, v.name_fr].filter((n) => n !== undefined).map(normaliseName));
      const bNames = names(b.value);
      const shared = [...names(a.value)].some((n) => bNames.has(n));
      if (!shared) continue;
      const km = distance([a.value.lon, a.value.lat], [b.value.lon, b.value.lat], { units: 'kilometers' });
      if (km <= DUPLICATE_DISTANCE_KM) {
        problems.push(
          problem(
            a.raw,
            'name',
            `same facility as "${b.value.id}" (${b.raw.file}, line ${b.raw.line}): same name ${km.toFixed(2)} km away`,
          ),
        );
      }
    }
  }
}

function isCrossing(kind: NodeRecord['kind']): boolean {
  return kind === 'port-of-entry' || kind === 'rail-crossing';
}

function distanceToLinesKm(p: Feature<Point>, lines: Position[][]): number {
  return Math.min(...lines.map((c) => pointToLineDistance(p, lineString(c), { units: 'kilometers' })));
}

// The app measures distances to the border with src/spatial; the build checks with the same code.
const preparedBorders = new WeakMap<Geography, PreparedBorder>();
function borderDistanceKm(position: [number, number], geo: Geography): number {
  let border = preparedBorders.get(geo);
  if (!border) {
    border = loadBorder(geo.border, 'border.json');
    preparedBorders.set(geo, border);
  }
  return distanceToBorderKm(position, border).distanceKm;
}

function checkNode(n: Parsed<NodeRecord>, geo: Geography, problems: Problem[]): void {
  const v = n.value;
  if (isCrossing(v.kind)) {
    for (const field of ['name_ca', 'name_us', 'region_ca', 'region_us'] as const) {
      if (v[field] === undefined) problems.push(problem(n.raw, field, `is required for a ${v.kind}`));
    }
    if (v.kind === 'port-of-entry' && v.commercial === undefined) {
      problems.push(
        problem(
          n.raw,
          'commercial',
          'is required for a port-of-entry (true when it clears commercial trucks)',
        ),
      );
    }
    if ((v.hours_en === undefined) !== (v.hours_fr === undefined)) {
      problems.push(
        problem(
          n.raw,
          v.hours_en === undefined ? 'hours_en' : 'hours_fr',
          'hours are given in English and French, both or neither',
        ),
      );
    }
    if (v.region_ca && REGIONS[v.region_ca as Region] !== 'CA') {
      problems.push(problem(n.raw, 'region_ca', `${v.region_ca} is not a Canadian province`));
    }
    if (v.region_us && REGIONS[v.region_us as Region] !== 'US') {
      problems.push(problem(n.raw, 'region_us', `${v.region_us} is not a US state`));
    }
    const km = borderDistanceKm([v.lon, v.lat], geo);
    if (km > CROSSING_TOLERANCE_KM) {
      problems.push(
        problem(n.raw, 'lon/lat', `a ${v.kind} must sit on the border, but is ${km.toFixed(1)} km from it`),
      );
    }
    return;
  }
  for (const field of ['city', 'region', 'country'] as const) {
    if (v[field] === undefined) problems.push(problem(n.raw, field, `is required for a ${v.kind}`));
  }
  checkRegion(n, v.region, v.country, [v.lon, v.lat], geo, problems);
}

function borderLines(geo: Geography): Feature<LineString | MultiLineString>[] {
  return geo.border.features.map((f) =>
    f.geometry.type === 'LineString'
      ? lineString(f.geometry.coordinates)
      : multiLineString(f.geometry.coordinates),
  );
}

function checkAlignment(r: Parsed<RouteRecord>, line: Feature<LineString>, problems: Problem[]): void {
  r.value.checkpoints.forEach((c, i) => {
    const off = pointToLineDistance(point([c.lon, c.lat]), line, { units: 'kilometers' });
    if (off > ROUTE_ALIGNMENT_TOLERANCE_KM) {
      problems.push(
        problem(
          r.raw,
          `checkpoints.${i}`,
          `the line passes ${off.toFixed(1)} km from "${c.name}" (at most ${ROUTE_ALIGNMENT_TOLERANCE_KM} km)`,
        ),
      );
    }
  });
}

/** The route's line: its waypoints, or traced through its via points; undefined (with a problem) otherwise. */
function routeLine(r: Parsed<RouteRecord>, geo: Geography, problems: Problem[]): DrawnRoute | undefined {
  const { waypoints, via } = r.value;
  if ((waypoints === undefined) === (via === undefined)) {
    problems.push(
      problem(r.raw, 'waypoints', 'give either waypoints or via points (exactly one of the two)'),
    );
    return undefined;
  }
  if (waypoints) return { line: waypoints, approximate: [] };
  if (!geo.railNetwork) {
    problems.push(
      problem(
        r.raw,
        'via',
        'via points need the rail network (data/logistics/natural-earth-railroads.geojson)',
      ),
    );
    return undefined;
  }
  const { line, segments } = traceVia(geo.railNetwork, via ?? []);
  return { line, approximate: approximateStretches(segments) };
}

/** Checks a route and returns its line (undefined when it cannot be drawn). */
function checkRoute(
  r: Parsed<RouteRecord>,
  nodes: Map<string, NodeRecord>,
  geo: Geography,
  problems: Problem[],
): DrawnRoute | undefined {
  const v = r.value;
  const [west, south, east, north] = CORRIDOR_BOUNDS;
  const points = v.waypoints ?? v.via?.map((p) => [p.lon, p.lat]) ?? [];
  const field = v.waypoints ? 'waypoints' : 'via';
  points.forEach(([lon = 0, lat = 0], i) => {
    if (lon < west || lon > east || lat < south || lat > north) {
      problems.push(problem(r.raw, `${field}.${i}`, `(${lon}, ${lat}) is outside the corridor`));
    }
  });
  const drawn = routeLine(r, geo, problems);
  if (!drawn) return undefined;
  const line = lineString(drawn.line);
  checkAlignment(r, line, problems);
  checkCrossing(r, line, nodes, geo, problems);
  return drawn;
}

function checkCrossing(
  r: Parsed<RouteRecord>,
  line: Feature<LineString>,
  nodes: Map<string, NodeRecord>,
  geo: Geography,
  problems: Problem[],
): void {
  const v = r.value;
  const crossings = borderLines(geo).flatMap((b) => lineIntersect(line, b).features);
  if (v.crosses_at === undefined) {
    if (crossings.length > 0) {
      problems.push(
        problem(r.raw, 'crosses_at', 'the line crosses the Canada–US border but names no crossing'),
      );
    }
    return;
  }
  const node = nodes.get(v.crosses_at);
  if (!node) {
    problems.push(problem(r.raw, 'crosses_at', `"${v.crosses_at}" is not a node id in logistics/nodes.yaml`));
    return;
  }
  if (!isCrossing(node.kind)) {
    problems.push(problem(r.raw, 'crosses_at', `"${v.crosses_at}" is a ${node.kind}, not a border crossing`));
    return;
  }
  if (v.route_numbers_ca.length === 0 || v.route_numbers_us.length === 0) {
    problems.push(
      problem(
        r.raw,
        'route_numbers',
        'a cross-border route carries its route numbers on both sides (route_numbers_ca and route_numbers_us)',
      ),
    );
  }
  const nearest = Math.min(
    ...crossings.map((c) => distance(c.geometry.coordinates, [node.lon, node.lat], { units: 'kilometers' })),
  );
  const field = v.waypoints ? 'waypoints' : 'via';
  if (crossings.length === 0) {
    problems.push(problem(r.raw, field, `says it crosses at "${v.crosses_at}" but never crosses the border`));
  } else if (nearest > ROUTE_CROSSING_TOLERANCE_KM) {
    problems.push(
      problem(
        r.raw,
        field,
        `says it crosses at "${v.crosses_at}" but crosses the border ${nearest.toFixed(1)} km from it`,
      ),
    );
  }
}
