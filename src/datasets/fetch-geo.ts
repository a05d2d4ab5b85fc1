import type { z } from 'zod';
import { DatasetError, describeIssues } from './dataset-error';

/**
 * Fetches `geo/<file>` from our own origin (relative to the page, so the app works under any base path)
 * and validates it. Throws a DatasetError naming the file on a network error, an HTTP error, bad JSON
 * or a schema mismatch.
 */
export async function fetchGeo<S extends z.ZodType>(
  file: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}geo/${file}`, { signal: signal ?? null });
  } catch (error) {
    throw new DatasetError(file, `could not be fetched (${String(error)})`);
  }
  if (!response.ok) throw new DatasetError(file, `HTTP ${response.status} ${response.statusText}`.trim());
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError(file, 'is not valid JSON');
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new DatasetError(file, describeIssues(result.error.issues, json));
  return result.data;
}
