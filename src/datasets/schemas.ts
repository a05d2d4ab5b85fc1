import './zod-jitless';
import { z } from 'zod';
import {
  CATEGORIES,
  COUNTRIES,
  CURRENCIES,
  NODE_KINDS,
  PRECISIONS,
  REGION_CODES,
  ROUTE_MODES,
  STATUSES,
  TAGS,
} from './vocabulary';

/** Parts shared by the data build (data/scripts) and the run-time validation of public/geo. */
export const isoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });
/**
 * An http(s) URL: the scheme, a host name, an optional port, then nothing or a path, query or fragment without
 * spaces. A pattern rather than zod's `z.url()`, which runs the browser's URL parser for each value: at 100k
 * facilities those ~300k parses were 2.2 s of the page's start-up. Every value it accepts is an
 * http(s) URL to the URL parser too (a property test holds it to that), so a link to a source can never be
 * `javascript:` or another scheme.
 */
const PORT = '(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])';
// A host name's labels: letters, digits, dashes, underscores, never punycode ("xn--", which the URL parser may
// refuse); the last one starts with a letter, so the host is never read as an IPv4 number (which it may refuse too).
const LABEL = '(?!xn--)[a-z0-9_-]+';
const LAST_LABEL = '(?!xn--)[a-z][a-z0-9_-]*';
// Or a dotted IPv4 address, each part 0-255 (some archived sources are served from one).
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const HOST = `(?:${OCTET}(?:\\.${OCTET}){3}|(?:${LABEL}\\.)*${LAST_LABEL}\\.?)`;
export const HTTP_URL = new RegExp(`^https?://${HOST}(?::${PORT})?(?:[/?#]\\S*)?$`, 'i');
export const httpUrl = z.string().regex(HTTP_URL, 'must be an http(s) URL');
export const year = z.number().int().min(1800).max(2100);

export const sourceSchema = z.strictObject({
  url: httpUrl,
  /** When the source says it was published (left out when the page gives no date). */
  published: isoDate.optional(),
  /** When this record was last checked against the source. */
  checked: isoDate,
  /** What the source supports, in English; `note_fr` is the same in French. */
  note: z.string().optional(),
  note_fr: z.string().optional(),
});
export const employeesSchema = z.strictObject({
  count: z.number().int().positive(),
  year,
});
export const investmentSchema = z.strictObject({
  amount: z.number().positive(),
  currency: z.enum(CURRENCIES),
  year,
  note: z.string().optional(),
  note_fr: z.string().optional(),
});

const text = z.string().trim().min(1);
export const regionSchema = z.enum(REGION_CODES as [string, ...string[]]);

/** What every facility carries, apart from its position (shared by YAML records and GeoJSON properties). */
export const facilityFields = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and single dashes'),
  name: text,
  name_en: text.optional(),
  name_fr: text.optional(),
  operator: text,
  /** The operator's French name where it has one (a bilingual agency, a French-named company). */
  operator_fr: text.optional(),
  category: z.enum(CATEGORIES),
  tags: z.array(z.enum(TAGS)),
  status: z.enum(STATUSES),
  year_announced: year.optional(),
  year_construction: year.optional(),
  year_opened: year.optional(),
  year_closed: year.optional(),
  coalition_member: z.boolean().default(false),
  address: text.optional(),
  city: text,
  region: regionSchema,
  country: z.enum(COUNTRIES),
  precision: z.enum(PRECISIONS),
  coord_source: httpUrl,
  wafer_sizes_mm: z.array(z.number().int().positive()).optional(),
  process: text.optional(),
  process_fr: text.optional(),
  employees: employeesSchema.optional(),
  investment: investmentSchema.optional(),
  description_en: text,
  description_fr: text,
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
};

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const point = z.strictObject({ type: z.literal('Point'), coordinates: position });

type Position = [number, number];
const isPosition = (p: unknown): boolean =>
  Array.isArray(p) &&
  p.length === 2 &&
  typeof p[0] === 'number' &&
  p[0] >= -180 &&
  p[0] <= 180 &&
  typeof p[1] === 'number' &&
  p[1] >= -90 &&
  p[1] <= 90;

/**
 * Nested arrays of positions, `depth` deep (1: a line, 2: a polygon's rings or a multi-line, 3: a multi-polygon),
 * with at least `min` positions in each innermost array: what `position` checks, in a plain loop. One zod tuple per
 * position was most of the page's start-up validation (the basemap has tens of thousands of positions: ~100 ms of
 * main thread before the map could draw); the issue still names the exact position or array at fault.
 */
function positions<T>(depth: 1 | 2 | 3, min = 0) {
  return z.custom<T>().check((ctx) => {
    const walk = (value: unknown, level: number, path: number[]): void => {
      if (!Array.isArray(value)) {
        ctx.issues.push({ code: 'custom', message: 'must be an array', input: value, path });
        return;
      }
      if (level === 1) {
        if (value.length < min) {
          ctx.issues.push({ code: 'custom', message: `needs at least ${min} positions`, input: value, path });
        }
        for (let i = 0; i < value.length; i++) {
          if (!isPosition(value[i])) {
            ctx.issues.push({
              code: 'custom',
              message: 'must be a [longitude, latitude] pair in range',
              input: value[i],
              path: [...path, i],
            });
            return;
          }
        }
        return;
      }
      for (let i = 0; i < value.length; i++) walk(value[i], level - 1, [...path, i]);
    };
    walk(ctx.value, depth, []);
  });
}
const line = (min = 0) => positions<Position[]>(1, min);
const lines = (min = 0) => positions<Position[][]>(2, min);
const multiPolygon = positions<Position[][][]>(3);

