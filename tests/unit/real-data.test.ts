import { describe, expect, it } from 'vitest';
import { loadData, staleOutputs } from '../../data/scripts/data-build';
import { formatProblem } from '../../data/scripts/load-yaml';
import { stretchKm } from '../../data/scripts/trace-rail';
import { BASEMAP_EXTENT, INITIAL_BOUNDS } from '../../src/datasets/vocabulary';

// The real records in data/: the same checks as `npm run data:check`, as a test.
const { data, problems } = loadData();

describe('the real data in data/', () => {
  it('passes every check of the data build', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('is what public/geo holds', () => {
    expect(staleOutputs(data)).toEqual([]);
  });

  it('covers the corridor: well over 60 facilities, the coalition, crossings and cross-border routes', () => {
    expect(data.facilities.length).toBeGreaterThan(60);
    expect(data.facilities.filter((f) => f.coalition_member).length).toBeGreaterThanOrEqual(9);
    for (const region of ['QC', 'NY', 'VT', 'NH', 'MA', 'ME', 'CT', 'RI']) {
      expect(
        data.facilities.some((f) => f.region === region),
        region,
      ).toBe(true);
    }
    expect(data.nodes.filter((n) => n.kind === 'port-of-entry').length).toBeGreaterThan(20);
    const crossing = data.routes.filter((r) => r.crosses_at !== undefined);
    expect(crossing.filter((r) => r.mode === 'rail').length).toBeGreaterThanOrEqual(3);
    expect(crossing.filter((r) => r.mode === 'highway').length).toBeGreaterThanOrEqual(3);
  });

  it('opens on a frame that holds every facility, inside the basemap the camera is held to', () => {
    const [w, s, e, n] = INITIAL_BOUNDS;
    const outside = data.facilities.filter((f) => f.lon < w || f.lon > e || f.lat < s || f.lat > n);
    expect(outside.map((f) => f.id)).toEqual([]);
    expect(
      w > BASEMAP_EXTENT[0] && s > BASEMAP_EXTENT[1] && e < BASEMAP_EXTENT[2] && n < BASEMAP_EXTENT[3],
    ).toBe(true);
  });

  it('describes every facility in both languages, in more than a few words', () => {
    for (const f of data.facilities) {
      expect(f.description_en.split(' ').length, f.id).toBeGreaterThan(8);
      expect(f.description_fr.split(' ').length, f.id).toBeGreaterThan(8);
    }
  });

  it('flags what is drawn straight for want of track geometry: only rail lines, the St. Lawrence & Atlantic most', () => {
    const approximateKm = (r: (typeof data.routes)[number]) =>
      r.approximate.reduce((sum, [from, to]) => sum + stretchKm(r.line as [number, number][], from, to), 0);
    for (const r of data.routes.filter((x) => x.mode === 'highway')) expect(r.approximate, r.id).toEqual([]);
    const slr = data.routes.find((r) => r.id === 'rail-slr-montreal-portland');
    // Natural Earth has the line only near Montréal and Portland: most of it is approximate.
    expect(approximateKm(slr!)).toBeGreaterThan(300);
    const adirondack = data.routes.find((r) => r.id === 'rail-adirondack');
    expect(approximateKm(adirondack!)).toBeLessThan(50);
  });
});
