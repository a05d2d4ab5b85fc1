import type { FilterSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapCamera, MapEngine, MapHandle, MapImage, MapPointerEvent } from '../../src/map/map-handle';

export type MapCall =
  | { method: 'addSource'; id: string; source: GeoJSONSourceSpecification }
  | { method: 'setSourceData'; id: string; data: GeoJSONSourceSpecification['data'] }
  | { method: 'removeSource'; id: string }
  | { method: 'addLayer'; layer: LayerSpecification; beforeId: string | undefined }
  | { method: 'removeLayer'; id: string }
  | { method: 'setFilter'; layerId: string; filter: FilterSpecification | null }
  | { method: 'moveTo'; camera: MapCamera; animate: boolean }
  | { method: 'fitBounds' | 'flyTo' | 'remove' };

/** A recording stand-in for MapLibre: components drive it exactly as they drive the real map. */
export class FakeMap implements MapHandle {
  calls: MapCall[] = [];
  layers = new Map<string, LayerSpecification>();
  /** Layer ids bottom to top, as MapLibre would stack them given each addLayer's beforeId. */
  order: string[] = [];
  clickHandlers = new Map<string, (event: MapPointerEvent) => void>();

  onLoad(callback: () => void): void {
    queueMicrotask(callback);
  }
  /** Each source's current data, as the map would draw it. */
  sourceData = new Map<string, GeoJSONSourceSpecification['data']>();
  addSource(id: string, source: GeoJSONSourceSpecification): void {
    this.sourceData.set(id, source.data);
    this.calls.push({ method: 'addSource', id, source });
  }
  setSourceData(id: string, data: GeoJSONSourceSpecification['data']): void {
    this.sourceData.set(id, data);
    this.calls.push({ method: 'setSourceData', id, data });
  }
  /** The ids of the features a source holds now, in order. */
  idsIn(id: string): string[] {
    const data = this.sourceData.get(id);
    if (typeof data !== 'object' || data === null || !('features' in data)) return [];
    return data.features.map((f) => String(f.properties?.['id']));
  }
  removeSource(id: string): void {
    this.sourceData.delete(id);
    this.calls.push({ method: 'removeSource', id });
  }
  addLayer(layer: LayerSpecification, beforeId?: string): void {
    if (this.layers.has(layer.id)) throw new Error(`FakeMap: layer ${layer.id} already exists`);
    this.layers.set(layer.id, layer);
    const at = beforeId === undefined ? -1 : this.order.indexOf(beforeId);
    if (beforeId !== undefined && at < 0) throw new Error(`FakeMap: beforeId ${beforeId} is not on the map`);
    if (at < 0) this.order.push(layer.id);
    else this.order.splice(at, 0, layer.id);
    this.calls.push({ method: 'addLayer', layer, beforeId });
  }
  removeLayer(id: string): void {
    this.layers.delete(id);
    this.order = this.order.filter((l) => l !== id);
    this.calls.push({ method: 'removeLayer', id });
  }
  hasLayer(id: string): boolean {
    return this.layers.has(id);
  }
  setFilter(layerId: string, filter: FilterSpecification | null): void {
    this.calls.push({ method: 'setFilter', layerId, filter });
  }
  setVisibility(): void {}
  mapClickHandlers = new Set<(lngLat: [number, number]) => void>();
  onMapClick(handler: (lngLat: [number, number]) => void): () => void {
    this.mapClickHandlers.add(handler);
    return () => this.mapClickHandlers.delete(handler);
  }
  /** Simulates a click on an empty part of the map. */
  clickMap(lngLat: [number, number]): void {
    for (const handler of this.mapClickHandlers) handler(lngLat);
  }
  onLayerClick(layerId: string, handler: (event: MapPointerEvent) => void): () => void {
    this.clickHandlers.set(layerId, handler);
    return () => this.clickHandlers.delete(layerId);
  }
  showPointerCursor(): () => void {
    return () => {};
  }
  // Zoomed in past the clustering range, so every shown facility is drawn on its own.
  camera = { lon: -73, lat: 44, zoom: 12 };
  moveEndHandlers = new Set<(camera: MapCamera, byUser: boolean) => void>();
  hoverHandlers = new Map<
    string,
    Set<(id: string | null, point?: [number, number], properties?: Readonly<Record<string, unknown>>) => void>
  >();
  /** Simulates the pointer moving over a feature of a layer (or leaving it, with null). */
  hover(
    layerId: string,
    id: string | null,
    point: [number, number] = [100, 100],
    properties: Readonly<Record<string, unknown>> = {},
  ): void {
    for (const handler of this.hoverHandlers.get(layerId) ?? [])
      handler(id, id === null ? undefined : point, properties);
  }
  /** What clusterExpansionZoom answers for every bubble (MapLibre's clustering is not simulated). */
  expansionZoom = 7;
  clusterExpansionZoom(): Promise<number> {
    return Promise.resolve(this.expansionZoom);
  }
  imageProviders = new Set<(id: string) => MapImage | undefined>();
  provideImages(provide: (id: string) => MapImage | undefined): () => void {
    this.imageProviders.add(provide);
    return () => this.imageProviders.delete(provide);
  }
  /** The image the style would get for `id`, as MapLibre would ask for it. */
  imageFor(id: string): MapImage | undefined {
    for (const provide of this.imageProviders) {
      const image = provide(id);
      if (image) return image;
    }
    return undefined;
  }
  /** What featureIdsNear answers: the facilities "drawn" under the pointer. */
  idsUnderPointer: string[] = [];
  /**
   * Like MapLibre, a jump ends its move at once (moveend, not by the user); an animation ends when the test
   * says so (arrive()).
   */
  moveTo(camera: MapCamera, animate: boolean): void {
    this.camera = camera;
    this.calls.push({ method: 'moveTo', camera, animate });
    if (!animate) for (const handler of [...this.moveEndHandlers]) handler(camera, false);
  }
  /** Ends the current animated move where it was going. */
  arrive(): void {
    for (const handler of [...this.moveEndHandlers]) handler(this.camera, false);
  }
  scaleUnit: 'metric' | 'imperial' = 'metric';
  setScaleUnit(unit: 'metric' | 'imperial'): void {
    this.scaleUnit = unit;
  }
  getCamera(): MapCamera {
    return this.camera;
  }
  onMoveEnd(handler: (camera: MapCamera, byUser: boolean) => void): () => void {
    this.moveEndHandlers.add(handler);
    return () => this.moveEndHandlers.delete(handler);
  }
  /** Simulates the user panning the map. */
  userMovesTo(camera: MapCamera): void {
    this.camera = camera;
    for (const handler of this.moveEndHandlers) handler(camera, true);
  }
  onLayerHover(
    layerId: string,
    handler: (
      id: string | null,
      point?: [number, number],
      properties?: Readonly<Record<string, unknown>>,
    ) => void,
  ): () => void {
    const handlers = this.hoverHandlers.get(layerId) ?? new Set();
    handlers.add(handler);
    this.hoverHandlers.set(layerId, handlers);
    return () => handlers.delete(handler);
  }
  featureIdsNear(): string[] {
    return this.idsUnderPointer;
  }
  fitBounds(): void {
    this.calls.push({ method: 'fitBounds' });
  }
  contextHandlers = new Set<(state: 'lost' | 'restored') => void>();
  onContextChange(handler: (state: 'lost' | 'restored') => void): () => void {
    this.contextHandlers.add(handler);
    return () => this.contextHandlers.delete(handler);
  }
  /** Simulates the browser taking the WebGL context away, or giving it back. */
  context(state: 'lost' | 'restored'): void {
    for (const handler of [...this.contextHandlers]) handler(state);
  }
  idleHandlers = new Set<(idle: boolean) => void>();
  onIdleChange(handler: (idle: boolean) => void): () => void {
    this.idleHandlers.add(handler);
    queueMicrotask(() => handler(true));
    return () => this.idleHandlers.delete(handler);
  }
  /** Snapshots as asked for (pixel ratios), each a blank canvas of 400×300 CSS px. */
  snapshots: number[] = [];
  snapshot(pixelRatio: number): HTMLCanvasElement {
    this.snapshots.push(pixelRatio);
    const canvas = document.createElement('canvas');
    canvas.width = 400 * pixelRatio;
    canvas.height = 300 * pixelRatio;
    return canvas;
  }
  remove(): void {
    this.calls.push({ method: 'remove' });
  }

  /** The calls of one method, typed. */
  callsOf<M extends MapCall['method']>(method: M): Extract<MapCall, { method: M }>[] {
    return this.calls.filter((c): c is Extract<MapCall, { method: M }> => c.method === method);
  }
}

/**
 * An engine whose maps are FakeMaps; `maps` holds every map created, latest last. With `contextFails`, the
 * browser claims WebGL 2 but the map gets no context: create answers null and support turns false.
 */
export function fakeEngine(
  supported = true,
  initialCamera?: MapCamera,
  contextFails = false,
): MapEngine & { maps: FakeMap[] } {
  const maps: FakeMap[] = [];
  let ok = supported;
  const listeners = new Set<() => void>();
  return {
    maps,
    isSupported: () => ok,
    onSupportChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    create: () => {
      if (contextFails) {
        ok = false;
        for (const listener of [...listeners]) listener();
        return null;
      }
      const map = new FakeMap();
      if (initialCamera) map.camera = initialCamera;
      maps.push(map);
      return map;
    },
  };
}
