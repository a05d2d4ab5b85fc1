import type { FacilityFeature } from '../../datasets/schemas';

/** What the map needs of a facility: its point and the properties the layer specs read. */
export interface MapFacility {
  type: 'Feature';
  properties: {
    id: string;
    name: string;
    name_en?: string | undefined;
    name_fr?: string | undefined;
    category: string;
    status: string;
  };
  geometry: FacilityFeature['geometry'];
}

const cache = new WeakMap<FacilityFeature, MapFacility>();

/**
 * The facility as the map draws it, made once per loaded record: only the fields the layers read, so what is
 * sent to MapLibre's worker on each change of the shown set (a structured clone) stays small.
 */
export function mapFacility(f: FacilityFeature): MapFacility {
  const cached = cache.get(f);
  if (cached) return cached;
  const { id, name, name_en, name_fr, category, status } = f.properties;
  const made: MapFacility = {
    type: 'Feature',
    properties: { id, name, name_en, name_fr, category, status },
    geometry: f.geometry,
  };
  cache.set(f, made);
  return made;
}

/** The map's collection of these facilities (none for undefined ones): what a facility source is given. */
export function mapCollection(facilities: readonly (FacilityFeature | undefined)[]): {
  type: 'FeatureCollection';
  features: MapFacility[];
} {
  const features: MapFacility[] = [];
  for (const f of facilities) if (f) features.push(mapFacility(f));
  return { type: 'FeatureCollection', features };
}

const drawn = new WeakMap<readonly FacilityFeature[], MapFacility[]>();

/**
 * The map's collection of the shown facilities (`shown[i]` is 1 for `all[i]`, as deriveFacilities gives it) but
 * `all[except]`: a pass over a mask with the drawn records made once per loaded array, so a filter change at 100k
 * facilities costs the main thread a millisecond here, and every facility stays the same object from one change
 * to the next (what the map's diff compares).
 */
export function shownCollection(
  all: readonly FacilityFeature[],
  shown: Uint8Array,
  except = -1,
): { type: 'FeatureCollection'; features: MapFacility[] } {
  let made = drawn.get(all);
  if (!made) {
    made = all.map(mapFacility);
    drawn.set(all, made);
  }
  const features: MapFacility[] = new Array<MapFacility>(made.length);
  let count = 0;
  for (let i = 0; i < made.length; i++) {
    const f = made[i];
    if (shown[i] === 1 && i !== except && f !== undefined) features[count++] = f;
  }
  features.length = count;
  return { type: 'FeatureCollection', features };
}
