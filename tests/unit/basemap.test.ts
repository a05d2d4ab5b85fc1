import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { BASEMAP_EXTENT } from '../../src/datasets/vocabulary';

// The basemap written by data/basemap/build-basemap.ts (see data/basemap/README.md).
const root = resolve(import.meta.dirname, '..', '..');
const basemapBytes = readFileSync(resolve(root, 'public/geo/basemap.geojson'));
const borderBytes = readFileSync(resolve(root, 'public/geo/border.json'));

type Position = number[];
interface Geometry {
  type: string;
  coordinates: unknown;
}
interface Feature {
  type: string;
  properties: Record<string, unknown> | null;
  geometry: Geometry | null;
}
interface Collection {
  type: string;
  bbox?: number[];
  features: Feature[];
}

const basemap = JSON.parse(basemapBytes.toString('utf8')) as Collection;
const border = JSON.parse(borderBytes.toString('utf8')) as Collection;

/** The corridor extent the build clips to: [west, south, east, north]. */
// The basemap is clipped to the extent the camera is held to.
const EXTENT = BASEMAP_EXTENT;
const LAYERS = ['land', 'region', 'water', 'admin1', 'country-border', 'city'];
const REQUIRED_REGIONS = ['QC', 'ON', 'NB', 'NY', 'VT', 'NH', 'ME', 'MA', 'CT', 'RI', 'NJ', 'PA'];
const REQUIRED_CITIES = [
  'Montréal',
  'Quebec City',
  'Sherbrooke',
  'Bromont',
  'Granby',
  'Trois-Rivières',
  'Saint-Jean-sur-Richelieu',
  'Burlington',
  'Plattsburgh',
  'Albany',
  'Syracuse',
  'Utica',
  'Rochester',
  'Buffalo',
  'Boston',
  'Manchester',
  'Portland',
  'Hartford',
  'Providence',
  'New York',
  'Ottawa',
  'Toronto',
  'Malta',
  'Essex Junction',
];

const POLYGONAL = ['Polygon', 'MultiPolygon'];
const LINEAR = ['LineString', 'MultiLineString'];
const ALL_TYPES = ['Point', 'MultiPoint', ...LINEAR, ...POLYGONAL];

/** Every position of a geometry, checking the nesting depth of its type on the way. */
function positions(g: Geometry): Position[] {
  const depth: Record<string, number> = {
    Point: 0,
    MultiPoint: 1,
    LineString: 1,
    MultiLineString: 2,
    Polygon: 2,
    MultiPolygon: 3,
  };
  const d = depth[g.type];
  if (d === undefined) throw new Error(`unknown geometry type ${g.type}`);
  const out: Position[] = [];
  const walk = (node: unknown, level: number): void => {
    if (!Array.isArray(node)) throw new Error(`${g.type}: expected an array at depth ${level}`);
    if (level === d) {
      out.push(node as Position);
      return;
    }
    for (const child of node) walk(child, level + 1);
  };
  walk(g.coordinates, 0);
  return out;
}

function parts(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates as Position[]];
  if (g.type === 'MultiLineString') return g.coordinates as Position[][];
  if (g.type === 'Polygon') return g.coordinates as Position[][];
  if (g.type === 'MultiPolygon') return (g.coordinates as Position[][][]).flat();
  return [];
}

const ofLayer = (layer: string): Feature[] => basemap.features.filter((f) => f.properties?.layer === layer);

