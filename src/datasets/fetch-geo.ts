import type { z } from 'zod';
import { DatasetError, describeIssues } from './dataset-error';

/** A record of a file that did not pass its schema and was left out (the rest of the file is used). */
export interface LeftOut {
  index: number;
  id: string | undefined;
  detail: string;
}

/**
 * The parsed JSON of `geo/<file>`, fetched from our own origin (relative to the page, so the app works under any
 * base path), unchecked; a DatasetError naming the file on a network, HTTP or JSON error. The queries check it
 * with `checkGeo` (src/datasets/queries.ts).
 */
export async function readGeo(file: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}geo/${file}`, { signal: signal ?? null });
  } catch (error) {
    throw new DatasetError(file, `could not be fetched (${String(error)})`);
  }
  if (!response.ok) throw new DatasetError(file, `HTTP ${response.status} ${response.statusText}`.trim());
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new DatasetError(file, 'is not valid JSON');
  }
}

/**
 * `json` (read from `geo/<file>`) checked against `schema`; with `featureSchema`, the valid features of a file with
 * some bad ones. A DatasetError naming the file, feature and field when it does not pass.
 */
export function checkGeo<S extends z.ZodType>(
  file: string,
  json: unknown,
  schema: S,
  featureSchema?: z.ZodType,
): z.infer<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const partial = featureSchema && keepValidFeatures(json, schema, featureSchema);
  if (partial) return partial;
  throw new DatasetError(file, describeIssues(result.error.issues, json));
}

/**
 * One bad record must not hide a whole file: the features that pass their schema are kept, the others are
 * listed (index, id and what is wrong) for the user. Undefined when the file is not a FeatureCollection or
 * no feature passes.
 */
function keepValidFeatures<S extends z.ZodType>(
  json: unknown,
  schema: S,
  featureSchema: z.ZodType,
): z.infer<S> | undefined {
  if (typeof json !== 'object' || json === null || !('features' in json) || !Array.isArray(json.features)) {
    return undefined;
  }
  const kept: unknown[] = [];
  const leftOut: LeftOut[] = [];
  json.features.forEach((feature: unknown, index: number) => {
    const one = featureSchema.safeParse(feature);
    if (one.success) kept.push(feature);
    else {
      const id =
        typeof feature === 'object' && feature !== null && 'id' in feature && typeof feature.id === 'string'
          ? feature.id
          : undefined;
      const issue = one.error.issues[0];
      leftOut.push({
        index,
        id,
        detail: issue ? `${issue.path.join('.') || '(feature)'}: ${issue.message}` : 'invalid',
      });
    }
  });
  if (kept.length === 0) return undefined;
  const whole = schema.safeParse({ ...json, features: kept });
  if (!whole.success) return undefined;
  if (typeof whole.data === 'object' && whole.data !== null) leftOutRecords.set(whole.data, leftOut);
  return whole.data;
}

const leftOutRecords = new WeakMap<object, LeftOut[]>();

/** The records the loader left out of a file's data (none for a file that passed whole). */
export function leftOutOf(data: unknown): readonly LeftOut[] {
  return typeof data === 'object' && data !== null ? (leftOutRecords.get(data) ?? []) : [];
}
