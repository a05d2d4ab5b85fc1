import type { FacetCounts } from '../../store/visible-facilities';
import { useDerived } from './derived';

/** How many facilities each filter option would leave, recomputed whenever the filters change. */
export function useFacetCounts(): FacetCounts | undefined {
  return useDerived().counts;
}
