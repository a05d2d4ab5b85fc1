import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { facilitiesQuery } from '../../datasets/queries';
import { facetCounts, type FacetCounts } from '../../store/visible-facilities';
import { useRadius } from '../radius/use-radius';
import { useFilters } from './use-visible-facilities';

/** How many facilities each filter option would leave, recomputed whenever the filters change. */
export function useFacetCounts(): FacetCounts | undefined {
  const { data } = useQuery(facilitiesQuery);
  const filters = useFilters();
  const { hits } = useRadius();
  return useMemo(
    () => (data ? facetCounts(data.features, filters, hits ?? undefined) : undefined),
    [data, filters, hits],
  );
}
