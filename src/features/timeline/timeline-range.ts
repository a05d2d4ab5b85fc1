import type { FacilityFeature } from '../../datasets/schemas';
import { YEAR_MAX, YEAR_MIN } from '../../store/view-state';

/** The slider's range: from the earliest recorded year to the latest (at least this year), clamped. */
export function timelineRange(
  features: readonly FacilityFeature[],
  thisYear: number,
): { min: number; max: number } {
  const years = features.flatMap((f) =>
    [
      f.properties.year_announced,
      f.properties.year_construction,
      f.properties.year_opened,
      f.properties.year_closed,
    ].filter((y): y is number => y !== undefined),
  );
  const min = Math.max(YEAR_MIN, Math.min(thisYear, ...years));
  const max = Math.min(YEAR_MAX, Math.max(thisYear, ...years));
  return { min, max };
}
