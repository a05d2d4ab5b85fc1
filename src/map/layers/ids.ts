/** Source and layer ids, in one place so specs, components and tests agree. */
export const SOURCE = {
  basemap: 'basemap',
  facilities: 'facilities',
  nodes: 'logistics-nodes',
  routes: 'routes',
  clusters: 'facility-clusters',
  radius: 'radius',
  pairs: 'cross-border-pairs',
} as const;

export const LAYER = {
  background: 'background',
  land: 'basemap-land',
  water: 'basemap-water',
  waterLines: 'basemap-water-lines',
  admin1: 'basemap-admin1',
  border: 'basemap-country-border',
  cities: 'basemap-cities',
  routesCasing: 'routes-casing',
  routes: 'routes-line',
  radiusFill: 'radius-fill',
  radiusLine: 'radius-line',
  pairs: 'cross-border-pairs-line',
  nodes: 'logistics-nodes-circle',
  nodeLabels: 'logistics-nodes-label',
  facilities: 'facilities-circle',
  facilitySelected: 'facilities-selected',
  facilityHover: 'facilities-hover',
  facilityLabels: 'facilities-label',
  clusters: 'facility-clusters-circle',
  clusterCounts: 'facility-clusters-count',
} as const;
