import Papa from 'papaparse';
import type { FacilityFeature } from '../../datasets/schemas';
import type { ExportCollection } from './export-schema';
import type { DistancesById } from '../../spatial';

/** What "export" writes: exactly the facilities shown, in the list's order, with the radius distance. */
export interface ExportInput {
  features: readonly FacilityFeature[];
  /** Facility id → distance in km from the radius centre (only with a radius on). */
  distances?: DistancesById | null | undefined;
  radius?: { center: [number, number]; km: number } | null | undefined;
}

/** The CSV's columns, in order (the header row). */
export const CSV_COLUMNS = [
  'id',
  'name',
  'name_en',
  'name_fr',
  'operator',
  'category',
  'status',
  'coalition_member',
  'city',
  'region',
  'country',
  'lon',
  'lat',
  'precision',
  'distance_km',
  'sources',
] as const;
type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | boolean>;

/** One source written for a cell: "url (published 2024-03-01; checked 2026-11-25)". */
function sourceText(s: FacilityFeature['properties']['sources'][number]): string {
  const dates = [s.published && `published ${s.published}`, `checked ${s.checked}`].filter(Boolean);
  return `${s.url} (${dates.join('; ')})`;
}

export function csvRows({ features, distances }: ExportInput): CsvRow[] {
  return features.map((f) => {
    const p = f.properties;
    const distance = distances?.get(f.id);
    return {
      id: f.id,
      name: p.name,
      name_en: p.name_en ?? p.name,
      name_fr: p.name_fr ?? p.name,
      operator: p.operator,
      category: p.category,
      status: p.status,
      coalition_member: p.coalition_member,
      city: p.city,
      region: p.region,
      country: p.country,
      // Numbers stay numbers: a spreadsheet reads "-73.5" as a number, never as a formula.
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
      precision: p.precision,
      distance_km: distance === undefined ? '' : Math.round(distance * 100) / 100,
      sources: p.sources.map(sourceText).join(' | '),
    };
  });
}

/**
 * RFC 4180 CSV (CRLF line ends, quoted where needed), UTF-8 with a byte-order mark so spreadsheet programs
 * read accents. Text cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with a
 * quote (CSV injection); numbers are left as numbers.
 */
export function toCsv(input: ExportInput): string {
  const body = Papa.unparse(csvRows(input), {
    columns: [...CSV_COLUMNS],
    newline: '\r\n',
    quotes: false,
    escapeFormulae: true,
  });
  return `\uFEFF${body}\r\n`;
}

export function toGeoJson(input: ExportInput, now: Date): string {
  const collection: ExportCollection = {
    type: 'FeatureCollection',
    exported: now.toISOString(),
    ...(input.radius ? { radius: { center: input.radius.center, km: input.radius.km } } : {}),
    features: input.features.map((f) => {
      const distance = input.distances?.get(f.id);
      return {
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties:
          distance === undefined
            ? { ...f.properties }
            : { ...f.properties, distance_km: Math.round(distance * 100) / 100 },
      };
    }),
  };
  return JSON.stringify(collection, null, 1);
}

/** "corridor-map-facilities-2026-12-07.csv": the date is the local day of the export. */
export function exportFileName(kind: 'csv' | 'geojson' | 'png', now: Date, suffix = ''): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const stem = kind === 'png' ? 'corridor-map' : 'corridor-map-facilities';
  return `${stem}-${day}${suffix}.${kind}`;
}