describe('public/geo/basemap.geojson', () => {
  it('is a GeoJSON FeatureCollection of features with a geometry and a known layer', () => {
    expect(basemap.type).toBe('FeatureCollection');
    expect(Array.isArray(basemap.features)).toBe(true);
    expect(basemap.features.length).toBeGreaterThan(0);
    for (const f of basemap.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry).not.toBeNull();
      expect(ALL_TYPES).toContain(f.geometry!.type);
      expect(LAYERS).toContain(f.properties?.layer);
    }
  });

  it('uses the geometry type each layer is documented with', () => {
    const expected: Record<string, string[]> = {
      land: POLYGONAL,
      region: POLYGONAL,
      water: [...POLYGONAL, ...LINEAR],
      admin1: LINEAR,
      'country-border': LINEAR,
      city: ['Point'],
    };
    for (const f of basemap.features)
      expect(expected[String(f.properties!.layer)]).toContain(f.geometry!.type);
  });

  it('has well-formed lines (2+ positions) and closed rings (4+ positions)', () => {
    for (const f of basemap.features) {
      const g = f.geometry!;
      for (const part of parts(g)) {
        if (LINEAR.includes(g.type)) expect(part.length).toBeGreaterThanOrEqual(2);
        if (POLYGONAL.includes(g.type)) {
          expect(part.length).toBeGreaterThanOrEqual(4);
          expect(part[0]).toEqual(part[part.length - 1]);
        }
      }
    }
  });

  it('has every coordinate finite, within the extent and rounded to at most 5 decimals', () => {
    expect(basemap.bbox).toEqual([...EXTENT]);
    // One assertion over all positions (tens of thousands): the offending ones are listed if any.
    const rounded = (x: number) => Math.abs(x * 1e5 - Math.round(x * 1e5)) < 1e-6;
    const bad = basemap.features.flatMap((f) =>
      positions(f.geometry!).filter((p) => {
        const [lon, lat] = p as [number, number];
        return !(
          p.length === 2 &&
          Number.isFinite(lon) &&
          Number.isFinite(lat) &&
          lon >= EXTENT[0] &&
          lon <= EXTENT[2] &&
          lat >= EXTENT[1] &&
          lat <= EXTENT[3] &&
          rounded(lon) &&
          rounded(lat)
        );
      }),
    );
    expect(bad).toEqual([]);
  });

  it('has land for both countries', () => {
    expect(
      ofLayer('land')
        .map((f) => f.properties!.country)
        .sort(),
    ).toEqual(['CA', 'US']);
  });

  it('has a region polygon with code, names and country for every required province/state', () => {
    const regions = ofLayer('region');
    for (const code of REQUIRED_REGIONS) {
      const found = regions.filter((f) => f.properties!.code === code);
      expect(found, code).toHaveLength(1);
      const p = found[0]!.properties!;
      expect(typeof p.name_en).toBe('string');
      expect(typeof p.name_fr).toBe('string');
      expect(['CA', 'US']).toContain(p.country);
    }
    const qc = regions.find((f) => f.properties!.code === 'QC')!.properties!;
    expect(qc).toMatchObject({ name_en: 'Quebec', name_fr: 'Québec', country: 'CA' });
  });

  it('has province/state boundary lines touching every required province/state', () => {
    const admin1 = ofLayer('admin1');
    expect(admin1.length).toBeGreaterThan(0);
    const touched = new Set(admin1.flatMap((f) => [f.properties!.a, f.properties!.b]));
    for (const code of REQUIRED_REGIONS) expect(touched.has(code), code).toBe(true);
    for (const f of admin1) expect(['CA', 'US']).toContain(f.properties!.country);
  });

  it('has the Canada–US border as lines of its own, for each neighbouring province/state pair', () => {
    const lines = ofLayer('country-border');
    const pairs = lines.map((f) => `${String(f.properties!.ca)}-${String(f.properties!.us)}`).sort();
    for (const pair of ['NB-ME', 'ON-NY', 'QC-ME', 'QC-NH', 'QC-NY', 'QC-VT']) expect(pairs).toContain(pair);
  });

  it('has water: the Great Lakes in the extent, Lake Champlain and rivers', () => {
    const water = ofLayer('water');
    const lakes = water.filter((f) => f.properties!.kind === 'lake');
    const rivers = water.filter((f) => f.properties!.kind === 'river');
    expect(rivers.length).toBeGreaterThan(0);
    const inside = (lon: number, lat: number): boolean =>
      lakes.some((f) => {
        // Even-odd ray casting over all rings of the lake.
        let odd = false;
        for (const ring of parts(f.geometry!)) {
          for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const [xi, yi] = ring[i] as [number, number];
            const [xj, yj] = ring[j] as [number, number];
            if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) odd = !odd;
          }
        }
        return odd;
      });
    expect(inside(-77.9, 43.6), 'Lake Ontario').toBe(true);
    expect(inside(-81.0, 42.2), 'Lake Erie').toBe(true);
    expect(inside(-73.33, 44.55), 'Lake Champlain').toBe(true);
    expect(inside(-73.6, 45.5), 'Montréal is not in a lake').toBe(false);
  });

  it('has a labelled point for every required city, inside the extent', () => {
    const cities = ofLayer('city');
    const names = cities.map((f) => f.properties!.name);
    for (const name of REQUIRED_CITIES) expect(names, name).toContain(name);
    for (const f of cities) {
      expect([1, 2, 3]).toContain(f.properties!.rank);
      const [lon, lat] = f.geometry!.coordinates as [number, number];
      expect(lon > EXTENT[0] && lon < EXTENT[2] && lat > EXTENT[1] && lat < EXTENT[3]).toBe(true);
      if ('name_fr' in f.properties!) expect(f.properties!.name_fr).not.toBe(f.properties!.name);
    }
    const quebec = cities.find((f) => f.properties!.name === 'Quebec City')!;
    expect(quebec.properties!.name_fr).toBe('Québec');
  });

  it('is under 400 KB gzipped', () => {
    expect(gzipSync(basemapBytes).length).toBeLessThan(400 * 1024);
  });
});

describe('public/geo/border.json', () => {
  it('is a non-empty FeatureCollection of Canada–US border lines', () => {
    expect(border.type).toBe('FeatureCollection');
    expect(border.features.length).toBeGreaterThan(0);
    for (const f of border.features) {
      expect(f.type).toBe('Feature');
      expect(LINEAR).toContain(f.geometry!.type);
      for (const part of parts(f.geometry!)) expect(part.length).toBeGreaterThanOrEqual(2);
      for (const p of positions(f.geometry!)) {
        const [lon, lat] = p as [number, number];
        expect(Number.isFinite(lon) && Number.isFinite(lat)).toBe(true);
        expect(lon >= EXTENT[0] && lon <= EXTENT[2] && lat >= EXTENT[1] && lat <= EXTENT[3]).toBe(true);
      }
    }
    expect(borderBytes.length).toBeLessThan(150 * 1024);
  });

  it('is the same geometry as the basemap country-border layer', () => {
    const fromBasemap = ofLayer('country-border').map((f) => JSON.stringify(f.geometry));
    const fromBorder = border.features.map((f) => JSON.stringify(f.geometry));
    expect(fromBorder).toEqual(fromBasemap);
  });
});
