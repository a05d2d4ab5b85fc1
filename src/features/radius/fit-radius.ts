import type { FacilityFeature } from '../../datasets/schemas';
import { useStore } from '../../store/store';
import type { RadiusState } from '../../store/view-state';
import { mapViewSize } from '../camera/frame';
import { radiusCenter } from './radius-center';
import { cameraForRadius } from './radius-frame';

/**
 * Turns the radius on (or changes it) and frames the whole circle: the answer to "what is within 50 km of
 * Sherbrooke" is on screen at once. For an explicit choice (a centre, a typed or released distance), not for
 * every step of a slider drag.
 */
export function setRadiusAndFrame(radius: RadiusState, features: readonly FacilityFeature[]): void {
  const { setRadius, patch } = useStore.getState();
  setRadius(radius);
  const center = radiusCenter(radius, features);
  if (center) patch({ camera: cameraForRadius(center, radius.km, mapViewSize()) });
}

/** Frames the current radius circle (after a slider is released), if there is one. */
export function frameRadius(features: readonly FacilityFeature[]): void {
  const { radius, patch } = useStore.getState();
  const center = radiusCenter(radius, features);
  if (radius && center) patch({ camera: cameraForRadius(center, radius.km, mapViewSize()) });
}
