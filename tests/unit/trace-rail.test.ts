import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  approximateStretches,
  buildNetwork,
  distanceToLineKm,
  haversineKm,
  leaveOneOut,
  NETWORK_FILE,
  parseNetwork,
  traceVia,
} from '../../data/scripts/trace-rail';

type Position = [number, number];
const feature = (uident: number, coordinates: Position[]) => ({
  type: 'Feature',
  properties: { uident },
  geometry: { type: 'LineString', coordinates },
});
const network = (...lines: Position[][]) =>
  buildNetwork({ type: 'FeatureCollection', features: lines.map((c, i) => feature(i + 1, c)) });
const at = (name: string, [lon, lat]: Position) => ({ name, lon, lat });

describe('tracing a rail line along the network', () => {
  // A track that bends east between two stations 100 km apart (north–south).
  const track: Position[] = [
    [-73.0, 45.0],
    [-72.9, 44.75],
    [-72.9, 44.4],
    [-73.0, 44.1],
  ];

  it('follows the network between via points that sit on it', () => {
    const { line, segments } = traceVia(network(track), [at('A', track[0]!), at('B', track[3]!)]);
    expect(line).toEqual(track);
    expect(segments).toEqual([expect.objectContaining({ from: 'A', to: 'B', traced: true })]);
  });

  it('pins the line to the via points and spreads their offsets along the path (rubber-sheeting)', () => {
    // A sits 0.01° east of the network's first vertex, B 0.01° west of its last: each interior vertex moves
    // by (1 − t)·0.01 + t·(−0.01), t being its share of the path's length.
    const a: Position = [-72.99, 45.0];
    const b: Position = [-73.01, 44.1];
    const { line } = traceVia(network(track), [at('A', a), at('B', b)]);
    expect(line[0]).toEqual(a);
    expect(line[line.length - 1]).toEqual(b);
    const legs = [
      haversineKm(track[0]!, track[1]!),
      haversineKm(track[1]!, track[2]!),
      haversineKm(track[2]!, track[3]!),
    ];
    const total = legs[0]! + legs[1]! + legs[2]!;
    const shift = (t: number) => (1 - t) * 0.01 + t * -0.01;
    expect(line[1]![0]).toBeCloseTo(-72.9 + shift(legs[0]! / total), 6);
    expect(line[2]![0]).toBeCloseTo(-72.9 + shift((legs[0]! + legs[1]!) / total), 6);
  });

  it('reaches the middle of a long straight edge, but draws only the vertices of the source', () => {
    // A 40 km straight edge; the via point sits on it, 20 km from either end.
    const edge: Position[] = [
      [-73.0, 45.0],
      [-73.0, 44.64],
    ];
    const { line, segments } = traceVia(network(edge), [at('A', edge[0]!), at('Middle', [-73.0, 44.82])]);
    expect(segments[0]?.traced).toBe(true);
    expect(line).toEqual([edge[0], [-73.0, 44.82]]);
  });

  it('draws a straight segment when both via points are nearest to the same vertex', () => {
    const { segments } = traceVia(network(track), [at('A', [-72.91, 44.75]), at('B', [-72.89, 44.75])]);
    expect(segments[0]).toMatchObject({ traced: false, why: expect.stringMatching(/same vertex/) as string });
  });

  it('refuses fewer than two via points, and names the field of a broken network file', () => {
    expect(() => traceVia(network(track), [at('A', track[0]!)])).toThrow(/at least two via points, got 1/);
    expect(
      parseNetwork({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {} }] }),
    ).toEqual({
      error: expect.stringMatching(/^features\.0\.properties\.uident: /) as string,
    });
    expect('network' in parseNetwork({ type: 'FeatureCollection', features: [] })).toBe(true);
  });

  it('joins lines of different features that meet, or nearly meet (< 300 m), at a junction', () => {
    const north: Position[] = [
      [-73.0, 45.0],
      [-72.9, 44.75],
    ];
    const south: Position[] = [
      [-72.9001, 44.7501],
      [-72.9, 44.4],
    ];
    const { segments } = traceVia(network(north, south), [at('A', north[0]!), at('B', south[1]!)]);
    expect(segments[0]?.traced).toBe(true);
    const far: Position[] = [
      [-72.95, 44.75],
      [-72.9, 44.4],
    ];
    const apart = traceVia(network(north, far), [at('A', north[0]!), at('B', far[1]!)]);
    expect(apart.segments[0]).toMatchObject({ traced: false, why: 'no track joins them in the network' });
  });

  it('draws a straight segment where a via point is far from the network or the path is a detour', () => {
    const offTrack = traceVia(network(track), [at('A', track[0]!), at('Elsewhere', [-72.0, 44.1])]);
    expect(offTrack.line).toEqual([track[0], [-72.0, 44.1]]);
    expect(offTrack.segments[0]?.why).toMatch(/km from the network/);
    // Two stations 20 km apart joined only by a 200 km loop.
    const loop: Position[] = [
      [-73.0, 45.0],
      [-72.0, 45.5],
      [-71.5, 45.0],
      [-72.0, 44.5],
      [-73.0, 44.82],
    ];
    const detour = traceVia(network(loop), [at('A', loop[0]!), at('B', loop[4]!)]);
    expect(detour.segments[0]).toMatchObject({ traced: false });
    expect(detour.segments[0]?.why).toMatch(/detour/);
    expect(detour.line).toEqual([loop[0], loop[4]]);
  });

  it('marks straight segments of 3 km or more as approximate, with the short straight hops next to them', () => {
    const far1: Position = [-72.0, 44.1];
    const far2: Position = [-71.9, 44.1]; // about 8 km east of far1
    const near: Position = [-71.89, 44.1]; // 0.8 km east of far2
    const { line, segments } = traceVia(network(track), [
      at('A', track[0]!),
      at('B', track[3]!),
      at('F1', far1),
      at('F2', far2),
      at('N', near),
    ]);
    // A–B follows the track (4 points); then three straight segments: B–F1, F1–F2, F2–N (0.8 km, next to them).
    expect(line).toEqual([...track, far1, far2, near]);
    expect(segments.map((s) => [s.start, s.end, s.traced])).toEqual([
      [0, 3, true],
      [3, 4, false],
      [4, 5, false],
      [5, 6, false],
    ]);
    expect(approximateStretches(segments)).toEqual([[3, 6]]);
    // A short straight hop with followed track on both sides stays as it is; a line along the track has none.
    const hop: Position = [-72.99, 44.1]; // 0.8 km east of the track's end
    const short = traceVia(network(track), [at('A', track[0]!), at('B', track[3]!), at('H', hop)]);
    expect(short.segments.map((s) => s.traced)).toEqual([true, false]);
    expect(approximateStretches(short.segments)).toEqual([]);
    expect(
      approximateStretches(traceVia(network(track), [at('A', track[0]!), at('B', track[3]!)]).segments),
    ).toEqual([]);
  });

  it('measures distances: haversine against a known value, point to line', () => {
    // One degree of latitude is about 111.2 km on the mean sphere.
    expect(haversineKm([-73, 45], [-73, 46])).toBeCloseTo(111.19, 1);
    expect(distanceToLineKm([-72.9, 45.0], [track[0]!, [-73.0, 44.0]])).toBeCloseTo(7.87, 1);
    expect(distanceToLineKm([-73.0, 44.5], [track[0]!, [-73.0, 44.0]])).toBeCloseTo(0, 6);
  });

  it('estimates the stray between via points by leaving each out', () => {
    const stations = [at('A', track[0]!), at('M', [-72.9, 44.6]), at('B', track[3]!)];
    expect(leaveOneOut(network(track), stations)[0]?.km).toBeCloseTo(0, 3);
    // Without the network's bend, the straight line A–B misses M by about 8 km.
    expect(leaveOneOut(network(), stations)[0]?.km).toBeGreaterThan(7);
  });

  it('reads the corridor extract of the Natural Earth railroads as one connected network around Montréal', () => {
    const net = buildNetwork(JSON.parse(readFileSync(NETWORK_FILE, 'utf8')));
    expect(net.positions.length).toBeGreaterThan(1000);
    // Saint-Lambert to Whitehall, NY (both on the Adirondack's line) is traced along the network.
    const { segments } = traceVia(net, [
      at('Saint-Lambert', [-73.5075, 45.4992]),
      at('Whitehall', [-73.4033, 43.5558]),
    ]);
    expect(segments[0]?.traced).toBe(true);
  });
});
