import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { facilitiesQuery } from '../../datasets/queries';
import type { FacilityFeature } from '../../datasets/schemas';
import { withinRadius } from '../../spatial';
import { useStore } from '../../store/store';
import type { RadiusState } from '../../store/view-state';

export interface RadiusResult {
  /** The centre as [lon, lat], or null when the tool is off or its facility is unknown. */
  center: [number, number] | null;
  km: number;
  /** Facility id → geodesic distance from the centre in km, for those inside; null when off. */
  hits: Map<string, number> | null;
}

/** Resolves the radius centre (a facility id or a point) to a position. */
export function radiusCenter(
  radius: RadiusState | null,
  features: readonly FacilityFeature[],
): [number, number] | null {
  if (!radius) return null;
  if (radius.center.kind === 'point') return [radius.center.lon, radius.center.lat];
  const id = radius.center.id;
  const facility = features.find((f) => f.id === id);
  return facility ? [facility.geometry.coordinates[0], facility.geometry.coordinates[1]] : null;
}

/**
 * The radius query: which facilities lie within the chosen distance of the centre, by the exact
 * WGS84 geodesic distance (src/spatial, index built once per dataset). Recomputed on every slider
 * step; the cost grows with the answer, not the dataset.
 */
export function useRadius(): RadiusResult {
  const radius = useStore((s) => s.radius);
  const { data } = useQuery(facilitiesQuery);
  return useMemo(() => {
    const features = data?.features ?? [];
    const center = radiusCenter(radius, features);
    if (!radius || !center || !data) return { center, km: radius?.km ?? 0, hits: null };
    const hits = new Map(
      withinRadius(data.features, center, radius.km).map((h) => [String(h.id), h.distanceKm]),
    );
    return { center, km: radius.km, hits };
  }, [radius, data]);
}
