import type { FacilityFeature } from '../../datasets/schemas';
import type { RadiusState } from '../../store/view-state';

/** Resolves the radius centre (a facility id or a point) to [lon, lat]; null when off or unknown. */
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
