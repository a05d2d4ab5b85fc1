import type { Category, NodeKind, RouteMode } from '../datasets/vocabulary';

/** Category colours: distinct hues, each with at least 3:1 contrast against the light basemap. */
export const CATEGORY_COLORS: Record<Category, string> = {
  fab: '#c8102e',
  packaging: '#d66a00',
  research: '#1f6fb2',
  university: '#6a3d9a',
  supplier: '#13806f',
  organization: '#4d5761',
};

export const NODE_COLORS: Record<NodeKind, string> = {
  'port-of-entry': '#111827',
  'rail-crossing': '#7c2d12',
  airport: '#0e7490',
  seaport: '#1e3a8a',
  'rail-hub': '#7c2d12',
};

export const ROUTE_COLORS: Record<RouteMode, string> = {
  highway: '#e0a100',
  rail: '#5b3a29',
};

export const BASEMAP_COLORS = {
  water: '#cfe3f3',
  land: '#f7f5ef',
  admin1: '#9aa3ad',
  border: '#4b5563',
  cityText: '#374151',
  halo: '#ffffff',
} as const;
