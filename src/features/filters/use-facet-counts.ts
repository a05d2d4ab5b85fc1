import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { facilitiesQuery } from '../../datasets/queries';
import { facetCounts, type FacetCounts } from '../../store/visible-facilities';
import { useFilters } from './use-visible-facilities';

/** How many facilities each filter option would leave, recomputed whenever the filters change. */
export function useFacetCounts(): FacetCounts | undefined {
  const { data } = useQuery(facilitiesQuery);
  const filters = useFilters();
  return useMemo(() => (data ? facetCounts(data.features, filters) : undefined), [data, filters]);
}
