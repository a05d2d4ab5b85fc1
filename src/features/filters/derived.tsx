import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { facilitiesQuery } from '../../datasets/queries';
import type { FacilityFeature } from '../../datasets/schemas';
import { radiusMatches, type DistancesById } from '../../spatial';
import { useStore } from '../../store/store';
import { deriveFacilities, type FacetCounts, type FacilityFilters } from '../../store/visible-facilities';
import { radiusCenter } from '../radius/radius-center';

export interface RadiusResult {
  /** The centre as [lon, lat], or null when the tool is off or its facility is unknown. */
  center: [number, number] | null;
  km: number;
  /** Facility id → geodesic distance from the centre in km, for those inside; null when off. */
  hits: DistancesById | null;
}

export interface Derived {
  all: FacilityFeature[] | undefined;
  visible: FacilityFeature[];
  /** `shown[i]` is 1 when `all[i]` is in `visible`. */
  shown: Uint8Array;
  radius: RadiusResult;
  counts: FacetCounts | undefined;
}

const DerivedContext = createContext<Derived | null>(null);
/** What is shown before the facilities have loaded. */
const NOTHING: FacilityFeature[] = [];
const NONE_SHOWN = new Uint8Array(0);

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
 * Derives, once for the whole page, what the filters and the radius leave shown and the facet counts:
 * the map, the list, the search and the panels all read the same arrays (and the spatial caches keyed
 * by array identity are shared).
 */
export function DerivedProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery(facilitiesQuery);
  const filters = useFilters();
  const radiusState = useStore((s) => s.radius);
  const radius = useMemo<RadiusResult>(() => {
    const features = data?.features ?? [];
    const center = radiusCenter(radiusState, features);
    if (!radiusState || !center || !data) return { center, km: radiusState?.km ?? 0, hits: null };
    // Exact membership; each distance is computed when the list, the details or an export first reads it.
    const hits = radiusMatches(data.features, center, radiusState.km);
    return { center, km: radiusState.km, hits };
  }, [radiusState, data]);
  const { visible, shown, counts } = useMemo(() => {
    if (!data) return { visible: NOTHING, shown: NONE_SHOWN, counts: undefined };
    return deriveFacilities(data.features, filters, radius.hits ?? undefined);
  }, [data, filters, radius]);
  const value = useMemo(
    () => ({ all: data?.features, visible, shown, radius, counts }),
    [data, visible, shown, radius, counts],
  );
  return <DerivedContext value={value}>{children}</DerivedContext>;
}

export function useDerived(): Derived {
  const derived = useContext(DerivedContext);
  if (!derived) throw new Error('useDerived: render inside <DerivedProvider>');
  return derived;
}
