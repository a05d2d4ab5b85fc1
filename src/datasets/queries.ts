import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { DatasetError } from './dataset-error';
import { checkGeo, readGeo } from './fetch-geo';

type Schemas = typeof import('./schemas');

/**
 * The data schemas, loaded with the first query rather than with the page: building them is ~40 ms of zod work
 * that would otherwise run before the map could be created (the file is a chunk of its own, precached offline).
 */
let schemas: Promise<Schemas> | undefined;
const loadSchemas = () =>
  (schemas ??= import('./schemas').catch((error: unknown) => {
    // A chunk that failed to arrive is asked for again on the next try (the data error's Retry).
    schemas = undefined;
    throw error;
  }));

/** The files in public/geo, one query each; static files, so they never go stale. */
export const GEO_FILES = {
  facilities: 'facilities.geojson',
  nodes: 'logistics-nodes.geojson',
  routes: 'routes.geojson',
  basemap: 'basemap.geojson',
  border: 'border.json',
  scenes: 'scenes.json',
} as const;

const staticFile = { staleTime: Infinity, gcTime: Infinity } as const;

/**
 * A query for one validated file of public/geo: `schema` picks the file's schema (and `featureSchema` the schema
 * of one feature, for files that keep their valid records when some are bad) from the schemas module.
 */
function geoQuery<S extends z.ZodType>(
  file: string,
  schema: (s: Schemas) => S,
  featureSchema?: (s: Schemas) => z.ZodType,
) {
  return queryOptions({
    queryKey: ['geo', file],
    queryFn: async ({ signal }): Promise<z.infer<S>> => {
      // The schemas chunk and the file are asked for together; a chunk that fails is reported once the file
      // has arrived (or the file's own error first).
      const loading = loadSchemas();
      loading.catch(() => undefined);
      const json = await readGeo(file, signal);
      let s: Schemas;
      try {
        s = await loading;
      } catch (error) {
        throw new DatasetError(
          file,
          `could not be checked: the app's data schemas did not load (${String(error)})`,
        );
      }
      return checkGeo(file, json, schema(s), featureSchema?.(s));
    },
    ...staticFile,
  });
}

// Facilities, nodes and routes keep their valid records when some are bad (the status panel says how many).
export const facilitiesQuery = geoQuery(
  GEO_FILES.facilities,
  (s) => s.facilityCollectionSchema,
  (s) => s.facilityFeatureSchema,
);
export const nodesQuery = geoQuery(
  GEO_FILES.nodes,
  (s) => s.nodeCollectionSchema,
  (s) => s.nodeFeatureSchema,
);
export const routesQuery = geoQuery(
  GEO_FILES.routes,
  (s) => s.routeCollectionSchema,
  (s) => s.routeFeatureSchema,
);
export const basemapQuery = geoQuery(GEO_FILES.basemap, (s) => s.basemapCollectionSchema);
export const borderQuery = geoQuery(GEO_FILES.border, (s) => s.borderCollectionSchema);
export const scenesQuery = geoQuery(GEO_FILES.scenes, (s) => s.sceneCollectionSchema);
