import '../datasets/zod-jitless';
import { z } from 'zod';
import { CATEGORIES, COUNTRIES, REGION_CODES, STATUSES, TAGS, type Region } from '../datasets/vocabulary';
import { LANGS } from '../i18n/translate';
import {
  MAX_OPERATORS,
  MAX_QUERY_LENGTH,
  PAIR_MEASURES,
  PAIRS_MAX_KM,
  PORT_TRAFFIC,
  RADIUS_MAX_KM,
  SORT_KEYS,
  UNITS,
  YEAR_MAX,
  YEAR_MIN,
} from './view-state';

// The URL parser (url-codec.ts) checks each parameter by hand and never builds this schema: it is the statement
// of what a valid view is, for the fuzz test that holds the parser to it. Kept out of view-state.ts so that the
// app's first script carries no zod (zod is loaded with the data schemas, see datasets/queries.ts).

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(120);
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

/** What a valid view is; the URL parser only ever produces values that pass it (checked by a fuzz test). */
export const viewStateSchema = z.strictObject({
  lang: z.enum(LANGS),
  categories: z.array(z.enum(CATEGORIES)),
  statuses: z.array(z.enum(STATUSES)),
  countries: z.array(z.enum(COUNTRIES)),
  regions: z.array(z.enum(REGION_CODES as [Region, ...Region[]])),
  tags: z.array(z.enum(TAGS)),
  operators: z.array(z.string().min(1).max(200)).max(MAX_OPERATORS),
  coalitionOnly: z.boolean(),
  year: z.number().int().min(YEAR_MIN).max(YEAR_MAX).nullable(),
  query: z.string().max(MAX_QUERY_LENGTH),
  selectedId: id.nullable(),
  sort: z.enum(SORT_KEYS),
  camera: z.strictObject({ lon, lat, zoom: z.number().min(0).max(22) }).nullable(),
  radius: z
    .strictObject({
      center: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('facility'), id }),
        z.strictObject({ kind: z.literal('point'), lon, lat }),
      ]),
      km: z.number().min(0).max(RADIUS_MAX_KM),
    })
    .nullable(),
  unit: z.enum(UNITS),
  pairsKm: z.number().min(1).max(PAIRS_MAX_KM).nullable(),
  pairsBy: z.enum(PAIR_MEASURES),
  traffic: z.enum(PORT_TRAFFIC),
  present: z.boolean(),
});