/** A generated collection (public/geo) of features with a string id, the given geometry and properties. */
function featureCollection<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  const feature = z.strictObject({ type: z.literal('Feature'), id: z.string(), geometry, properties });
  return {
    feature,
    collection: z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(feature) }),
  };
}

export const facilityPropertiesSchema = z.strictObject(facilityFields);
const facilities = featureCollection(point, facilityPropertiesSchema);
export const facilityFeatureSchema = facilities.feature;
export const facilityCollectionSchema = facilities.collection;
export type FacilityProperties = z.infer<typeof facilityPropertiesSchema>;
export type FacilityFeature = z.infer<typeof facilityFeatureSchema>;
export type FacilityCollection = z.infer<typeof facilityCollectionSchema>;

/** Logistics nodes: a port of entry or rail crossing sits on the border and has a name on each side. */
export const nodeFields = {
  id: facilityFields.id,
  kind: z.enum(NODE_KINDS),
  name: text,
  name_en: text.optional(),
  name_fr: text.optional(),
  name_ca: text.optional(),
  name_us: text.optional(),
  region_ca: regionSchema.optional(),
  region_us: regionSchema.optional(),
  city: text.optional(),
  region: regionSchema.optional(),
  country: z.enum(COUNTRIES).optional(),
  code: text.optional(),
  routes: z.array(text).optional(),
  /** Ports of entry: whether commercial trucks are cleared (required there by the data build). */
  commercial: z.boolean().optional(),
  /** Ports of entry: opening hours (and commercial hours) as the sources give them, in both languages. */
  hours_en: text.optional(),
  hours_fr: text.optional(),
  precision: z.enum(PRECISIONS),
  coord_source: httpUrl,
  description_en: text,
  description_fr: text,
  sources: facilityFields.sources,
};
export const nodePropertiesSchema = z.strictObject(nodeFields);
const nodes = featureCollection(point, nodePropertiesSchema);
export const nodeFeatureSchema = nodes.feature;
export const nodeCollectionSchema = nodes.collection;
export type NodeProperties = z.infer<typeof nodePropertiesSchema>;
export type NodeFeature = z.infer<typeof nodeFeatureSchema>;

export const routeFields = {
  id: facilityFields.id,
  mode: z.enum(ROUTE_MODES),
  name: text,
  name_fr: text.optional(),
  route_numbers_ca: z.array(text).default([]),
  route_numbers_us: z.array(text).default([]),
  crosses_at: facilityFields.id.optional(),
  operator: text.optional(),
  description_en: text,
  description_fr: text,
  sources: facilityFields.sources,
};
/**
 * `approximate`: stretches of the line drawn straight between two sourced points because no track geometry
 * was available (the real track may stray from them), as [first, last] indices into the line's coordinates.
 * Set by the data build, never written in data/.
 */
const pointIndex = z.number().int().nonnegative();
export const routePropertiesSchema = z.strictObject({
  ...routeFields,
  approximate: z.array(z.tuple([pointIndex, pointIndex])).default([]),
});
const routes = featureCollection(
  z.strictObject({ type: z.literal('LineString'), coordinates: line(2) }),
  routePropertiesSchema,
);
export const routeFeatureSchema = routes.feature;
export const routeCollectionSchema = routes.collection;
export type RouteProperties = z.infer<typeof routePropertiesSchema>;
export type RouteFeature = z.infer<typeof routeFeatureSchema>;

/** The basemap: a FeatureCollection whose features carry a `layer` property (see data/basemap/README.md). */
const anyGeometry = z.discriminatedUnion('type', [
  point,
  z.object({ type: z.literal('LineString'), coordinates: line() }),
  z.object({ type: z.literal('MultiLineString'), coordinates: lines() }),
  z.object({ type: z.literal('Polygon'), coordinates: lines() }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: multiPolygon }),
]);
export const basemapCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: anyGeometry,
      properties: z
        .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
        .and(z.object({ layer: z.string() })),
    }),
  ),
});
export type BasemapCollection = z.infer<typeof basemapCollectionSchema>;

/** The Canada–US border lines (public/geo/border.json), from the same source as the basemap's border. */
export const borderCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.record(z.string(), z.string()).nullable(),
        geometry: z.discriminatedUnion('type', [
          z.object({ type: z.literal('LineString'), coordinates: line(2) }),
          z.object({ type: z.literal('MultiLineString'), coordinates: lines(2) }),
        ]),
      }),
    )
    .min(1),
});
export type BorderCollection = z.infer<typeof borderCollectionSchema>;

/**
 * A presenter scene: a view (a link's query string, checked by the data build) with a bilingual title,
 * caption shown on screen, and speaker notes shown only in the presenter view.
 */
export const sceneFields = {
  id: facilityFields.id,
  title_en: text,
  title_fr: text,
  caption_en: text,
  caption_fr: text,
  notes_en: text,
  notes_fr: text,
  view: z.string().max(2000),
};
export const sceneSchema = z.strictObject(sceneFields);
export type Scene = z.infer<typeof sceneSchema>;
export const sceneCollectionSchema = z.strictObject({ scenes: z.array(sceneSchema) });
