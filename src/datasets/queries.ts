import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { fetchGeo } from './fetch-geo';
import {
  basemapCollectionSchema,
  borderCollectionSchema,
  facilityCollectionSchema,
  facilityFeatureSchema,
  nodeFeatureSchema,
  routeFeatureSchema,
  nodeCollectionSchema,
  routeCollectionSchema,
  sceneCollectionSchema,
} from './schemas';

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

/** A query for one validated file of public/geo. */
function geoQuery<S extends z.ZodType>(file: string, schema: S, featureSchema?: z.ZodType) {
  return queryOptions({
    queryKey: ['geo', file],
    queryFn: ({ signal }) => fetchGeo(file, schema, signal, featureSchema),
    ...staticFile,
  });
}

// Facilities, nodes and routes keep their valid records when some are bad (the status panel says how many).
export const facilitiesQuery = geoQuery(
  GEO_FILES.facilities,
  facilityCollectionSchema,
  facilityFeatureSchema,
);
export const nodesQuery = geoQuery(GEO_FILES.nodes, nodeCollectionSchema, nodeFeatureSchema);
export const routesQuery = geoQuery(GEO_FILES.routes, routeCollectionSchema, routeFeatureSchema);
export const basemapQuery = geoQuery(GEO_FILES.basemap, basemapCollectionSchema);
export const borderQuery = geoQuery(GEO_FILES.border, borderCollectionSchema);
export const scenesQuery = geoQuery(GEO_FILES.scenes, sceneCollectionSchema);
