import { describe, expect, it } from 'vitest';
import reference from '../../fixtures/spatial/geodesic-reference.json';
import { crossBorderLinks, type CrossBorderLink, type PointFeature } from '../../../src/spatial';
import { facilityFeature, pointFeature } from './point-features';

const { crossBorder } = reference;
const facilities = crossBorder.facilities.map((f) => facilityFeature(f.id, f.country, f.position));
const ports = crossBorder.ports.map((p) => pointFeature(p.id, p.position));
const ONE_METRE_KM = 0.001;

const pairsOf = (links: readonly CrossBorderLink[]): string[] => links.map((l) => `${l.a} ${l.b}`);
function expectedLink(a: string, b: string) {
  const link = crossBorder.links.find((l) => l.a === a && l.b === b);
  if (link === undefined) throw new Error(`no fixture link ${a} ${b}`);
  return link;
}

// Orders read off the GeographicLib table in geodesic-reference.json (straight, then via a port).
const BY_STRAIGHT = [
  'c2mi-bromont gf-essex-junction', // 95.741
  'montreal gf-essex-junction', // 119.316
  'udes-sherbrooke gf-essex-junction', // 136.001
  'c2mi-bromont gf-malta', // 271.617
  'montreal gf-malta', // 281.531
  'c2mi-bromont albany-nanotech', // 303.461
  'udes-sherbrooke gf-malta', // 304.806
  'montreal albany-nanotech', // 313.254
  'udes-sherbrooke albany-nanotech', // 335.592
];
const BY_VIA_PORT = [
  'c2mi-bromont gf-essex-junction', // 102.601
  'montreal gf-essex-junction', // 120.475
  'udes-sherbrooke gf-essex-junction', // 141.885
  'c2mi-bromont gf-malta', // 276.575
  'montreal gf-malta', // 283.240
  'udes-sherbrooke gf-malta', // 305.773
  'c2mi-bromont albany-nanotech', // 308.583
  'montreal albany-nanotech', // 315.147
  'udes-sherbrooke albany-nanotech', // 336.296
];

