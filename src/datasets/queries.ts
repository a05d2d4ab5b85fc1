import { queryOptions } from '@tanstack/react-query';
import { fetchGeo } from './fetch-geo';
import {
  basemapCollectionSchema,
  borderCollectionSchema,
  facilityCollectionSchema,
  nodeCollectionSchema,
  routeCollectionSchema,
} from './schemas';

/** The files in public/geo, one query each; static files, so they never go stale. */
export const GEO_FILES = {
  facilities: 'facilities.geojson',
  nodes: 'logistics-nodes.geojson',
  routes: 'routes.geojson',
  basemap: 'basemap.geojson',
  border: 'border.json',
} as const;

const staticFile = { staleTime: Infinity, gcTime: Infinity } as const;

export const facilitiesQuery = queryOptions({
  queryKey: ['geo', GEO_FILES.facilities],
  queryFn: ({ signal }) => fetchGeo(GEO_FILES.facilities, facilityCollectionSchema, signal),
  ...staticFile,
});

export const nodesQuery = queryOptions({
  queryKey: ['geo', GEO_FILES.nodes],
  queryFn: ({ signal }) => fetchGeo(GEO_FILES.nodes, nodeCollectionSchema, signal),
  ...staticFile,
});

export const routesQuery = queryOptions({
  queryKey: ['geo', GEO_FILES.routes],
  queryFn: ({ signal }) => fetchGeo(GEO_FILES.routes, routeCollectionSchema, signal),
  ...staticFile,
});

export const basemapQuery = queryOptions({
  queryKey: ['geo', GEO_FILES.basemap],
  queryFn: ({ signal }) => fetchGeo(GEO_FILES.basemap, basemapCollectionSchema, signal),
  ...staticFile,
});

export const borderQuery = queryOptions({
  queryKey: ['geo', GEO_FILES.border],
  queryFn: ({ signal }) => fetchGeo(GEO_FILES.border, borderCollectionSchema, signal),
  ...staticFile,
});
