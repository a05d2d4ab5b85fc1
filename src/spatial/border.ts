import type { Feature, LineString } from 'geojson';
import { lineString } from '@turf/helpers';
import { distance as sphericalKm } from 'geokdbush';
import { checkPosition, showValue } from './validate';

// RFC 7946 §3.1.1 makes a GeoJSON segment straight in lon/lat, and Natural Earth draws the 45th-parallel
// border that way; turf treats a segment as a great circle, which bulges up to ~1 km north of the
// parallel over a 3° segment. Inserting vertices every 0.05° keeps the two readings within ~0.3 m.
const MAX_STEP_DEG = 0.05;
// Small pieces let distanceToBorderKm skip most of the border with a cheap bound.
const SEGMENTS_PER_CHUNK = 32;

/** A piece of the border with a spherical cap (centre and radius, km on geokdbush's sphere) around it. */
export interface BorderChunk {
  readonly line: Feature<LineString>;
  readonly centerLon: number;
  readonly centerLat: number;
  readonly radiusKm: number;
}

/** The border as {@link distanceToBorderKm} uses it; build it with {@link loadBorder}. */
export interface PreparedBorder {
  readonly chunks: readonly BorderChunk[];
}

// Remembers what loadBorder returned, so a hand-built or stale object is refused with a clear message.
const prepared = new WeakSet<object>();

/** Whether `value` was returned by {@link loadBorder}. */
export function isPreparedBorder(value: unknown): value is PreparedBorder {
  return typeof value === 'object' && value !== null && prepared.has(value);
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}

function densify(line: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  line.forEach(([lon, lat], i) => {
    const prev = line[i - 1];
    if (prev !== undefined) {
      const steps = Math.ceil(Math.max(Math.abs(lon - prev[0]), Math.abs(lat - prev[1])) / MAX_STEP_DEG);
      for (let s = 1; s < steps; s++) {
        out.push([prev[0] + ((lon - prev[0]) * s) / steps, prev[1] + ((lat - prev[1]) * s) / steps]);
      }
    }
    out.push([lon, lat]);
  });
  return out;
}

function chunk(coords: [number, number][]): BorderChunk {
  const lons = coords.map((c) => c[0]);
  const lats = coords.map((c) => c[1]);
  const centerLon = (Math.min(...lons) + Math.max(...lons)) / 2;
  const centerLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  // A cap narrower than a hemisphere is convex on the sphere, so the great-circle segments between
  // vertices inside it stay inside it: the cap bounds the whole piece, not only its vertices.
  const radiusKm = Math.max(...coords.map(([lon, lat]) => sphericalKm(centerLon, centerLat, lon, lat)));
  return { line: lineString(coords), centerLon, centerLat, radiusKm };
}

/**
 * Validates a GeoJSON FeatureCollection of LineString / MultiLineString features ([lon, lat] degrees)
 * and prepares it for {@link distanceToBorderKm}. `name` (e.g. the file path) prefixes error messages,
 * which also name the feature and coordinate. Does not mutate `fc`.
 */
export function loadBorder(fc: unknown, name = 'border'): PreparedBorder {
  const fn = `loadBorder(${name})`;
  const error = (where: string, what: string): Error => new Error(`${fn}: ${where} ${what}`);
  const type: unknown = field(fc, 'type');
  if (type !== 'FeatureCollection')
    throw error('type', `must be "FeatureCollection", got ${showValue(type)}`);
  const features: unknown = field(fc, 'features');
  if (!Array.isArray(features) || features.length === 0) throw error('features', 'must be a non-empty array');
  const lines: (readonly (readonly [number, number])[])[] = [];
  const readLine = (value: unknown, where: string): void => {
    if (!Array.isArray(value) || value.length < 2)
      throw error(where, 'must be an array of at least 2 positions');
    lines.push(value.map((p: unknown, k) => checkPosition(fn, `${where}[${k}]`, p)));
  };
  features.forEach((feature: unknown, i) => {
    const geometry = field(feature, 'geometry');
    const geometryType = field(geometry, 'type');
    const coordinates = field(geometry, 'coordinates');
    const where = `features[${i}].geometry`;
    if (geometryType === 'LineString') {
      readLine(coordinates, `${where}.coordinates`);
    } else if (geometryType === 'MultiLineString') {
      if (!Array.isArray(coordinates) || coordinates.length === 0) {
        throw error(`${where}.coordinates`, 'must be a non-empty array of lines');
      }
      coordinates.forEach((line: unknown, j) => readLine(line, `${where}.coordinates[${j}]`));
    } else {
      throw error(
        `${where}.type`,
        `must be "LineString" or "MultiLineString", got ${showValue(geometryType)}`,
      );
    }
  });
  const chunks: BorderChunk[] = [];
  for (const line of lines) {
    const dense = densify(line);
    for (let start = 0; start < dense.length - 1; start += SEGMENTS_PER_CHUNK) {
      chunks.push(chunk(dense.slice(start, start + SEGMENTS_PER_CHUNK + 1)));
    }
  }
  const border: PreparedBorder = { chunks };
  prepared.add(border);
  return border;
}
