import {
  booleanPointInPolygon,
  greatCircle,
  lineIntersect,
  lineString,
  multiLineString,
  pointToLineDistance,
  polygonToLine,
} from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facilityCollectionSchema, nodeCollectionSchema } from '../../src/datasets/schemas';
import { portsFor } from '../../src/features/cross-border/use-cross-border';
import { crossBorderLinks, distanceToBorderKm, geodesicDistanceKm, loadBorder } from '../../src/spatial';
import { PORT_TRAFFIC } from '../../src/store/view-state';

type LonLat = [number, number];

// The published files the app loads (tests/unit/real-data.test.ts checks they are what data/ builds).
const read = (name: string): unknown => JSON.parse(readFileSync(`public/geo/${name}`, 'utf8'));
const facilities = facilityCollectionSchema.parse(read('facilities.geojson')).features;
const nodes = nodeCollectionSchema.parse(read('logistics-nodes.geojson')).features;
const borderFile = read('border.json') as {
  features: { geometry: { type: 'LineString' | 'MultiLineString'; coordinates: unknown } }[];
};
const borderLines = borderFile.features.flatMap((f) =>
  f.geometry.type === 'LineString'
    ? [lineString(f.geometry.coordinates as LonLat[])]
    : multiLineString(f.geometry.coordinates as LonLat[][]).geometry.coordinates.map((c) => lineString(c)),
);

/*
 * The land and river border: the border minus its stretches across open lake water (Lakes Ontario and Erie),
 * where no port of entry can exist. A facility on the Rochester shore is 48 km from the border in the middle
 * of Lake Ontario but about 110 km from the nearest crossing (Lewiston–Queenston): the distance that decides
 * how far a port may be is the distance to where a road can cross.
 */
const lakes = (
  read('basemap.geojson') as {
    features: { properties: { layer: string; kind?: string }; geometry: Polygon | MultiPolygon }[];
  }
).features.filter((f) => f.properties.layer === 'water' && f.properties.kind === 'lake');
const shores = lakes.flatMap((l) => {
  const outline = polygonToLine(l.geometry);
  const features = outline.type === 'FeatureCollection' ? outline.features : [outline];
  return features.flatMap((f) =>
    f.geometry.type === 'LineString'
      ? [lineString(f.geometry.coordinates)]
      : f.geometry.coordinates.map((c) => lineString(c)),
  );
});
/** Open water: inside a lake and more than 3 km from its shore (the Niagara's mouth at Buffalo is not). */
const onLake = (p: LonLat) =>
  lakes.some((l) => booleanPointInPolygon(p, l.geometry)) &&
  shores.every((line) => pointToLineDistance(p, line, { units: 'kilometers' }) > 3);
const landStretches: LonLat[][] = borderFile.features.flatMap((f) => {
  const lines =
    f.geometry.type === 'LineString'
      ? [f.geometry.coordinates as LonLat[]]
      : (f.geometry.coordinates as LonLat[][]);
  return lines.flatMap((line) => {
    const stretches: LonLat[][] = [[]];
    for (const p of line) {
      if (onLake(p)) stretches.push([]);
      else stretches[stretches.length - 1]?.push(p);
    }
    return stretches.filter((s) => s.length >= 2);
  });
});
const landBorder = loadBorder(
  {
    type: 'FeatureCollection',
    features: landStretches.map((coordinates) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates },
    })),
  },
  'land border',
);

/** Where the line from a to b crosses the border (on the great circle; several points for a winding border). */
function borderCrossings(a: LonLat, b: LonLat): LonLat[] {
  const path = greatCircle(a, b, { npoints: 200 });
  return borderLines.flatMap((line) =>
    lineIntersect(path, line).features.map((p): LonLat => [
      p.geometry.coordinates[0]!,
      p.geometry.coordinates[1]!,
    ]),
  );
}

