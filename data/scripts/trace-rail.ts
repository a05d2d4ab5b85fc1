/**
 * Rail lines drawn through sourced via points along the Natural Earth railroad network kept in
 * data/logistics/natural-earth-railroads.geojson (see data/README.md, "Rail lines"). The data build draws
 * with `traceVia`; `npm run data:rail` (rail-report.ts) reports how each line follows the network.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const NETWORK_FILE = fileURLToPath(
  new URL('../logistics/natural-earth-railroads.geojson', import.meta.url),
);

type Position = [number, number];
const position = z.tuple([z.number(), z.number()]);
const networkSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.looseObject({ uident: z.number() }),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('LineString'), coordinates: z.array(position) }),
        z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position)) }),
      ]),
    }),
  ),
});

/** Distance in km on a sphere; plenty for choosing the shortest path and for snapping. */
export function haversineKm(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How far apart two line ends of different features may be and still be joined (junction gaps). */
const JOIN_KM = 0.3;
/**
 * Longest edge kept as it is: longer ones get intermediate vertices, so that a via point lying on the
 * track in the middle of a long straight stretch still has a vertex within reach.
 */
const DENSIFY_KM = 1;

export interface RailNetwork {
  positions: Position[];
  edges: { to: number; km: number }[][];
  /** Vertices added along long edges (DENSIFY_KM): reachable for snapping, left out of drawn lines. */
  added: ReadonlySet<number>;
}

/** The network, or the problem that makes the file unusable (with the path of the offending field). */
export function parseNetwork(json: unknown): { network: RailNetwork } | { error: string } {
  const parsed = networkSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      error: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a railroad FeatureCollection'}`,
    };
  }
  return { network: buildNetwork(parsed.data) };
}

export function buildNetwork(json: unknown): RailNetwork {
  const collection = networkSchema.parse(json);
  const positions: Position[] = [];
  const index = new Map<string, number>();
  const edges: { to: number; km: number }[][] = [];
  const vertex = (p: Position): number => {
    const key = `${p[0]},${p[1]}`;
    let i = index.get(key);
    if (i === undefined) {
      i = positions.length;
      index.set(key, i);
      positions.push(p);
      edges.push([]);
    }
    return i;
  };
  const link = (a: number, b: number): void => {
    if (a === b) return;
    const km = haversineKm(positions[a]!, positions[b]!);
    edges[a]!.push({ to: b, km });
    edges[b]!.push({ to: a, km });
  };
  const lines = collection.features.flatMap((f) =>
    f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  const ends: number[][] = [];
  const added = new Set<number>();
  for (const line of lines) {
    const original = new Set(line.map((p) => `${p[0]},${p[1]}`));
    const ids = densify(line).map((p) => {
      const id = vertex(p);
      if (!original.has(`${p[0]},${p[1]}`)) added.add(id);
      return id;
    });
    for (let i = 1; i < ids.length; i++) link(ids[i - 1]!, ids[i]!);
    ends.push(ids);
  }
  // Join a line's end to the nearest vertex of another line when the source leaves a small gap.
  ends.forEach((ids, li) => {
    for (const end of [ids[0]!, ids[ids.length - 1]!]) {
      let best = -1;
      let bestKm = JOIN_KM;
      ends.forEach((other, oi) => {
        if (oi === li) return;
        for (const v of other) {
          const km = haversineKm(positions[end]!, positions[v]!);
          if (km < bestKm) {
            bestKm = km;
            best = v;
          }
        }
      });
      if (best >= 0 && !edges[end]!.some((e) => e.to === best)) link(end, best);
    }
  });
  return { positions, edges, added };
}

/** The line with vertices added along edges longer than DENSIFY_KM (same shape; 6 decimals like the source). */
function densify(line: Position[]): Position[] {
  const out: Position[] = [];
  line.forEach((p, i) => {
    const prev = line[i - 1];
    if (prev) {
      const pieces = Math.ceil(haversineKm(prev, p) / DENSIFY_KM);
      for (let k = 1; k < pieces; k++) {
        const t = k / pieces;
        out.push([round(prev[0] + t * (p[0] - prev[0])), round(prev[1] + t * (p[1] - prev[1]))]);
      }
    }
    out.push(p);
  });
  return out;
}

export function nearestVertex(net: RailNetwork, p: Position): { vertex: number; km: number } {
  let vertex = 0;
  let km = Infinity;
  net.positions.forEach((q, i) => {
    const d = haversineKm(p, q);
    if (d < km) {
      km = d;
      vertex = i;
    }
  });
  return { vertex, km };
}

/** Shortest path over the network between two vertices (Dijkstra), as vertex indices; null when unconnected. */
export function shortestPath(net: RailNetwork, from: number, to: number): number[] | null {
  const dist = new Float64Array(net.positions.length).fill(Infinity);
  const prev = new Int32Array(net.positions.length).fill(-1);
  const heap: [number, number][] = [[0, from]];
  dist[from] = 0;
  const push = (item: [number, number]): void => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]![0] <= heap[i]![0]) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
        if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  while (heap.length > 0) {
    const [d, v] = pop();
    if (v === to) break;
    if (d > dist[v]!) continue;
    for (const e of net.edges[v]!) {
      const nd = d + e.km;
      if (nd < dist[e.to]!) {
        dist[e.to] = nd;
        prev[e.to] = v;
        push([nd, e.to]);
      }
    }
  }
  if (dist[to] === Infinity) return null;
  const path: number[] = [];
  for (let v = to; v !== -1; v = prev[v]!) path.push(v);
  return path.reverse();
}

