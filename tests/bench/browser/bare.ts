/**
 * The baseline of `npm run bench:browser`: bare MapLibre (the app's version) drawing the same files with the same
 * style, layer specs, camera and map size as the app, and nothing else — no React, no validation, no list, no
 * clusters. A category toggle is one `setFilter`. Size from `?w=&h=`.
 */
import {
  Map as MaplibreMap,
  setWorkerUrl,
  type FilterSpecification,
  type LayerSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { BASEMAP_EXTENT, INITIAL_BOUNDS } from '../../../src/datasets/vocabulary';
import { facilityLayers } from '../../../src/features/facility-map/facility-layer-specs';
import { nodeLayers, routeLayers } from '../../../src/features/logistics/logistics-layer-specs';
import { basemapLayers } from '../../../src/map/layers/basemap-layers';
import { LAYER, SOURCE } from '../../../src/map/layers/ids';
import { baseStyle } from '../../../src/map/style';

setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${params.get('w') ?? 560}px`;
container.style.height = `${params.get('h') ?? 700}px`;

// Every fetch starts at once, before the map exists.
const files = {
  [SOURCE.basemap]: 'geo/basemap.geojson',
  [SOURCE.routes]: 'geo/routes.geojson',
  [SOURCE.nodes]: 'geo/logistics-nodes.geojson',
  [SOURCE.facilities]: 'geo/facilities.geojson',
};
const data = Object.entries(files).map(
  async ([id, url]) => [id, (await (await fetch(url)).json()) as GeoJSON.FeatureCollection] as const,
);

const map = new MaplibreMap({
  container,
  style: baseStyle(),
  bounds: [
    [INITIAL_BOUNDS[0], INITIAL_BOUNDS[1]],
    [INITIAL_BOUNDS[2], INITIAL_BOUNDS[3]],
  ],
  fitBoundsOptions: { padding: 10 },
  maxBounds: [
    [BASEMAP_EXTENT[0], BASEMAP_EXTENT[1]],
    [BASEMAP_EXTENT[2], BASEMAP_EXTENT[3]],
  ],
});
const layers: Record<string, LayerSpecification[]> = {
  [SOURCE.basemap]: basemapLayers('en'),
  [SOURCE.routes]: routeLayers(),
  [SOURCE.nodes]: nodeLayers('en'),
  // The app's facility layers on the one facility source (no clusters, no selection here).
  [SOURCE.facilities]: facilityLayers('en').filter((l) => 'source' in l && l.source === SOURCE.facilities),
};
map.once('load', async () => {
  for (const [id, collection] of await Promise.all(data)) {
    map.addSource(id, { type: 'geojson', data: collection, promoteId: 'id' });
    for (const layer of layers[id] ?? []) map.addLayer(layer);
  }
  map.once('idle', () => document.body.setAttribute('data-idle', 'true'));
});

/** For the runner: hide one category (one filter on the facility layers) and resolve at the next idle. */
Object.assign(window, {
  __map: map,
  bench: {
    toggle(category: string): Promise<number> {
      const start = performance.now();
      const filter: FilterSpecification = ['!=', ['get', 'category'], category];
      for (const id of [LAYER.facilities, LAYER.facilityLabels])
        if (map.getLayer(id)) map.setFilter(id, filter);
      return new Promise((resolve) => map.once('idle', () => resolve(performance.now() - start)));
    },
  },
});
