import { geodesicDestination } from '../../spatial';
import type { Camera } from '../../store/view-state';
import { cameraForPoints, type ViewSize } from '../camera/frame';

/**
 * The points that bound a radius circle (its centre and its north, east, south and west extremes, by the
 * same geodesic the circle is drawn with), plus any `extra` points to keep in view.
 */
export function radiusFramePoints(
  center: readonly [number, number],
  km: number,
  extra: readonly (readonly [number, number])[] = [],
): [number, number][] {
  const rim = [0, 90, 180, 270].map((azimuth) => geodesicDestination([center[0], center[1]], azimuth, km));
  return [
    [center[0], center[1]],
    ...rim.map((p): [number, number] => [p[0], p[1]]),
    ...extra.map((p): [number, number] => [p[0], p[1]]),
  ];
}

/** A camera that shows the whole radius circle (and `extra` points) in a map of `view` pixels. */
export function cameraForRadius(
  center: readonly [number, number],
  km: number,
  view?: ViewSize,
  extra: readonly (readonly [number, number])[] = [],
): Camera {
  return cameraForPoints(radiusFramePoints(center, km, extra), view, 12, 30);
}
