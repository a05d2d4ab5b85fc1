import { z } from 'zod';
import { facilityFields, nodeFields, routeFields } from '../../src/datasets/schemas';

/** The records people write in data/: the run-time fields plus the position as plain lon/lat. */
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

export const facilityRecordSchema = z.strictObject({ ...facilityFields, lon, lat });
export type FacilityRecord = z.infer<typeof facilityRecordSchema>;

export const nodeRecordSchema = z.strictObject({ ...nodeFields, lon, lat });
export type NodeRecord = z.infer<typeof nodeRecordSchema>;

export const routeRecordSchema = z.strictObject({
  ...routeFields,
  waypoints: z.array(z.tuple([lon, lat])).min(2, 'needs at least two waypoints'),
});
export type RouteRecord = z.infer<typeof routeRecordSchema>;