describe('cross-border answers along the whole border (real data)', () => {
  it('leaves the lakes out of the land border, and nothing else', () => {
    const total = (lines: LonLat[][]) =>
      lines.reduce((sum, l) => sum + l.slice(1).reduce((s, p, i) => s + geodesicDistanceKm(l[i]!, p), 0), 0);
    const all = borderFile.features.flatMap((f) =>
      f.geometry.type === 'LineString'
        ? [f.geometry.coordinates as LonLat[]]
        : (f.geometry.coordinates as LonLat[][]),
    );
    // Lake Ontario and Lake Erie hold a few hundred km of the border; the rest is land and river.
    expect(total(all) - total(landStretches)).toBeGreaterThan(300);
    expect(total(landStretches)).toBeGreaterThan(1000);
    // Buffalo's Peace Bridge and the Thousand Islands are on the river, not on a lake.
    expect(distanceToBorderKm([-78.9049, 42.9063], landBorder).distanceKm).toBeLessThan(3);
  });

  it('gives every facility within 50 km of the land border a port of entry within 100 km', () => {
    const ports = portsFor(nodes, 'all');
    const far = facilities
      .map((f) => ({
        id: f.id,
        borderKm: distanceToBorderKm(f.geometry.coordinates, landBorder).distanceKm,
        portKm: Math.min(
          ...ports.map((p) => geodesicDistanceKm(f.geometry.coordinates, p.geometry.coordinates)),
        ),
      }))
      .filter((f) => f.borderKm <= 50 && f.portKm > 100);
    expect(far).toEqual([]);
  });

  /*
   * The bound. For a Canadian facility a, a US facility b and any point X where the line a→b crosses the
   * border, and any port p: d(a,p) + d(p,b) ≤ d(a,X) + d(X,p) + d(p,X) + d(X,b) (triangle inequality, twice).
   * The best port is at least that good, so
   *     viaPortKm ≤ d(a,X) + d(X,b) + 2·G(X),   G(X) = distance from X to its nearest port,
   * i.e. the detour over the straight line is at most twice the distance from where the straight line meets
   * the border to the nearest port (plus d(a,X) + d(X,b) − straightKm, the few metres by which the great
   * circle through X differs from the WGS84 geodesic). A larger detour would mean the via-port search missed a
   * port; a small G everywhere means ports are dense enough along the border.
   */
  for (const traffic of PORT_TRAFFIC) {
    it(`never detours through a port of entry by more than the geometry forces (${traffic})`, () => {
      const ports = portsFor(nodes, traffic);
      const links = crossBorderLinks(facilities, ports, { maxKm: 400 });
      expect(links.length).toBeGreaterThan(500);
      const byId = new Map(facilities.map((f) => [f.id, f.geometry.coordinates]));
      const broken: string[] = [];
      for (const link of links) {
        const a = byId.get(String(link.a))!;
        const b = byId.get(String(link.b))!;
        const crossings = borderCrossings(a, b);
        if (crossings.length === 0) {
          broken.push(`${link.a}–${link.b}: the straight line never meets the border`);
          continue;
        }
        const bound = Math.min(
          ...crossings.map((x) => {
            const nearestPort = Math.min(...ports.map((p) => geodesicDistanceKm(x, p.geometry.coordinates)));
            return geodesicDistanceKm(a, x) + geodesicDistanceKm(x, b) + 2 * nearestPort;
          }),
        );
        if (link.viaPortKm > bound + 1e-6) {
          broken.push(
            `${link.a}–${link.b}: ${link.viaPortKm.toFixed(1)} km via port > bound ${bound.toFixed(1)} km`,
          );
        }
      }
      expect(broken).toEqual([]);
      // Thousands of pairs, each checked against every port: seconds on a busy 2-core machine.
    }, 60_000);
  }

  it('sends trucks from Bromont, Malta and Markham through the big commercial crossings', () => {
    const trucks = portsFor(nodes, 'trucks');
    const nearest = (id: string) => {
      const at = facilities.find((f) => f.id === id)!.geometry.coordinates;
      return [...trucks].sort(
        (p, q) =>
          geodesicDistanceKm(at, p.geometry.coordinates) - geodesicDistanceKm(at, q.geometry.coordinates),
      )[0]?.id;
    };
    expect(trucks.every((p) => p.properties.commercial === true)).toBe(true);
    expect(trucks.length).toBeGreaterThanOrEqual(12);
    expect(nearest('c2mi-bromont')).toBe('poe-philipsburg-highgate-springs');
    expect(nearest('globalfoundries-malta-fab8')).toBe('poe-lacolle-champlain');
    expect(nearest('venturelab-markham')).toBe('poe-lewiston-queenston');
    // Markham (Ontario) to the University at Buffalo: through the Niagara frontier, a short detour.
    const [link] = crossBorderLinks(facilities, trucks, {
      ids: ['venturelab-markham'],
      by: 'viaPort',
      limit: 1,
    });
    expect(link?.portId).toMatch(/^poe-(lewiston-queenston|peace-bridge)$/);
    expect(link!.viaPortKm - link!.straightKm).toBeLessThan(30);
  });
});
