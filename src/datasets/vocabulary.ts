/**
 * The controlled vocabularies shared by the data build (data/scripts) and the app.
 * Adding a value here is a data-format change: document it in data/README.md.
 */
export const CATEGORIES = ['fab', 'packaging', 'research', 'university', 'supplier', 'organization'] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['operating', 'under-construction', 'announced', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export const PRECISIONS = ['site', 'campus', 'city'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const COUNTRIES = ['CA', 'US'] as const;
export type Country = (typeof COUNTRIES)[number];

export const REGIONS = {
  QC: 'CA',
  ON: 'CA',
  NB: 'CA',
  NY: 'US',
  VT: 'US',
  NH: 'US',
  ME: 'US',
  MA: 'US',
  CT: 'US',
  RI: 'US',
  NJ: 'US',
  PA: 'US',
} as const satisfies Record<string, Country>;
export type Region = keyof typeof REGIONS;
export const REGION_CODES = Object.keys(REGIONS) as Region[];

export const TAGS = [
  'silicon',
  'cmos',
  'analog',
  'mixed-signal',
  'power',
  'rf',
  'memory',
  'logic',
  'foundry',
  'sic',
  'gan',
  'gaas',
  'inp',
  'compound',
  'mems',
  'sensors',
  'photonics',
  'silicon-photonics',
  'optoelectronics',
  'lasers',
  'detectors',
  'imaging',
  'quantum',
  'superconducting',
  'packaging',
  'advanced-packaging',
  'assembly',
  'test',
  'nanofab',
  'cleanroom',
  'lithography',
  'equipment',
  'materials',
  'gases',
  'chemicals',
  'substrates',
  'design',
  'metrology',
  'defence',
  'training',
  'prototyping',
  'semiconductor-policy',
] as const;
export type Tag = (typeof TAGS)[number];

export const NODE_KINDS = ['port-of-entry', 'rail-crossing', 'airport', 'seaport', 'rail-hub'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const ROUTE_MODES = ['highway', 'rail'] as const;
export type RouteMode = (typeof ROUTE_MODES)[number];

export const CURRENCIES = ['CAD', 'USD'] as const;

/** The corridor's extent, [west, south, east, north] in degrees: records outside it are rejected. */
export const CORRIDOR_BOUNDS = [-80.5, 40.0, -66.5, 49.5] as const;

/**
 * The basemap's extent (public/geo/basemap.geojson `bbox`, data/basemap/build-basemap.ts EXTENT), [west,
 * south, east, north]: the camera never shows past it (MapLibre maxBounds), so the clipped edge of the land
 * is never on screen. Tall enough (21° of Mercator height) that a phone in portrait still frames every facility.
 */
export const BASEMAP_EXTENT = [-82.0, 37.0, -61.0, 52.0] as const;

/**
 * The camera's opening frame: every facility (Markham and Buffalo to Orono, New York City to Saguenay) with a
 * small margin; tests/unit/real-data.test.ts checks that every facility is inside.
 */
export const INITIAL_BOUNDS = [-79.6, 40.4, -68.3, 48.7] as const;