describe('crossBorderLinks', () => {
  it('links every Canadian facility to every US one, sorted by straight distance by default', () => {
    expect(pairsOf(crossBorderLinks(facilities, ports))).toEqual(BY_STRAIGHT);
  });

  it('reports GeographicLib distances (within 1 m) and the port of the shortest route', () => {
    for (const link of crossBorderLinks(facilities, ports)) {
      const expected = expectedLink(String(link.a), String(link.b));
      expect(Math.abs(link.straightKm - expected.straightKm)).toBeLessThanOrEqual(ONE_METRE_KM);
      expect(Math.abs(link.viaPortKm - expected.viaPortKm)).toBeLessThanOrEqual(ONE_METRE_KM);
      expect(link.portId).toBe(expected.portId);
    }
  });

  it('picks the port per pair: Lacolle from Montréal, Derby Line from Sherbrooke, Highgate from Bromont', () => {
    const portOf = (a: string, b: string) =>
      crossBorderLinks(facilities, ports).find((l) => l.a === a && l.b === b)?.portId;
    expect(portOf('montreal', 'gf-malta')).toBe('lacolle-champlain');
    expect(portOf('udes-sherbrooke', 'gf-malta')).toBe('stanstead-derby-line');
    expect(portOf('c2mi-bromont', 'gf-malta')).toBe('st-armand-highgate');
  });

  it('uses the only port when there is one', () => {
    const onlyDerby = ports.filter((p) => p.id === 'stanstead-derby-line');
    const link = crossBorderLinks(facilities, onlyDerby, { ids: ['montreal'] }).find(
      (l) => l.b === 'gf-malta',
    );
    expect(link?.portId).toBe('stanstead-derby-line');
    const expected = expectedLink('montreal', 'gf-malta').viaKm['stanstead-derby-line'];
    expect(Math.abs((link?.viaPortKm ?? Number.NaN) - expected)).toBeLessThanOrEqual(ONE_METRE_KM);
  });

  it('sorts by the route through a port when by is viaPort', () => {
    expect(pairsOf(crossBorderLinks(facilities, ports, { by: 'viaPort' }))).toEqual(BY_VIA_PORT);
  });

  it('filters by maxKm on the chosen measure', () => {
    // Sherbrooke–Essex Junction: 136.0 km straight, 141.9 km through Derby Line.
    expect(pairsOf(crossBorderLinks(facilities, ports, { maxKm: 140 }))).toEqual(BY_STRAIGHT.slice(0, 3));
    expect(pairsOf(crossBorderLinks(facilities, ports, { maxKm: 140, by: 'viaPort' }))).toEqual(
      BY_VIA_PORT.slice(0, 2),
    );
    expect(crossBorderLinks(facilities, ports, { maxKm: 90 })).toEqual([]);
  });

  it('keeps only links involving options.ids, each once', () => {
    expect(pairsOf(crossBorderLinks(facilities, ports, { ids: ['gf-malta'] }))).toEqual([
      'c2mi-bromont gf-malta',
      'montreal gf-malta',
      'udes-sherbrooke gf-malta',
    ]);
    expect(
      pairsOf(crossBorderLinks(facilities, ports, { ids: ['montreal', 'gf-essex-junction', 'montreal'] })),
    ).toEqual(BY_STRAIGHT.filter((p) => p.includes('montreal') || p.includes('gf-essex-junction')));
    expect(crossBorderLinks(facilities, ports, { ids: [] })).toEqual([]);
  });

  it('cuts to limit after sorting', () => {
    expect(pairsOf(crossBorderLinks(facilities, ports, { by: 'viaPort', limit: 2 }))).toEqual(
      BY_VIA_PORT.slice(0, 2),
    );
    expect(crossBorderLinks(facilities, ports, { limit: 0 })).toEqual([]);
  });

  it('ignores pairs on the same side', () => {
    const sameSide = [
      facilityFeature('qc-1', 'CA', [-72.7, 45.3]),
      facilityFeature('qc-2', 'CA', [-72.6, 45.3]),
    ];
    expect(crossBorderLinks(sameSide, ports)).toEqual([]);
  });
});

describe('crossBorderLinks rejects bad input with a clear message', () => {
  it.each([
    [{ ids: ['nowhere'] }, 'crossBorderLinks: options.ids has unknown facility id "nowhere"'],
    [{ maxKm: -1 }, 'crossBorderLinks: options.maxKm must be a finite number ≥ 0, got -1'],
    [{ maxKm: Number.NaN }, 'crossBorderLinks: options.maxKm must be a finite number ≥ 0, got NaN'],
    [{ limit: 1.5 }, 'crossBorderLinks: options.limit must be an integer ≥ 0, got 1.5'],
  ])('%j', (options, message) => {
    expect(() => crossBorderLinks(facilities, ports, options)).toThrow(message);
  });

  it('an unknown measure', () => {
    const options: unknown = JSON.parse('{"by":"driving"}');
    expect(() =>
      crossBorderLinks(facilities, ports, typeof options === 'object' && options !== null ? options : {}),
    ).toThrow('crossBorderLinks: options.by must be "straight" or "viaPort", got "driving"');
  });

  it('a facility without a valid country', () => {
    const loaded: unknown = JSON.parse(
      '[{"id":"fr-1","geometry":{"type":"Point","coordinates":[2.35,48.85]},"properties":{"country":"FR"}}]',
    );
    const bad = Array.isArray(loaded) ? loaded : [];
    expect(() => crossBorderLinks(bad, ports)).toThrow(
      'crossBorderLinks: facility "fr-1" has country "FR"; expected "CA" or "US"',
    );
  });

  it('a port without an id, and no ports at all', () => {
    const noId: PointFeature[] = [{ geometry: { type: 'Point', coordinates: [-73.45, 45.01] } }];
    expect(() => crossBorderLinks(facilities, noId)).toThrow(
      'crossBorderLinks: ports: features[0] has no id',
    );
    expect(() => crossBorderLinks(facilities, [])).toThrow(
      'crossBorderLinks: ports must hold at least one port of entry',
    );
  });
});
