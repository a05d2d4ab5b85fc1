import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Geography } from './validate';

const position = z.tuple([z.number(), z.number()]);
const borderSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.unknown(),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('LineString'), coordinates: z.array(position) }),
        z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position)) }),
      ]),
    }),
  ),
});
const regionSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ layer: z.literal('region'), code: z.string() }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
  ]),
});
const basemapSchema = z.object({
  features: z.array(z.looseObject({ properties: z.looseObject({ layer: z.string() }) })),
});

/** The border and the province/state areas that the checks measure against, from the generated basemap. */
export function loadGeography(geoDir: string): Geography {
  const border = borderSchema.parse(JSON.parse(readFileSync(join(geoDir, 'border.json'), 'utf8')));
  const basemap = basemapSchema.parse(JSON.parse(readFileSync(join(geoDir, 'basemap.geojson'), 'utf8')));
  const regions = basemap.features
    .filter((f) => f.properties.layer === 'region')
    .map((f) => regionSchema.parse(f));
  return {
    border: {
      type: 'FeatureCollection',
      features: border.features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })),
    },
    regions: regions.map((f) => ({
      type: 'Feature',
      properties: { code: f.properties.code },
      geometry: f.geometry,
    })),
  };
}
