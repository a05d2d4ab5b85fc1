import { useDerived, type RadiusResult } from '../filters/derived';

export type { RadiusResult };

/**
 * The radius query: which facilities lie within the chosen distance of the centre, by the exact WGS84
 * geodesic distance (src/spatial, index built once per dataset). Derived once per page (DerivedProvider).
 */
export function useRadius(): RadiusResult {
  return useDerived().radius;
}
