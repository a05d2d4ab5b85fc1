/**
 * Writes the reference fixtures of the spatial tests, computed with GeographicLib (Karney) directly so
 * they are independent of src/spatial:
 *   tests/fixtures/spatial/geodesic-reference.json  distances, radius-edge points, border and link answers
 *   tests/fixtures/spatial/border-fixture.json      a small Canada–US border (real points, coarse)
 * Run: npx tsx data/scripts/make-geodesic-fixtures.ts   (deterministic: rerunning gives the same files)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import geographiclib from 'geographiclib-geodesic';
import { format, resolveConfig } from 'prettier';

const { Geodesic, Constants } = geographiclib;
const geod = Geodesic.WGS84;
type LonLat = [number, number];

function inverseKm(a: LonLat, b: LonLat): number {
  const s12 = geod.Inverse(a[1], a[0], b[1], b[0], Geodesic.DISTANCE).s12;
  if (s12 === undefined) throw new Error('Inverse returned no distance');
  return s12 / 1000;
}

function direct(from: LonLat, azimuthDeg: number, km: number): LonLat {
  const r = geod.Direct(from[1], from[0], azimuthDeg, km * 1000);
  if (r.lon2 === undefined || r.lat2 === undefined) throw new Error('Direct returned no position');
  return [r.lon2, r.lat2];
}

const places = {
  bromont: [-72.7051, 45.296] as LonLat, // C2MI
  malta: [-73.7565, 42.9717] as LonLat, // GlobalFoundries Fab 8
  montreal: [-73.5673, 45.5017] as LonLat,
  albany: [-73.7562, 42.6526] as LonLat,
  sherbrooke: [-71.8929, 45.4042] as LonLat,
  burlington: [-73.2121, 44.4759] as LonLat,
  quebec: [-71.2082, 46.8139] as LonLat,
  newYork: [-74.006, 40.7128] as LonLat,
  boston: [-71.0589, 42.3601] as LonLat,
  lacolle: [-73.4493, 45.0086] as LonLat, // on the QC–NY border (Lacolle–Champlain crossing)
  paris: [2.3522, 48.8566] as LonLat,
};

const pair = (name: string, a: LonLat, b: LonLat) => ({ name, a, b, distanceKm: inverseKm(a, b) });
const pairs = [
  pair('Bromont–Malta', places.bromont, places.malta),
  pair('Montréal–Albany', places.montreal, places.albany),
  pair('Sherbrooke–Burlington', places.sherbrooke, places.burlington),
  pair('Québec–New York', places.quebec, places.newYork),
  pair('Boston–Montréal', places.boston, places.montreal),
  pair('Lacolle border crossing–Montréal', places.lacolle, places.montreal),
  pair('identical points (Bromont)', places.bromont, places.bromont),
  pair('very close points (50 cm apart)', places.bromont, direct(places.bromont, 37, 0.0005)),
  pair('very close points (1 mm apart)', places.montreal, direct(places.montreal, 200, 0.000001)),
  pair('Montréal–Paris', places.montreal, places.paris),
  pair('Tokyo–Anchorage (across the antimeridian)', [139.6917, 35.6895], [-149.9003, 61.2181]),
  pair('near-antipodal (Montréal and ~0.5° off its antipode)', places.montreal, [106.9, -45.0]),
  pair('exactly antipodal on the equator', [0, 0], [180, 0]),
  pair('pole to pole', [0, 90], [0, -90]),
];

// Radius edge: points exactly at, 1 m inside and 1 m beyond 50 km from Bromont, on eight bearings.
const center: LonLat = [-72.72, 45.3];
const radiusKm = 50;
const radiusPoints = [0, 45, 90, 135, 180, 225, 270, 315].flatMap((azimuth) =>
  (
    [
      ['at', radiusKm],
      ['inside', radiusKm - 0.001],
      ['beyond', radiusKm + 0.001],
    ] as const
  ).map(([kind, km]) => {
    const position = direct(center, azimuth, km);
    return { id: `${kind}-${azimuth}`, kind, position, distanceKm: inverseKm(center, position) };
  }),
);
const coincident = [
  { id: 'same-a', position: center, distanceKm: 0 },
  { id: 'same-b', position: center, distanceKm: 0 },
];
const oneCentimetre = direct(center, 10, 0.00001);

// Border fixture: the 45th parallel from the St. Lawrence to Hall's Stream (QC–NY/VT) as two long
// straight-in-lon/lat segments, and the Maine–New Brunswick due-north line (a meridian) with a piece of
// the Saint John River, as a MultiLineString.
const parallelLine: LonLat[] = [
  [-74.7, 45],
  [-73.35, 45],
  [-71.5, 45],
];
const northLine: LonLat[] = [
  [-67.79, 45.94],
  [-67.79, 47.06],
];
const saintJohn: LonLat[] = [
  [-67.79, 47.06],
  [-68.23, 47.35],
];
const borderFixture = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { ca: 'QC', us: 'NY/VT' },
      geometry: { type: 'LineString', coordinates: parallelLine },
    },
    {
      type: 'Feature',
      properties: { ca: 'NB', us: 'ME' },
      geometry: { type: 'MultiLineString', coordinates: [northLine, saintJohn] },
    },
  ],
};
const north10Foot: LonLat = [-72.5, 45];
const east10Foot: LonLat = [-67.79, 46.5];
const westOfEnd: LonLat = [-75.5, 44.6];
const border = {
  // 10 km due north of the parallel, half-way along a 1.85° segment (where a great circle through its
  // ends would pass ~0.5 km north of the parallel).
  north10km: { position: direct(north10Foot, 0, 10), nearest: north10Foot, distanceKm: 10 },
  // 10 km due east of the meridian line: the geodesic leaving a meridian at 90° is the shortest to it.
  east10km: { position: direct(east10Foot, 90, 10), nearest: east10Foot, distanceKm: 10 },
  // Beyond the western end: the nearest border point is the end itself.
  westOfEnd: { position: westOfEnd, nearest: parallelLine[0], distanceKm: inverseKm(westOfEnd, [-74.7, 45]) },
  onBorder: { position: [-73.0, 45] as LonLat, nearest: [-73.0, 45] as LonLat, distanceKm: 0 },
};

// Cross-border links: three Canadian and three US facilities, three land ports of entry.
const facilities = [
  { id: 'c2mi-bromont', country: 'CA', position: places.bromont },
  { id: 'udes-sherbrooke', country: 'CA', position: [-71.926, 45.378] as LonLat },
  { id: 'montreal', country: 'CA', position: places.montreal },
  { id: 'gf-malta', country: 'US', position: places.malta },
  { id: 'gf-essex-junction', country: 'US', position: [-73.098, 44.481] as LonLat },
  { id: 'albany-nanotech', country: 'US', position: [-73.833, 42.689] as LonLat },
];
const ports = [
  { id: 'lacolle-champlain', position: places.lacolle },
  { id: 'st-armand-highgate', position: [-73.0856, 45.0151] as LonLat },
  { id: 'stanstead-derby-line', position: [-72.0979, 45.0055] as LonLat },
];
const links = facilities
  .filter((f) => f.country === 'CA')
  .flatMap((a) =>
    facilities
      .filter((f) => f.country === 'US')
      .map((b) => {
        const viaKm = Object.fromEntries(
          ports.map((p) => [p.id, inverseKm(a.position, p.position) + inverseKm(p.position, b.position)]),
        );
        const [portId, viaPortKm] = Object.entries(viaKm).reduce((best, e) => (e[1] < best[1] ? e : best));
        return { a: a.id, b: b.id, straightKm: inverseKm(a.position, b.position), viaKm, viaPortKm, portId };
      }),
  );

const reference = {
  generatedBy: 'data/scripts/make-geodesic-fixtures.ts',
  geographiclib: Constants.version_string,
  ellipsoid: 'WGS84',
  pairs,
  radius: { center, radiusKm, points: radiusPoints, coincident, oneCentimetre },
  border,
  crossBorder: { facilities, ports, links },
};

// Written through prettier with the repository's settings, so `npm run format:check` passes on them.
async function writeJson(path: string, value: unknown): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(value), { ...options, filepath: path }));
}

const dir = fileURLToPath(new URL('../../tests/fixtures/spatial/', import.meta.url));
await writeJson(`${dir}geodesic-reference.json`, reference);
await writeJson(`${dir}border-fixture.json`, borderFixture);
console.log(`wrote ${dir}geodesic-reference.json and border-fixture.json`);
