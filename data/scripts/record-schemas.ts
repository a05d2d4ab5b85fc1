import { z } from 'zod';
import { facilityFields, nodeFields, routeFields } from '../../src/datasets/schemas';

/** The records people write in data/: the run-time fields plus the position as plain lon/lat. */
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

export const facilityRecordSchema = z.strictObject({ ...facilityFields, lon, lat });
export type FacilityRecord = z.infer<typeof facilityRecordSchema>;

export const nodeRecordSchema = z.strictObject({ ...nodeFields, lon, lat });
export type NodeRecord = z.infer<typeof nodeRecordSchema>;

/** A named, sourced point on the real alignment of a route (a station, a bridge, an interchange). */
const namedPoint = z.strictObject({ name: z.string().trim().min(1), lon, lat });

/**
 * A route's line is either its `waypoints` as written, or traced through its `via` points along the
 * Natural Earth railroad network (rail lines; see data/scripts/trace-rail.ts). `checkpoints` are sourced
 * points the build measures the line against (ROUTE_ALIGNMENT_TOLERANCE_KM). Only the line reaches public/geo.
 */
export const routeRecordSchema = z.strictObject({
  ...routeFields,
  waypoints: z
    .array(z.tuple([lon, lat]))
    .min(2, 'needs at least two waypoints')
    .optional(),
  via: z.array(namedPoint).min(2, 'needs at least two via points').optional(),
  checkpoints: z.array(namedPoint).default([]),
});
export type RouteRecord = z.infer<typeof routeRecordSchema>;
