import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, COUNTRIES, REGION_CODES, STATUSES, TAGS } from '../../src/datasets/vocabulary';
import { PARAM_KEYS, parseView, serializeView } from '../../src/store/url-codec';
import {
  canonicalFacet,
  defaultView,
  MAX_QUERY_LENGTH,
  PAIR_MEASURES,
  PORT_TRAFFIC,
  SORT_KEYS,
  UNITS,
  YEAR_MAX,
  YEAR_MIN,
  type ViewState,
} from '../../src/store/view-state';
import { viewStateSchema } from '../../src/store/view-state-schema';

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const id = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);
const rounded = (min: number, max: number, digits: number) =>
  fc
    .integer({ min: Math.ceil(min * 10 ** digits), max: Math.floor(max * 10 ** digits) })
    .map((n) => n / 10 ** digits);

/** Any valid view, with values as the store keeps them (canonical order, rounded camera). */
const validView: fc.Arbitrary<ViewState> = fc
  .record({
    lang: fc.constantFrom('en' as const, 'fr' as const),
    categories: subset(CATEGORIES),
    statuses: subset(STATUSES),
    countries: subset(COUNTRIES),
    regions: subset(REGION_CODES),
    tags: subset(TAGS),
    operators: fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 5 })
      .map((ops) => canonicalFacet('operators', ops)),
    coalitionOnly: fc.boolean(),
    year: fc.option(fc.integer({ min: YEAR_MIN, max: YEAR_MAX })),
    query: fc.string({ maxLength: MAX_QUERY_LENGTH }),
    selectedId: fc.option(id),
    sort: fc.constantFrom(...SORT_KEYS),
    camera: fc.option(
      fc.record({ lon: rounded(-180, 180, 4), lat: rounded(-90, 90, 4), zoom: rounded(0, 22, 2) }),
    ),
    radius: fc.option(
      fc.record({
        center: fc.oneof(
          fc.record({ kind: fc.constant('facility' as const), id }),
          fc.record({
            kind: fc.constant('point' as const),
            lon: rounded(-180, 180, 4),
            lat: rounded(-90, 90, 4),
          }),
        ),
        km: rounded(0, 1000, 3),
      }),
    ),
    unit: fc.constantFrom(...UNITS),
    pairsKm: fc.option(rounded(1, 500, 1)),
    pairsBy: fc.constantFrom(...PAIR_MEASURES),
    traffic: fc.constantFrom(...PORT_TRAFFIC),
    present: fc.boolean(),
  })
  // Sorting by distance needs a radius (the parser drops it otherwise).
  .map((v) => (v.sort === 'distance' && v.radius === null ? { ...v, sort: 'name' as const } : v));

/** Query strings built from our keys with hostile values, plus junk. */
const hostileQuery = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...PARAM_KEYS, 'x', '__proto__', 'constructor'),
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            'NaN',
            'Infinity',
            '-0',
            '1e400',
            '0x10',
            ' 5',
            '<script>',
            '%',
            '%E0%A4%A',
            '1,2,3',
            ',,',
            'fab,,casino',
          ),
          fc.double().map(String),
          fc.integer().map(String),
        ),
      ),
      { maxLength: 12 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);

describe('the URL codec', () => {
  it('never throws on random or hostile query strings and always yields a valid view', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const view = parseView(query);
        expect(viewStateSchema.safeParse(view).success).toBe(true);
      }),
      { numRuns: 3000, seed: 20261125 },
    );
  });

  it('round-trips every valid view exactly', () => {
    fc.assert(
      fc.property(validView, (view) => {
        expect(viewStateSchema.parse(view)).toEqual(view);
        expect(parseView(serializeView(view), defaultView(view.lang === 'en' ? 'fr' : 'en'))).toEqual(view);
      }),
      { numRuns: 2000, seed: 20261125 },
    );
  });

  it('writes nothing but the language for the default view', () => {
    expect(serializeView(defaultView('fr'))).toBe('lang=fr');
  });

  it('ignores an invalid parameter and keeps the rest of the view', () => {
    const view = parseView(
      'lang=fr&year=banana&sel=c2mi-bromont&cam=-72.7,45.3,999&status=operating,nonsense',
    );
    expect(view.lang).toBe('fr');
    expect(view.year).toBeNull();
    expect(view.selectedId).toBe('c2mi-bromont');
    expect(view.camera).toBeNull();
    expect(view.statuses).toEqual(['operating']);
    expect(parseView('sort=distance').sort).toBe('name');
    // Names of Object.prototype members are values like any other.
    expect(parseView('member=constructor&pairsby=__proto__&lang=toString')).toEqual(defaultView());
    expect(parseView('sort=distance&r=10&rc=-72,45').sort).toBe('distance');
    expect(parseView(`q=${'x'.repeat(MAX_QUERY_LENGTH + 1)}&lang=fr`)).toEqual({
      ...defaultView(),
      lang: 'fr',
    });
  });

  it('reads the parameters a person would write', () => {
    const view = parseView(
      'cat=fab,research&country=US&tag=gan&op=IBM&op=C2MI&member=1&q=Sherbrooke&r=100&rf=c2mi-bromont&unit=mi&sort=category',
    );
    expect(view.categories).toEqual(['fab', 'research']);
    expect(view.countries).toEqual(['US']);
    expect(view.tags).toEqual(['gan']);
    expect(view.operators).toEqual(['C2MI', 'IBM']);
    expect(view.coalitionOnly).toBe(true);
    expect(view.query).toBe('Sherbrooke');
    expect(view.radius).toEqual({ center: { kind: 'facility', id: 'c2mi-bromont' }, km: 100 });
    expect(view.unit).toBe('mi');
    expect(view.sort).toBe('category');
  });

  it('writes an empty category list (nothing shown) distinctly from all categories', () => {
    const none = { ...defaultView(), categories: [] };
    expect(serializeView(none)).toContain('cat=');
    expect(parseView(serializeView(none)).categories).toEqual([]);
  });

  it('uses only the parameter names it declares (so others in the URL are left alone)', () => {
    fc.assert(
      fc.property(validView, (view) => {
        for (const key of new URLSearchParams(serializeView(view)).keys()) expect(PARAM_KEYS).toContain(key);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('a key given more than once', () => {
  it('takes the last valid value, not merely the last', () => {
    expect(parseView('lang=fr&lang=<x>').lang).toBe('fr');
    expect(parseView('lang=en&lang=fr').lang).toBe('fr');
    expect(parseView('cam=-72,45,8&cam=nonsense').camera).toEqual({ lon: -72, lat: 45, zoom: 8 });
    expect(parseView('r=50&rf=c2mi-bromont&r=oops').radius).toEqual({
      center: { kind: 'facility', id: 'c2mi-bromont' },
      km: 50,
    });
    expect(parseView('op=A&op=B').operators).toEqual(['A', 'B']);
  });
});
