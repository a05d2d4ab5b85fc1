import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { facilitiesQuery } from '../../datasets/queries';
import type { FacilityFeature } from '../../datasets/schemas';
import { useStore } from '../../store/store';
import { visibleFacilities, type FacilityFilters } from '../../store/visible-facilities';
import { useRadius } from '../radius/use-radius';

/** The filter part of the store, compared shallowly so unrelated changes do not recompute. */
export function useFilters(): FacilityFilters {
  return useStore(
    useShallow((s) => ({
      categories: s.categories,
      statuses: s.statuses,
      countries: s.countries,
      regions: s.regions,
      tags: s.tags,
      operators: s.operators,
      coalitionOnly: s.coalitionOnly,
      year: s.year,
      query: s.query,
    })),
  );
}

/**
 * The facilities shown, derived once from the loaded data and the filters: the map's filter and the
 * list both come from this, so they always show exactly the same facilities.
 */
export function useVisibleFacilities(): {
  all: FacilityFeature[] | undefined;
  visible: FacilityFeature[];
  distances: Map<string, number> | null;
} {
  const { data } = useQuery(facilitiesQuery);
  const filters = useFilters();
  const { hits } = useRadius();
  const visible = useMemo(
    () => visibleFacilities(data?.features ?? [], filters, hits ?? undefined),
    [data, filters, hits],
  );
  return { all: data?.features, visible, distances: hits };
}
