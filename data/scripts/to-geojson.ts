import { frenchTypography } from '../../src/i18n/french-typography';
import type { ValidatedData } from './validate';
import type { SceneRecord } from './scenes';

/** French fields (`*_fr`) are published with French typography (no-break spaces before « : ; ! ? »). */
const typeset = (key: string, value: unknown): unknown =>
  typeof value === 'string' && key.endsWith('_fr') ? frenchTypography(value) : value;

/** Stable output: features sorted by id, one feature per line, so diffs of public/geo stay readable. */
function collection(features: { id: string }[]): string {
  const sorted = [...features].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `{"type":"FeatureCollection","features":[\n${sorted.map((f) => JSON.stringify(f, typeset)).join(',\n')}\n]}\n`;
}

/** Turns validated records into the GeoJSON files the app loads, keyed by file name in public/geo. */
export function toGeoJson(data: ValidatedData & { scenes?: SceneRecord[] }): Record<string, string> {
  return {
    'facilities.geojson': collection(
      data.facilities.map(({ lon, lat, ...properties }) => ({
        type: 'Feature',
        id: properties.id,
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties,
      })),
    ),
    'logistics-nodes.geojson': collection(
      data.nodes.map(({ lon, lat, ...properties }) => ({
        type: 'Feature',
        id: properties.id,
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties,
      })),
    ),
    'routes.geojson': collection(
      // The record's waypoints, via points and checkpoints stay in data/: only the drawn line is published, with
      // its approximate stretches (point indices of the line) when it has any.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped from the output on purpose
      data.routes.map(({ waypoints, via, checkpoints, line, approximate, ...properties }) => ({
        type: 'Feature',
        id: properties.id,
        geometry: { type: 'LineString', coordinates: line },
        properties: approximate.length > 0 ? { ...properties, approximate } : properties,
      })),
    ),
    ...(data.scenes ? { 'scenes.json': `${JSON.stringify({ scenes: data.scenes }, typeset, 1)}\n` } : {}),
  };
}
