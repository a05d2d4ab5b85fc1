import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../src/datasets/dataset-error';
import type { z } from 'zod';
import { checkGeo, readGeo } from '../../src/datasets/fetch-geo';
import {
  basemapCollectionSchema,
  facilityCollectionSchema,
  nodeCollectionSchema,
  routeCollectionSchema,
} from '../../src/datasets/schemas';
import { facilitiesFixture } from '../fixtures/geo-fixtures';

const read = (file: string): unknown => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8'));

describe('the real files in public/geo', () => {
  it('facilities.geojson matches its schema', () => {
    const parsed = facilityCollectionSchema.parse(read('facilities.geojson'));
    expect(parsed.features.length).toBeGreaterThan(0);
  });
  it('logistics-nodes.geojson matches its schema', () => {
    expect(nodeCollectionSchema.parse(read('logistics-nodes.geojson')).features.length).toBeGreaterThan(0);
  });
  it('routes.geojson matches its schema', () => {
    expect(routeCollectionSchema.parse(read('routes.geojson')).features.length).toBeGreaterThan(0);
  });
  it('basemap.geojson matches its schema', () => {
    expect(basemapCollectionSchema.parse(read('basemap.geojson')).features.length).toBeGreaterThan(0);
  });
});

describe('line and polygon positions (checked in a loop, not a zod tuple each)', () => {
  const polygon = (coordinates: unknown) => ({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-73, 45] }, properties: { layer: 'city' } },
      { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates }, properties: { layer: 'land' } },
    ],
  });
  const square = [
    [-73, 45],
    [-72, 45],
    [-72, 46],
    [-73, 45],
  ];
  const issues = (data: unknown) =>
    (basemapCollectionSchema.safeParse(data).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

  it('accepts good positions at every depth', () => {
    expect(issues(polygon([[square], [square, square]]))).toEqual([]);
  });

  it.each([
    ['a latitude out of range', [-72, 91]],
    ['a longitude out of range', [-181, 45]],
    ['a third number', [-72, 45, 10]],
    ['a string', ['-72', 45]],
    ['a missing latitude', [-72]],
  ])('names the exact position with %s', (_, bad) => {
    const rings = [[square], [square, [...square.slice(0, 2), bad, ...square.slice(3)]]];
    expect(issues(polygon(rings))).toEqual([
      ['features.1.geometry.coordinates.1.1.2', 'must be a [longitude, latitude] pair in range'],
    ]);
  });

  it('names an array that is not one', () => {
    expect(issues(polygon([[square], 'ring']))).toEqual([
      ['features.1.geometry.coordinates.1', 'must be an array'],
    ]);
    expect(issues(polygon(undefined))).toEqual([['features.1.geometry.coordinates', 'must be an array']]);
  });

  it('needs two positions in a route', () => {
    const routes = read('routes.geojson') as { features: { geometry: { coordinates: unknown } }[] };
    const first = routes.features[0];
    if (!first) throw new Error('no routes');
    first.geometry.coordinates = [[-73, 45]];
    expect(
      routeCollectionSchema.safeParse(routes).error?.issues.map((i) => [i.path.join('.'), i.message]),
    ).toEqual([['features.0.geometry.coordinates', 'needs at least 2 positions']]);
  });
});

function withBody(body: unknown, init: ResponseInit = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), init)),
  );
}

/** A file read and checked as the app's queries do (src/datasets/queries.ts). */
async function fetchGeo<S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S>> {
  return checkGeo(file, await readGeo(file), schema);
}

describe('readGeo and checkGeo', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns the validated collection', async () => {
    withBody(facilitiesFixture);
    const data = await fetchGeo('facilities.geojson', facilityCollectionSchema);
    expect(data.features.map((f) => f.id)).toContain('fab-north');
  });

  it('names the file, the feature and the field of a schema mismatch', async () => {
    const broken = structuredClone(facilitiesFixture);
    const second = broken.features[1];
    if (!second) throw new Error('fixture too small');
    second.properties.category = 'casino';
    withBody(broken);
    const error = await fetchGeo('facilities.geojson', facilityCollectionSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect(String(error)).toMatch(
      /^DatasetError: facilities\.geojson: feature 1 \(fab-south\): properties\.category: /,
    );
  });

  it('rejects an unknown field by name', async () => {
    const broken = structuredClone(facilitiesFixture);
    Object.assign(broken.features[0]?.properties ?? {}, { script: '<script>' });
    withBody(broken);
    await expect(fetchGeo('facilities.geojson', facilityCollectionSchema)).rejects.toThrow(
      /feature 0 \(fab-north\).*script/,
    );
  });

  it('reports an HTTP error and invalid JSON with the file name', async () => {
    withBody('missing', { status: 404, statusText: 'Not Found' });
    await expect(fetchGeo('routes.geojson', routeCollectionSchema)).rejects.toThrow(
      'routes.geojson: HTTP 404 Not Found',
    );
    withBody('{"type": "FeatureCo');
    await expect(fetchGeo('routes.geojson', routeCollectionSchema)).rejects.toThrow(
      'routes.geojson: is not valid JSON',
    );
  });

  it('reports a network failure with the file name', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(fetchGeo('basemap.geojson', basemapCollectionSchema)).rejects.toThrow(
      /basemap\.geojson: could not be fetched/,
    );
  });
});
