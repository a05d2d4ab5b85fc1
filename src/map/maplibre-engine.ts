import {
  GeoJSONSource,
  Map as MaplibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type MapLayerMouseEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre 6 is ES-module only: its worker must be served as a file of our own origin (no blob: worker,
// which a strict CSP would block). Without setWorkerUrl the map loads but stays blank.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { MapEngine, MapHandle } from './map-handle';
import { sourceUpdates } from './source-updates';
import { markWebGL2Failed, onWebGL2Change, supportsWebGL2 } from './webgl';

let workerConfigured = false;

/** Exported for tests: the handle over one MapLibre map. */
export function wrap(map: MaplibreMap, scale: ScaleControl): MapHandle {
  // React cleans a removed map's children up after the map itself (parents' effects are destroyed first):
  // once removed, changes to its style are no-ops rather than errors.
  let removed = false;
  let lost = false;
  map.on('webglcontextlost', () => (lost = true));
  const gone = () => removed || lost;
  const idleHandlers = new Set<(idle: boolean) => void>();
  const sources = sourceUpdates(map, gone, () => idleHandlers.forEach((handler) => handler(false)));
  return {
    onLoad(callback) {
      if (map.loaded()) callback();
      else map.once('load', callback);
    },
    addSource: (id, source) => {
      if (gone()) return;
      map.addSource(id, source);
      sources.added(id, source.data);
    },
    setSourceData(id, data) {
      if (!gone()) sources.set(id, data);
    },
    removeSource: (id) => {
      if (gone()) return;
      // React may clean the source up before the layers that use it; MapLibre refuses that order.
      for (const layer of map.getStyle().layers) {
        if ('source' in layer && layer.source === id) map.removeLayer(layer.id);
      }
      if (map.getSource(id)) map.removeSource(id);
      sources.removed(id);
    },
    addLayer: (layer, beforeId) => {
      if (!gone()) map.addLayer(layer, beforeId);
    },
    removeLayer: (id) => {
      if (!gone() && map.getLayer(id)) map.removeLayer(id);
    },
    hasLayer: (id) => !gone() && map.getLayer(id) !== undefined,
    setFilter: (layerId, filter) => {
      if (!gone() && map.getLayer(layerId)) map.setFilter(layerId, filter);
    },
    setVisibility: (layerId, visible) => {
      if (!gone() && map.getLayer(layerId))
        map.setLayoutProperty(layerId, 'visibility', visible ? 'visible' : 'none');
    },
    onContextChange(handler) {
      const onLost = () => handler('lost');
      const onRestored = () => handler('restored');
      map.on('webglcontextlost', onLost);
      map.on('webglcontextrestored', onRestored);
      return () => {
        map.off('webglcontextlost', onLost);
        map.off('webglcontextrestored', onRestored);
      };
    },
    onMapClick(handler) {
      const listener = (event: { lngLat: { lng: number; lat: number } }) =>
        handler([event.lngLat.lng, event.lngLat.lat]);
      map.on('click', listener);
      return () => map.off('click', listener);
    },
    onLayerClick(layerId, handler) {
      const listener = (event: MapLayerMouseEvent) => {
        const feature = event.features?.[0];
        const raw: unknown = feature?.properties['id'];
        const geometry = feature?.geometry;
        const [lon, lat] = geometry?.type === 'Point' ? geometry.coordinates : [];
        handler({
          point: [event.point.x, event.point.y],
          featureId: typeof raw === 'string' ? raw : undefined,
          lngLat: [event.lngLat.lng, event.lngLat.lat],
          properties: feature?.properties ?? {},
          coordinates: lon !== undefined && lat !== undefined ? [lon, lat] : undefined,
        });
      };
      map.on('click', layerId, listener);
      return () => map.off('click', layerId, listener);
    },
    showPointerCursor(layerId) {
      const enter = () => (map.getCanvas().style.cursor = 'pointer');
      const leave = () => (map.getCanvas().style.cursor = '');
      map.on('mouseenter', layerId, enter);
      map.on('mouseleave', layerId, leave);
      return () => {
        map.off('mouseenter', layerId, enter);
        map.off('mouseleave', layerId, leave);
      };
    },
    fitBounds: (bounds, options) =>
      map.fitBounds(
        [
          [bounds[0], bounds[1]],
          [bounds[2], bounds[3]],
        ],
        { animate: options?.animate ?? true, padding: options?.padding ?? 20 },
      ),
    moveTo: (camera, animate) => {
      const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
      if (animate) map.flyTo({ ...target, essential: false });
      else map.jumpTo(target);
    },
    setScaleUnit: (unit) => scale.setUnit(unit),
    getCamera: () => {
      const center = map.getCenter();
      return { lon: center.lng, lat: center.lat, zoom: map.getZoom() };
    },
    onMoveEnd(handler) {
      const listener = (event: { originalEvent?: unknown }) => {
        const center = map.getCenter();
        handler({ lon: center.lng, lat: center.lat, zoom: map.getZoom() }, event.originalEvent !== undefined);
      };
      map.on('moveend', listener);
      return () => map.off('moveend', listener);
    },
    onLayerHover(layerId, handler) {
      const move = (event: MapLayerMouseEvent) => {
        const properties = event.features?.[0]?.properties ?? {};
        const raw: unknown = properties['id'] ?? properties['cluster_id'];
        const id = typeof raw === 'string' ? raw : typeof raw === 'number' ? `cluster-${raw}` : null;
        handler(id, [event.point.x, event.point.y], properties);
      };
      const leave = () => handler(null);
      map.on('mousemove', layerId, move);
      map.on('mouseleave', layerId, leave);
      return () => {
        map.off('mousemove', layerId, move);
        map.off('mouseleave', layerId, leave);
      };
    },
    provideImages(provide) {
      // MapLibre 6 asks a resolver for an image the moment a symbol needs it; one added there is drawn
      // with the symbol (a `styleimagemissing` listener is too late for the current request).
      map.setMissingStyleImageResolver((id) => {
        if (removed || map.hasImage(id)) return;
        const image = provide(id);
        if (image) {
          map.addImage(
            id,
            { width: image.width, height: image.height, data: image.data },
            { pixelRatio: image.pixelRatio },
          );
        }
      });
      return () => {
        if (!removed) map.setMissingStyleImageResolver(null);
      };
    },
    async clusterExpansionZoom(sourceId, clusterId) {
      const source = gone() ? undefined : map.getSource(sourceId);
      if (!(source instanceof GeoJSONSource)) throw new Error(`clusterExpansionZoom: no source ${sourceId}`);
      return source.getClusterExpansionZoom(clusterId);
    },
    featureIdsNear(layerIds, [x, y], radiusPx) {
      if (removed) return [];
      const layers = (typeof layerIds === 'string' ? [layerIds] : layerIds).filter((id) => map.getLayer(id));
      const ids = map
        .queryRenderedFeatures(
          [
            [x - radiusPx, y - radiusPx],
            [x + radiusPx, y + radiusPx],
          ],
          { layers },
        )
        .map((f): unknown => f.properties['id'])
        .filter((id): id is string => typeof id === 'string');
      return [...new Set(ids)];
    },
    onIdleChange(handler) {
      // Not idle while source data waits to be sent (see sourceUpdates): a frame drawn meanwhile is not the answer.
      const idle = () => handler(!sources.waiting);
      const busy = () => handler(false);
      map.on('idle', idle);
      map.on('dataloading', busy);
      map.on('movestart', busy);
      idleHandlers.add(handler);
      if (!gone()) map.triggerRepaint();
      return () => {
        idleHandlers.delete(handler);
        map.off('idle', idle);
        map.off('dataloading', busy);
        map.off('movestart', busy);
      };
    },
    snapshot(pixelRatio) {
      if (gone()) return null;
      const original = map.getPixelRatio();
      if (pixelRatio !== original) map.setPixelRatio(pixelRatio);
      // A synchronous draw, so the buffer is complete when it is copied.
      map.redraw();
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
      if (pixelRatio !== original) {
        map.setPixelRatio(original);
        map.redraw();
      }
      return copy;
    },
    remove: () => {
      removed = true;
      map.remove();
    },
  };
}

/** The real engine: MapLibre GL JS. The only module that imports maplibre-gl at run time. */
export const maplibreEngine: MapEngine = {
  isSupported: supportsWebGL2,
  onSupportChange: onWebGL2Change,
  create({ container, style, bounds, maxBounds, locale, cooperativeGestures = false }) {
    if (!workerConfigured) {
      setWorkerUrl(workerUrl);
      workerConfigured = true;
    }
    let map: MaplibreMap;
    try {
      map = new MaplibreMap({
        container,
        style,
        bounds: [
          [bounds[0], bounds[1]],
          [bounds[2], bounds[3]],
        ],
        fitBoundsOptions: { padding: 10 },
        attributionControl: { compact: true },
        locale,
        cooperativeGestures,
        maxBounds: [
          [maxBounds[0], maxBounds[1]],
          [maxBounds[2], maxBounds[3]],
        ],
        // Labels and bubbles appear and go at once when a filter changes, rather than over a 300 ms fade: a
        // presenter's click shows its answer in the next frame, and the map is idle (settled) that much sooner.
        fadeDuration: 0,
        // Keeps the drawing buffer for screenshots and pixel checks in the browser tests.
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
    } catch {
      // MapLibre throws when the browser gives it no WebGL 2 context (blocked GPU, too many contexts, or
      // none at all): the app switches to its list-only view.
      markWebGL2Failed();
      return null;
    }
    // Lets the browser tests query what was drawn (queryRenderedFeatures); MapView says when it is idle.
    Object.defineProperty(container, 'maplibreMap', { value: map, configurable: true });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    const scale = new ScaleControl({ unit: 'metric' });
    map.addControl(scale, 'bottom-left');
    return wrap(map, scale);
  },
};
