import type { z } from 'zod';

/** A data file that could not be loaded or did not match its schema; the message names file, feature and field. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DatasetError';
  }
}

/**
 * Describes zod issues in terms a data editor can act on: the feature (by index and id) and the field.
 * `data` is the parsed JSON the issues refer to, used to look up the offending feature's id.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown, max = 5): string {
  const lines = issues.slice(0, max).map((issue) => {
    const [head, index, ...rest] = issue.path;
    if (head === 'features' && typeof index === 'number') {
      const id = featureId(data, index);
      const where = `feature ${index}${id ? ` (${id})` : ''}`;
      return `${where}: ${rest.join('.') || '(feature)'}: ${issue.message}`;
    }
    return `${issue.path.join('.') || '(file)'}: ${issue.message}`;
  });
  const more = issues.length > max ? `; and ${issues.length - max} more problem(s)` : '';
  return lines.join('; ') + more;
}

function featureId(data: unknown, index: number): string | undefined {
  if (typeof data !== 'object' || data === null || !('features' in data)) return undefined;
  const features = data.features;
  if (!Array.isArray(features)) return undefined;
  const feature: unknown = features[index];
  if (typeof feature !== 'object' || feature === null) return undefined;
  if ('id' in feature && typeof feature.id === 'string') return feature.id;
  return undefined;
}
