import type { FacilityFeature } from '../../datasets/schemas';
import { useDerived } from './derived';
import type { DistancesById } from '../../spatial';

export { useFilters } from './derived';

/**
 * The facilities shown, derived once from the loaded data, the filters and the radius: the map's filter
 * and the list both come from this, so they always show exactly the same facilities.
 */
export function useVisibleFacilities(): {
  all: FacilityFeature[] | undefined;
  visible: FacilityFeature[];
  /** `shown[i]` is 1 when `all[i]` is in `visible`. */
  shown: Uint8Array;
  distances: DistancesById | null;
} {
  const { all, visible, shown, radius } = useDerived();
  return { all, visible, shown, distances: radius.hits };
}
