import { z } from 'zod';
import {
  facilityCollectionSchema,
  facilityFeatureSchema,
  facilityPropertiesSchema,
} from '../../datasets/schemas';

/**
 * The exported GeoJSON: the app's own facility schema, plus the radius distance and the radius itself. For readers
 * of an export (and the tests that check one); the app only writes it (export-rows.ts), so it never builds this.
 */
export const exportFeatureSchema = facilityFeatureSchema.extend({
  properties: facilityPropertiesSchema.extend({ distance_km: z.number().nonnegative().optional() }),
});
export const exportCollectionSchema = facilityCollectionSchema.extend({
  features: z.array(exportFeatureSchema),
  radius: z.strictObject({ center: z.tuple([z.number(), z.number()]), km: z.number().positive() }).optional(),
  exported: z.iso.datetime().optional(),
});
export type ExportCollection = z.infer<typeof exportCollectionSchema>;
