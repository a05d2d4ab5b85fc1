import type { Camera } from '../../store/view-state';

/** The on-screen size of the map (px); a typical desktop map when there is none (list-only view, tests). */
export interface ViewSize {
  width: number;
  height: number;
}

/**
 * A camera that frames points (a line, the shown facilities, a radius circle): the centre of its bounding box, at the largest zoom that shows the whole box
 * inside a view of `view` pixels less `paddingPx` on each side (MapLibre's Web Mercator world is 512 px wide
 * at zoom 0), capped at `maxZoom`.
 */
export function cameraForPoints(
  coordinates: readonly (readonly [number, number] | readonly number[])[],
  view: ViewSize = { width: 800, height: 600 },
  maxZoom = 11,
  paddingPx = 40,
): Camera {
  const lons = coordinates.map((c) => c[0] ?? 0);
  const lats = coordinates.map((c) => c[1] ?? 0);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const lonFraction = Math.max(east - west, 1e-9) / 360;
  const latFraction = Math.max(mercatorY(north) - mercatorY(south), 1e-9) / (2 * Math.PI);
  const width = Math.max(view.width - 2 * paddingPx, 1);
  const height = Math.max(view.height - 2 * paddingPx, 1);
  const zoom = Math.min(Math.log2(width / 512 / lonFraction), Math.log2(height / 512 / latFraction));
  return {
    lon: Number(((west + east) / 2).toFixed(4)),
    lat: Number(((south + north) / 2).toFixed(4)),
    zoom: Number(Math.max(0, Math.min(maxZoom, zoom)).toFixed(2)),
  };
}

/** The size of the map on the page, for framing (the default when there is no map). */
export function mapViewSize(): ViewSize | undefined {
  const box = document.querySelector('.map-view')?.getBoundingClientRect();
  return box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : undefined;
}
