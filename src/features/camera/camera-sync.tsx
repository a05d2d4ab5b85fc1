import { useEffect, useRef } from 'react';
import { INITIAL_BOUNDS } from '../../datasets/vocabulary';
import { useStore } from '../../store/store';
import { useMapHandle } from '../../map/map-context';
import type { MapCamera } from '../../map/map-handle';

/** Cameras closer than the URL's rounding are the same camera. */
export function sameCamera(a: MapCamera, b: MapCamera): boolean {
  return Math.abs(a.lon - b.lon) < 1e-4 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.zoom - b.zoom) < 0.01;
}

/**
 * Keeps the store's camera (and so the URL) and the map's camera in step: the map reports where the
 * user left it at the end of each move (never per frame); a camera set elsewhere (a link, back/forward,
 * "zoom to", a search) moves the map — at once the first time (opening a link), animated after that.
 */
export function CameraSync() {
  const map = useMapHandle();
  const camera = useStore((s) => s.camera);
  const setCamera = useStore((s) => s.setCamera);
  const first = useRef(true);

  useEffect(() => map.onMoveEnd((moved) => setCamera(moved)), [map, setCamera]);

  const had = useRef(false);
  useEffect(() => {
    if (camera !== null && !sameCamera(map.getCamera(), camera)) map.moveTo(camera, !first.current);
    // Back to a view without a camera (the opening one): frame the corridor again.
    if (camera === null && had.current) map.fitBounds(INITIAL_BOUNDS, { animate: true });
    had.current = camera !== null;
    first.current = false;
  }, [map, camera]);

  // The scale bar follows the distance unit the user chose.
  const unit = useStore((s) => s.unit);
  useEffect(() => map.setScaleUnit(unit === 'mi' ? 'imperial' : 'metric'), [map, unit]);

  return null;
}