/** How far a via point may sit from the network's nearest vertex and still be traced along it. */
const MAX_SNAP_KM = 4;
/** A network path longer than this times the straight distance (plus 1 km) is a detour, not the line. */
const MAX_DETOUR = 1.3;

export interface TracedSegment {
  from: string;
  to: string;
  km: number;
  /** true: follows the network between the two via points; false: a straight segment (see `why`). */
  traced: boolean;
  why?: string;
  /** Indices in the line of the segment's first and last point (its two via points). */
  start: number;
  end: number;
}

/**
 * The line through the via points. Between two consecutive via points it follows the network's shortest
 * path between their nearest vertices, "rubber-sheeted" so that it starts and ends exactly at the via points
 * (the offset at each end is spread linearly along the path): the network gives the shape of the track, the
 * sourced via points pin it in place. Where the network has no plausible track (a via point far from it, no
 * path, or a detour), the segment is straight.
 */
export function traceVia(
  net: RailNetwork,
  via: { name: string; lon: number; lat: number }[],
): { line: Position[]; segments: TracedSegment[] } {
  if (via.length < 2) throw new Error(`traceVia: needs at least two via points, got ${via.length}`);
  const points = via.map((v) => [v.lon, v.lat] as Position);
  const snaps = points.map((p) => nearestVertex(net, p));
  const line: Position[] = [points[0]!];
  const segments: TracedSegment[] = [];
  const add = (p: Position): void => {
    const last = line[line.length - 1]!;
    if (last[0] !== p[0] || last[1] !== p[1]) line.push(p);
  };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const straightKm = haversineKm(a, b);
    const segment: TracedSegment = {
      from: via[i - 1]!.name,
      to: via[i]!.name,
      km: straightKm,
      traced: false,
      start: line.length - 1,
      end: line.length - 1,
    };
    segments.push(segment);
    const sa = snaps[i - 1]!;
    const sb = snaps[i]!;
    if (sa.km > MAX_SNAP_KM || sb.km > MAX_SNAP_KM) {
      segment.why = `via point ${(sa.km > MAX_SNAP_KM ? sa : sb).km.toFixed(1)} km from the network`;
      add(b);
      continue;
    }
    if (sa.vertex === sb.vertex) {
      segment.why = 'both via points are nearest to the same vertex of the network';
      add(b);
      continue;
    }
    const path = shortestPath(net, sa.vertex, sb.vertex);
    if (!path) {
      segment.why = 'no track joins them in the network';
      add(b);
      continue;
    }
    const coords = path.map((v) => net.positions[v]!);
    const cumulative = [0];
    for (let j = 1; j < coords.length; j++) {
      cumulative.push(cumulative[j - 1]! + haversineKm(coords[j - 1]!, coords[j]!));
    }
    const pathKm = cumulative[cumulative.length - 1]!;
    if (pathKm > MAX_DETOUR * straightKm + 1) {
      segment.why = `the network's path is a detour (${pathKm.toFixed(0)} km for ${straightKm.toFixed(0)} km)`;
      add(b);
      continue;
    }
    const pa = net.positions[sa.vertex]!;
    const pb = net.positions[sb.vertex]!;
    segment.traced = true;
    segment.km = pathKm;
    coords.forEach((p, j) => {
      if (j === 0 || j === coords.length - 1 || net.added.has(path[j]!)) return;
      const t = cumulative[j]! / pathKm;
      add([
        round(p[0] + (1 - t) * (a[0] - pa[0]) + t * (b[0] - pb[0])),
        round(p[1] + (1 - t) * (a[1] - pa[1]) + t * (b[1] - pb[1])),
      ]);
    });
    add(b);
  }
  segments.forEach((s, k) => {
    s.end = k + 1 < segments.length ? segments[k + 1]!.start : line.length - 1;
  });
  return { line, segments };
}

