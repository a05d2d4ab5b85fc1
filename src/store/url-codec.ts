import { CATEGORIES, COUNTRIES, REGION_CODES, STATUSES, TAGS, type Category } from '../datasets/vocabulary';
import { LANGS } from '../i18n/translate';
import {
  defaultView,
  MAX_OPERATORS,
  MAX_QUERY_LENGTH,
  PAIRS_MAX_KM,
  PORT_TRAFFIC,
  RADIUS_MAX_KM,
  SORT_KEYS,
  UNITS,
  YEAR_MAX,
  YEAR_MIN,
  type ViewState,
} from './view-state';

type Get = (key: string) => string[];
type Pairs = [string, string][];

/**
 * One definition per view field: how it is read from the query string and written back.
 * `parse` returns undefined for a missing or invalid value (the field keeps its default; the rest of
 * the view is unaffected); `write` returns no pairs for the default.
 */
interface Param<K extends keyof ViewState> {
  field: K;
  parse: (get: Get) => ViewState[K] | undefined;
  write: (value: ViewState[K], defaults: ViewState) => Pairs;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const last = (values: string[]): string | undefined => values[values.length - 1];

function number(raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined || raw.trim() === '' || !/^-?\d+(\.\d+)?$/.test(raw.trim())) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

/** A comma-separated list of vocabulary values, deduplicated, in vocabulary order; unknown values dropped. */
function vocabularyList<T extends string>(key: string, vocabulary: readonly T[]) {
  return {
    parse: (get: Get): T[] | undefined => {
      const raw = last(get(key));
      if (raw === undefined) return undefined;
      const wanted = new Set(raw.split(','));
      return vocabulary.filter((v) => wanted.has(v));
    },
    write: (value: readonly T[]): Pairs => (value.length ? [[key, value.join(',')]] : []),
  };
}

const categories = vocabularyList<Category>('cat', CATEGORIES);

export const PARAMS = [
  {
    field: 'lang',
    parse: (get) => LANGS.find((l) => l === last(get('lang'))),
    write: (value) => [['lang', value]],
  } satisfies Param<'lang'>,
  {
    field: 'categories',
    parse: categories.parse,
    // All categories is the default; an empty list (nothing shown) is written as `cat=`.
    write: (value) =>
      value.length === CATEGORIES.length ? [] : value.length ? categories.write(value) : [['cat', '']],
  } satisfies Param<'categories'>,
  { field: 'statuses', ...vocabularyList('status', STATUSES) } satisfies Param<'statuses'>,
  { field: 'countries', ...vocabularyList('country', COUNTRIES) } satisfies Param<'countries'>,
  { field: 'regions', ...vocabularyList('region', REGION_CODES) } satisfies Param<'regions'>,
  { field: 'tags', ...vocabularyList('tag', TAGS) } satisfies Param<'tags'>,
  {
    field: 'operators',
    parse: (get) => {
      const values = get('op').filter((v) => v.length > 0 && v.length <= 200);
      return values.length ? [...new Set(values)].sort().slice(0, MAX_OPERATORS) : undefined;
    },
    write: (value) => value.map((v): [string, string] => ['op', v]),
  } satisfies Param<'operators'>,
  {
    field: 'coalitionOnly',
    parse: (get) => {
      // Not an object lookup: `member=constructor` must not find Object.prototype's.
      const raw = last(get('member'));
      return raw === '1' ? true : raw === '0' ? false : undefined;
    },
    write: (value) => (value ? [['member', '1']] : []),
  } satisfies Param<'coalitionOnly'>,
  {
    field: 'year',
    parse: (get) => {
      const year = number(last(get('year')), YEAR_MIN, YEAR_MAX);
      return year !== undefined && Number.isInteger(year) ? year : undefined;
    },
    write: (value) => (value === null ? [] : [['year', String(value)]]),
  } satisfies Param<'year'>,
  {
    field: 'query',
    parse: (get) => {
      const q = last(get('q'));
      return q !== undefined && q.length <= MAX_QUERY_LENGTH ? q : undefined;
    },
    write: (value) => (value ? [['q', value]] : []),
  } satisfies Param<'query'>,
  {
    field: 'selectedId',
    parse: (get) => {
      const sel = last(get('sel'));
      return sel !== undefined && sel.length <= 120 && ID.test(sel) ? sel : undefined;
    },
    write: (value) => (value === null ? [] : [['sel', value]]),
  } satisfies Param<'selectedId'>,
  {
    field: 'sort',
    parse: (get) => SORT_KEYS.find((s) => s === last(get('sort'))),
    write: (value, defaults) => (value === defaults.sort ? [] : [['sort', value]]),
  } satisfies Param<'sort'>,
  {
    field: 'camera',
    parse: (get) => {
      const [lon, lat, zoom, extra] = (last(get('cam')) ?? '').split(',');
      const c = { lon: number(lon, -180, 180), lat: number(lat, -90, 90), zoom: number(zoom, 0, 22) };
      if (extra !== undefined || c.lon === undefined || c.lat === undefined || c.zoom === undefined)
        return undefined;
      return { lon: c.lon, lat: c.lat, zoom: c.zoom };
    },
    write: (value) => (value === null ? [] : [['cam', `${value.lon},${value.lat},${value.zoom}`]]),
  } satisfies Param<'camera'>,
  {
    field: 'radius',
    parse: (get) => {
      const km = number(last(get('r')), 0, RADIUS_MAX_KM);
      if (km === undefined) return undefined;
      const id = last(get('rf'));
      if (id !== undefined && id.length <= 120 && ID.test(id))
        return { center: { kind: 'facility', id }, km };
      const [lon, lat, extra] = (last(get('rc')) ?? '').split(',');
      const p = { lon: number(lon, -180, 180), lat: number(lat, -90, 90) };
      if (extra !== undefined || p.lon === undefined || p.lat === undefined) return undefined;
      return { center: { kind: 'point', lon: p.lon, lat: p.lat }, km };
    },
    write: (value) => {
      if (value === null) return [];
      const centre: [string, string] =
        value.center.kind === 'facility'
          ? ['rf', value.center.id]
          : ['rc', `${value.center.lon},${value.center.lat}`];
      return [centre, ['r', String(value.km)]];
    },
  } satisfies Param<'radius'>,
  {
    field: 'unit',
    parse: (get) => UNITS.find((u) => u === last(get('unit'))),
    write: (value, defaults) => (value === defaults.unit ? [] : [['unit', value]]),
  } satisfies Param<'unit'>,
  {
    field: 'pairsKm',
    parse: (get) => number(last(get('pairs')), 1, PAIRS_MAX_KM),
    write: (value) => (value === null ? [] : [['pairs', String(value)]]),
  } satisfies Param<'pairsKm'>,
  {
    field: 'pairsBy',
    parse: (get) => {
      const raw = last(get('pairsby'));
      return raw === 'via' ? 'viaPort' : raw === 'straight' ? 'straight' : undefined;
    },
    write: (value, defaults) =>
      value === defaults.pairsBy ? [] : [['pairsby', value === 'viaPort' ? 'via' : 'straight']],
  } satisfies Param<'pairsBy'>,
  {
    field: 'traffic',
    parse: (get) => PORT_TRAFFIC.find((v) => v === last(get('traffic'))),
    write: (value, defaults) => (value === defaults.traffic ? [] : [['traffic', value]]),
  } satisfies Param<'traffic'>,
  {
    field: 'present',
    parse: (get) => {
      const raw = last(get('present'));
      return raw === '1' ? true : raw === '0' ? false : undefined;
    },
    write: (value) => (value ? [['present', '1']] : []),
  } satisfies Param<'present'>,
];

/** Every query parameter the view uses; others in the URL (an embedding page's) are left alone. */
export const PARAM_KEYS = [
  'lang',
  'cat',
  'status',
  'country',
  'region',
  'tag',
  'op',
  'member',
  'year',
  'q',
  'sel',
  'sort',
  'cam',
  'r',
  'rf',
  'rc',
  'unit',
  'pairs',
  'pairsby',
  'traffic',
  'present',
] as const;

/**
 * Reads a view from a query string (`location.search`). Never throws: a missing or invalid parameter
 * leaves that field at its default (`defaults`, e.g. with the browser's language) and keeps the rest.
 */
export function parseView(search: string, defaults: ViewState = defaultView()): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...defaults };
  }
  const get: Get = (key) => params.getAll(key);
  const view: ViewState = { ...defaults };
  // A key given more than once: the last value that is valid wins (`?lang=fr&lang=<x>` opens in French).
  // Each try offers the parser one value per key, the n-th from the end; operators (`op`) repeat on purpose.
  const depth = Math.max(1, ...PARAM_KEYS.filter((k) => k !== 'op').map((k) => params.getAll(k).length));
  for (const param of PARAMS) {
    const parse = param.parse as (get: Get) => unknown;
    let value: unknown = undefined;
    if (param.field === 'operators') value = parse(get);
    else {
      for (let back = 0; back < depth && value === undefined; back++) {
        value = parse((key) => {
          const all = params.getAll(key);
          const one = all[all.length - 1 - back] ?? all[0];
          return one === undefined ? [] : [one];
        });
      }
    }
    if (value !== undefined) Object.assign(view, { [param.field]: value });
  }
  // Sorting by distance needs a radius centre to measure from.
  if (view.sort === 'distance' && view.radius === null)
    view.sort = defaults.sort === 'distance' ? 'name' : defaults.sort;
  return view;
}

/** Writes a view as a query string (without `?`), omitting fields at their default. */
export function serializeView(view: ViewState, defaults: ViewState = defaultView(view.lang)): string {
  const pairs: Pairs = [];
  for (const param of PARAMS) {
    const write = param.write as (value: unknown, defaults: ViewState) => Pairs;
    pairs.push(...write(view[param.field], defaults));
  }
  return new URLSearchParams(pairs).toString();
}
