import { inverseKm } from './geodesic';
import type { PointMatches, PointSet } from './point-index';
import type { FeatureId } from './types';

/**
 * The answer of a radius query as a read-only map from each feature id inside the circle to its geodesic
 * distance in km. Which ids are inside is decided exactly when it is made; each distance is computed (exactly,
 * GeographicLib) the first time it is read, then kept: counting and filtering cost no geodesic beyond the thin
 * shell near the circle, and a list pays only for the distances it shows or sorts by. Iteration order is
 * unspecified.
 */
export class RadiusMatches implements ReadonlyMap<FeatureId, number> {
  readonly #set: PointSet;
  readonly #lon: number;
  readonly #lat: number;
  /** id → position in the set. */
  readonly #index = new Map<FeatureId, number>();
  /** id → distance in km, filled as distances are read. */
  readonly #km = new Map<FeatureId, number>();

  constructor(set: PointSet, lon: number, lat: number, matches: PointMatches) {
    this.#set = set;
    this.#lon = lon;
    this.#lat = lat;
    for (const i of matches.indices) {
      const id = set.ids[i] ?? '';
      this.#index.set(id, i);
      const known = matches.exactKm.get(i);
      if (known !== undefined) this.#km.set(id, known);
    }
  }

  get size(): number {
    return this.#index.size;
  }

  has(id: FeatureId): boolean {
    return this.#index.has(id);
  }

  get(id: FeatureId): number | undefined {
    const known = this.#km.get(id);
    if (known !== undefined) return known;
    const i = this.#index.get(id);
    if (i === undefined) return undefined;
    const km = inverseKm(this.#lon, this.#lat, this.#set.lons[i] ?? 0, this.#set.lats[i] ?? 0);
    this.#km.set(id, km);
    return km;
  }

  /** Every distance, computed now if not yet read. */
  #all(): Map<FeatureId, number> {
    if (this.#km.size < this.#index.size) for (const id of this.#index.keys()) this.get(id);
    return this.#km;
  }

  keys(): MapIterator<FeatureId> {
    return this.#index.keys();
  }

  values(): MapIterator<number> {
    return this.#all().values();
  }

  entries(): MapIterator<[FeatureId, number]> {
    return this.#all().entries();
  }

  [Symbol.iterator](): MapIterator<[FeatureId, number]> {
    return this.entries();
  }

  forEach(callback: (km: number, id: FeatureId, map: ReadonlyMap<FeatureId, number>) => void): void {
    for (const [id, km] of this.#all()) callback(km, id, this);
  }
}
