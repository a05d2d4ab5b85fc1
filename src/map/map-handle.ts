import type {
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

export interface MapCamera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface MapPointerEvent {
  /** Screen position of the pointer within the map, in CSS pixels. */
  point: [number, number];
  /** The `id` property of the topmost feature under the pointer, if any. */
  featureId: string | undefined;
  lngLat: [number, number];
  /** The properties of that feature (a cluster bubble's counts), empty when there is none. */
  properties?: Readonly<Record<string, unknown>>;
  /** That feature's position when it is a point, [lon, lat]. */
  coordinates?: [number, number] | undefined;
}

/** MapLibre's own clustering of a GeoJSON source's points (done in its worker, again on every setData). */
export interface SourceClusterOptions {
  /** Radius of a cluster in CSS pixels at 512-px tiles. */
  radius: number;
  /** Above this integer zoom nothing is clustered. */
  maxZoom: number;
  /** Aggregates kept on each bubble, as MapLibre's `clusterProperties` (map and reduce expressions). */
  properties?: GeoJSONSourceSpecification['clusterProperties'];
}

/**
 * The narrow surface of the map that the rest of src/map drives. The real implementation wraps
 * maplibre-gl (maplibre-engine.ts); component tests use a recording fake, so every call the app makes
 * on the map is visible to them.
 */
export interface MapHandle {
  onLoad(callback: () => void): void;
  addSource(id: string, source: GeoJSONSourceSpecification): void;
  setSourceData(id: string, data: GeoJSONSourceSpecification['data']): void;
  /** Removes the source and, first, every layer drawn from it. */
  removeSource(id: string): void;
  addLayer(layer: LayerSpecification, beforeId?: string): void;
  removeLayer(id: string): void;
  hasLayer(id: string): boolean;
  setFilter(layerId: string, filter: FilterSpecification | null): void;
  setVisibility(layerId: string, visible: boolean): void;
  /** Subscribes to every click on the map, anywhere; returns the unsubscribe function. */
  onMapClick(handler: (lngLat: [number, number]) => void): () => void;
  /** Subscribes to clicks on a layer; returns the unsubscribe function. */
  onLayerClick(layerId: string, handler: (event: MapPointerEvent) => void): () => void;
  /** Shows a pointer cursor over a layer's features; returns the undo function. */
  showPointerCursor(layerId: string): () => void;
  fitBounds(bounds: Bounds, options?: { animate?: boolean; padding?: number }): void;
  /** Moves the camera; `animate` false jumps (used when restoring a URL). */
  moveTo(camera: MapCamera, animate: boolean): void;
  getCamera(): MapCamera;
  /** The scale bar's unit system. */
  setScaleUnit(unit: 'metric' | 'imperial'): void;
  /** Subscribes to the end of every camera move (not every frame); returns the unsubscribe function. */
  onMoveEnd(handler: (camera: MapCamera, byUser: boolean) => void): () => void;
  /**
   * Subscribes to the pointer over a layer's features: the id under the pointer and where it is (CSS px in
   * the map), or null when it leaves; returns the unsubscribe function.
   */
  onLayerHover(
    layerId: string,
    handler: (
      featureId: string | null,
      point?: [number, number],
      properties?: Readonly<Record<string, unknown>>,
    ) => void,
  ): () => void;
  /** The zoom at which a bubble of a clustered source splits (MapLibre answers from its worker). */
  clusterExpansionZoom(sourceId: string, clusterId: number): Promise<number>;
  /**
   * Draws images the style asks for by id (a symbol's `icon-image`) on demand: `provide` answers the ids it
   * knows (RGBA pixels), undefined for others. Returns the function that stops providing.
   */
  provideImages(provide: (id: string) => MapImage | undefined): () => void;
  /** The ids of the features of the layers drawn within `radiusPx` of a screen point (for stacked points). */
  featureIdsNear(layerIds: string | readonly string[], point: [number, number], radiusPx: number): string[];
  /**
   * Subscribes to the WebGL context being lost and restored; returns the unsubscribe function. While lost,
   * every style change is a no-op (MapLibre would throw, and its restore would bring back the style as it was at
   * the loss anyway).
   */
  onContextChange(handler: (state: 'lost' | 'restored') => void): () => void;
  /**
   * The map as drawn now, copied into a new canvas at `pixelRatio` device pixels per CSS pixel (drawn again
   * at that ratio when it differs from the screen's); null when the map cannot draw.
   */
  snapshot(pixelRatio: number): HTMLCanvasElement | null;
  /**
   * Follows whether the map has finished drawing (MapLibre's idle: no tile, source or transition pending) and
   * asks for a fresh frame, so an idle follows the subscription; returns the unsubscribe function.
   */
  onIdleChange(handler: (idle: boolean) => void): () => void;
  remove(): void;
}

/** An image for the style: RGBA pixels, drawn at `pixelRatio` device pixels per CSS pixel. */
export interface MapImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
  pixelRatio: number;
}

export interface MapCreateOptions {
  container: HTMLElement;
  style: StyleSpecification;
  bounds: Bounds;
  /** The camera never shows anything outside these bounds (the basemap's extent). */
  maxBounds: Bounds;
  locale: Record<string, string>;
  /** MapLibre's cooperative gestures (for a map embedded in another page). */
  cooperativeGestures?: boolean;
}

/** Creates maps; `isSupported` tells whether this browser can draw one (WebGL2 for MapLibre 6). */
export interface MapEngine {
  isSupported(): boolean;
  /** Calls `onChange` when `isSupported` changes (a map failed to get its context); returns the unsubscribe. */
  onSupportChange(onChange: () => void): () => void;
  /** The new map, or null when this browser cannot draw one after all (`isSupported` is false from then on). */
  create(options: MapCreateOptions): MapHandle | null;
}