/** Length in km (haversine) of a line's stretch between two of its point indices. */
export function stretchKm(line: Position[], from: number, to: number): number {
  let km = 0;
  for (let i = from + 1; i <= to; i++) km += haversineKm(line[i - 1]!, line[i]!);
  return km;
}

/**
 * Straight stretches at least this long are published as "approximate": drawn straight between two via points
 * because the network has no usable track there, so the real track may stray from them.
 */
export const APPROXIMATE_MIN_KM = 3;

/**
 * The line's approximate stretches as [first, last] point indices: straight segments of at least
 * APPROXIMATE_MIN_KM, with the shorter straight segments that join them (a short straight hop between two
 * approximate stretches is no better known), consecutive ones merged.
 */
export function approximateStretches(segments: TracedSegment[]): [number, number][] {
  const marked = segments.map((s) => !s.traced && s.km >= APPROXIMATE_MIN_KM);
  for (let changed = true; changed;) {
    changed = false;
    segments.forEach((s, k) => {
      if (!s.traced && !marked[k] && (marked[k - 1] === true || marked[k + 1] === true)) {
        marked[k] = true;
        changed = true;
      }
    });
  }
  const out: [number, number][] = [];
  segments.forEach((s, k) => {
    if (!marked[k] || s.end <= s.start) return;
    const last = out[out.length - 1];
    if (last && last[1] === s.start) last[1] = s.end;
    else out.push([s.start, s.end]);
  });
  return out;
}

/** Six decimals (about 0.1 m), like the network itself. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Distance in km from a point to a polyline (local equirectangular projection; fine below ~50 km). */
export function distanceToLineKm(p: Position, line: Position[]): number {
  const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = [(line[i - 1]![0] - p[0]) * kx, (line[i - 1]![1] - p[1]) * ky];
    const [bx, by] = [(line[i]![0] - p[0]) * kx, (line[i]![1] - p[1]) * ky];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

/**
 * Leave-one-out check of a traced line: each interior via point is left out in turn, the line is traced
 * through the others, and the distance from the left-out point to that line is measured. It estimates how far
 * the line can stray between via points (with via points twice as far apart as in the record).
 */
export function leaveOneOut(
  net: RailNetwork,
  via: { name: string; lon: number; lat: number }[],
): { name: string; km: number }[] {
  return via.slice(1, -1).map((v, k) => {
    const others = via.filter((_, i) => i !== k + 1);
    return { name: v.name, km: distanceToLineKm([v.lon, v.lat], traceVia(net, others).line) };
  });
}
