import {
  CATEGORIES,
  COUNTRIES,
  REGION_CODES,
  STATUSES,
  TAGS,
  type Category,
  type Country,
  type Region,
  type Status,
  type Tag,
} from '../datasets/vocabulary';
import type { Lang } from '../i18n/translate';

export const SORT_KEYS = ['name', 'category', 'distance'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const UNITS = ['km', 'mi'] as const;
export type Unit = (typeof UNITS)[number];

/** How cross-border pairs are measured, filtered and ordered. */
export const PAIR_MEASURES = ['straight', 'viaPort'] as const;
export type PairMeasure = (typeof PAIR_MEASURES)[number];

/**
 * Which ports of entry the cross-border answers go through: those that clear commercial trucks
 * (freight between facilities) or every port of entry (people).
 */
export const PORT_TRAFFIC = ['trucks', 'all'] as const;
export type PortTraffic = (typeof PORT_TRAFFIC)[number];

/** The camera as the URL keeps it: centre [lon, lat] in degrees and zoom. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** The radius tool's centre: a facility (by id) or a point (a clicked place or a city). */
export type RadiusCenter = { kind: 'facility'; id: string } | { kind: 'point'; lon: number; lat: number };

export interface RadiusState {
  center: RadiusCenter;
  km: number;
}

/**
 * Everything the user chose, as plain serialisable values: the whole view lives in the URL
 * (src/store/url-codec.ts). Facets with an empty list do not filter; `categories` lists what is shown.
 */
export interface ViewState {
  lang: Lang;
  categories: Category[];
  statuses: Status[];
  countries: Country[];
  regions: Region[];
  tags: Tag[];
  operators: string[];
  coalitionOnly: boolean;
  /** The timeline: the corridor as of the end of this year; null shows today's records. */
  year: number | null;
  query: string;
  selectedId: string | null;
  sort: SortKey;
  camera: Camera | null;
  radius: RadiusState | null;
  unit: Unit;
  /** The cross-border pairs view: pairs on opposite sides within this distance (km); null when closed. */
  pairsKm: number | null;
  pairsBy: PairMeasure;
  /** The ports the nearest-port lists and via-port distances use. */
  traffic: PortTraffic;
  /** Presenter mode: full screen, projector theme, a slim bar of large controls. */
  present: boolean;
}

export const YEAR_MIN = 1950;
export const YEAR_MAX = 2035;
export const RADIUS_MAX_KM = 1000;
export const PAIRS_MAX_KM = 500;
export const MAX_OPERATORS = 20;
export const MAX_QUERY_LENGTH = 100;

export function defaultView(lang: Lang = 'en'): ViewState {
  return {
    lang,
    categories: [...CATEGORIES],
    statuses: [],
    countries: [],
    regions: [],
    tags: [],
    operators: [],
    coalitionOnly: false,
    year: null,
    query: '',
    selectedId: null,
    sort: 'name',
    camera: null,
    radius: null,
    unit: 'km',
    pairsKm: null,
    pairsBy: 'straight',
    traffic: 'trucks',
    present: false,
  };
}

/** A facet's values in the order the URL writes them (vocabulary order; operators sorted), deduplicated. */
export function canonicalFacet(
  facet: 'statuses' | 'countries' | 'regions' | 'tags' | 'operators',
  values: readonly string[],
): string[] {
  const chosen = new Set(values);
  switch (facet) {
    case 'statuses':
      return STATUSES.filter((v) => chosen.has(v));
    case 'countries':
      return COUNTRIES.filter((v) => chosen.has(v));
    case 'regions':
      return REGION_CODES.filter((v) => chosen.has(v));
    case 'tags':
      return TAGS.filter((v) => chosen.has(v));
    case 'operators':
      return [...chosen].sort();
  }
}
