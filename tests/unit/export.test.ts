import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { facilityCollectionSchema, type FacilityFeature } from '../../src/datasets/schemas';
import { exportCollectionSchema } from '../../src/features/export/export-schema';
import { CSV_COLUMNS, exportFileName, toCsv, toGeoJson } from '../../src/features/export/export-rows';
import { scaleBar } from '../../src/features/export/map-image';

const real = facilityCollectionSchema.parse(
  JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')),
).features;

function parseCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

describe('CSV export', () => {
  it('holds exactly the facilities given, in order, with accents intact (RFC 4180, BOM, CRLF)', () => {
    const shown = real.filter((f) => f.properties.country === 'CA');
    const csv = toCsv({ features: shown });
    const parsed = parseCsv(csv);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((r) => r['id'])).toEqual(shown.map((f) => f.id));
    expect(csv.split('\r\n').length).toBeGreaterThan(shown.length);
    const sherbrooke = parsed.data.find((r) => r['id'] === 'universite-de-sherbrooke');
    expect(sherbrooke?.['name']).toBe('Université de Sherbrooke');
    expect(Number(sherbrooke?.['lon'])).toBeLessThan(-70);
    expect(parsed.data.every((r) => (r['sources'] ?? '').includes('checked 20'))).toBe(true);
  });

  it('writes the radius distance only when a radius is on', () => {
    const two = real.slice(0, 2);
    const on = parseCsv(toCsv({ features: two, distances: new Map([[two[0]!.id, 12.345]]) }));
    expect(on.data.map((r) => r['distance_km'])).toEqual(['12.35', '']);
    const off = parseCsv(toCsv({ features: two }));
    expect(off.data.map((r) => r['distance_km'])).toEqual(['', '']);
  });

  it('neutralises text a spreadsheet would run as a formula, and keeps quotes and line breaks', () => {
    const base = real[0]!;
    const hostile = (id: string, name: string): FacilityFeature => ({
      ...base,
      id,
      properties: { ...base.properties, id, name, name_en: undefined, name_fr: undefined, city: '@SUM(1+1)' },
    });
    const shown = [
      hostile('a', '=HYPERLINK("http://evil.example","x")'),
      hostile('b', '+1+2'),
      hostile('c', '-2+3'),
      hostile('d', 'Line one\nline two, "quoted"'),
    ];
    const parsed = parseCsv(toCsv({ features: shown }));
    expect(parsed.data.map((r) => r['name'])).toEqual([
      `'=HYPERLINK("http://evil.example","x")`,
      "'+1+2",
      "'-2+3",
      'Line one\nline two, "quoted"',
    ]);
    expect(parsed.data.every((r) => r['city'] === "'@SUM(1+1)")).toBe(true);
    // Coordinates are numbers, not neutralised text.
    expect(parsed.data[0]?.['lon']).toBe(String(base.geometry.coordinates[0]));
  });
});

describe('GeoJSON export', () => {
  it("parses with the app's schema and holds the shown facilities with their distances", () => {
    const shown = real.slice(10, 25);
    const distances = new Map(shown.map((f, i) => [f.id, i * 1.5]));
    const text = toGeoJson(
      { features: shown, distances, radius: { center: [-73.5, 45.5], km: 50 } },
      new Date('2026-12-07T12:00:00Z'),
    );
    const parsed = exportCollectionSchema.parse(JSON.parse(text));
    expect(parsed.features.map((f) => f.id)).toEqual(shown.map((f) => f.id));
    expect(parsed.features[2]?.properties.distance_km).toBe(3);
    expect(parsed.radius).toEqual({ center: [-73.5, 45.5], km: 50 });
    // Without a radius it is a plain facilities collection.
    const plain = JSON.parse(toGeoJson({ features: shown }, new Date())) as { exported?: string };
    delete plain.exported;
    expect(facilityCollectionSchema.safeParse(plain).success).toBe(true);
  });
});

describe('file names and scale bar', () => {
  it('names files with the local date', () => {
    const d = new Date(2026, 11, 7, 23, 30);
    expect(exportFileName('csv', d)).toBe('corridor-map-facilities-2026-12-07.csv');
    expect(exportFileName('png', d, '@2x')).toBe('corridor-map-2026-12-07@2x.png');
  });
  it('picks a round length that fits', () => {
    const bar = scaleBar(45, 6, 120, 'km');
    // At zoom 6 and 45°N one CSS pixel is about 865 m: 120 px is about 104 km, so 100 km (116 px).
    expect(bar.length).toBe(100);
    expect(bar.px).toBeGreaterThan(100);
    expect(bar.px).toBeLessThanOrEqual(120);
    expect(scaleBar(45, 6, 120, 'mi').length).toBe(50);
  });
});
