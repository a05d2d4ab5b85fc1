import { useEffect } from 'react';
import { useMapHandle } from '../../map/map-context';
import { useStore } from '../../store/store';
import { sameCamera } from '../camera/camera-sync';
import { setSceneFlight } from './scene-flight';

/** Longest wait for the camera to arrive before the scene's filters are applied anyway. */
const ARRIVAL_TIMEOUT_MS = 6000;

/**
 * Inside the map: a scene's view is reached in one camera flight, its filters and selection applied when the
 * camera arrives (so the audience sees the move, then the change), not before.
 */
export function SceneFlight() {
  const map = useMapHandle();
  useEffect(() => {
    setSceneFlight((view) => {
      const target = view.camera;
      const store = useStore.getState();
      if (!target || sameCamera(map.getCamera(), target)) {
        store.setView(view);
        return;
      }
      let done = false;
      const arrive = () => {
        if (done) return;
        done = true;
        off();
        window.clearTimeout(timer);
        useStore.getState().setView(view);
      };
      const off = map.onMoveEnd((camera) => {
        // An interrupted move ends elsewhere; only the arrival counts.
        if (sameCamera(camera, target) || Math.abs(camera.zoom - target.zoom) < 0.05) arrive();
      });
      const timer = window.setTimeout(arrive, ARRIVAL_TIMEOUT_MS);
      store.patch({ camera: target });
    });
    return () => setSceneFlight(null);
  }, [map]);
  return null;
}
