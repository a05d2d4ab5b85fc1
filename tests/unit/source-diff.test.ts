import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexSent, sourceDiff } from '../../src/map/source-diff';

const point = (id: string | number, x = 0): GeoJSON.Feature => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'Point', coordinates: [x, 0] },
});
const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/** The diff from data sent whole to `after`. */
const diffOf = (
  before: Parameters<typeof indexSent>[0] | undefined,
  after: Parameters<typeof indexSent>[0],
) => sourceDiff(before === undefined ? undefined : indexSent(before), after).diff;

describe('sourceDiff (what a GeoJSON source is sent when its data changes)', () => {
  const all = Array.from({ length: 10 }, (_, i) => point(`f${i}`, i));

  it('sends the ids gone and the features new, each feature the same while it is the same object', () => {
    expect(diffOf(collection(all), collection(all.slice(0, 8)))).toEqual({ remove: ['f8', 'f9'] });
    expect(diffOf(collection(all.slice(0, 8)), collection(all))).toEqual({ add: [all[8], all[9]] });
    const moved = point('f3', 30);
    const next = all.map((f) => (f.properties?.['id'] === 'f3' ? moved : f));
    expect(diffOf(collection(all), collection(next))).toEqual({ remove: ['f3'], add: [moved] });
  });

  it('sends nothing when only the collection is new', () => {
    expect(diffOf(collection(all), collection([...all].reverse()))).toEqual({});
  });

  it('sends the whole data when a diff would not be smaller, or ids are missing or shared', () => {
    expect(diffOf(collection(all), collection(all.slice(0, 5)))).toBeNull();
    expect(diffOf(collection(all.slice(0, 1)), collection(all.slice(1, 2)))).toBeNull();
    expect(diffOf(undefined, collection(all))).toBeNull();
    expect(diffOf('geo/facilities.geojson', collection(all))).toBeNull();
    const noId: GeoJSON.Feature = { ...point('x'), properties: {} };
    expect(diffOf(collection(all), collection([...all, noId]))).toBeNull();
    expect(diffOf(collection(all), collection([...all, point('f0', 5)]))).toBeNull();
    expect(diffOf(collection(all), point('a'))).toBeNull();
  });

  it('applied as MapLibre applies it (remove, then add), change after change, gives each new data', () => {
    const step = fc.record({ shown: fc.subarray(all), changed: fc.subarray(all) });
    fc.assert(
      fc.property(fc.subarray(all), fc.array(step, { maxLength: 6 }), (first, steps) => {
        let sent = indexSent(collection(first));
        let source = new Map(first.map((f) => [f.properties?.['id'], f]));
        for (const { shown, changed } of steps) {
          const replaced = new Set(changed);
          const next = shown.map((f) => (replaced.has(f) ? { ...f } : f));
          const result = sourceDiff(sent, collection(next));
          sent = result.sent;
          if (result.diff === null) {
            source = new Map(next.map((f) => [f.properties?.['id'], f]));
            continue;
          }
          for (const id of result.diff.remove ?? []) source.delete(id);
          for (const f of result.diff.add ?? []) source.set(f.properties?.['id'], f);
          expect(source.size).toBe(next.length);
          for (const f of next) expect(source.get(f.properties?.['id'])).toBe(f);
        }
      }),
    );
  });
});
