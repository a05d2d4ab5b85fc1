/**
 * The baseline of `npm run bench:browser`: bare MapLibre (the app's version) drawing the same files with the same
 * style, layer specs, camera and map size as the app, and nothing else — no React, no validation, no list, no
 * clusters. A category toggle is one `setFilter`. Size from `?w=&h=`.
 *
 * With `?clusters=1` it is bare MapLibre doing the app's clustered job, for a second baseline: the facility source
 * clustered with the app's options and drawn with the app's bubble layers (disc, category ring image, count), and a
 * toggle that gives the source the facilities left shown (`setData`), since a layer filter on a clustered source
 * would leave bubbles counting the hidden facilities.
 */
import {
  GeoJSONSource,
  Map as MaplibreMap,
  setWorkerUrl,
  type FilterSpecification,
  type LayerSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { BASEMAP_EXTENT, INITIAL_BOUNDS } from '../../../src/datasets/vocabulary';
import { pieImage, PIE_PIXEL_RATIO } from '../../../src/features/facility-map/cluster-pie';
import {
  clusterLayers,
  FACILITY_CLUSTERS,
  facilityLayers,
} from '../../../src/features/facility-map/facility-layer-specs';
import { nodeLayers, routeLayers } from '../../../src/features/logistics/logistics-layer-specs';
import { basemapLayers } from '../../../src/map/layers/basemap-layers';
import { LAYER, SOURCE } from '../../../src/map/layers/ids';
import { baseStyle } from '../../../src/map/style';

setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${params.get('w') ?? 560}px`;
container.style.height = `${params.get('h') ?? 700}px`;
const clustered = params.get('clusters') === '1';

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
  // The app's: labels and bubbles change at once, not over a 300 ms fade.
  fadeDuration: 0,
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
  [SOURCE.facilities]: [
    ...(clustered ? clusterLayers() : []),
    ...facilityLayers('en').filter((l) => 'source' in l && l.source === SOURCE.facilities),
  ],
};
let facilities: GeoJSON.FeatureCollection | undefined;
if (clustered) {
  map.setMissingStyleImageResolver((id) => {
    const image = pieImage(id);
    if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: PIE_PIXEL_RATIO });
  });
}
map.once('load', async () => {
  for (const [id, collection] of await Promise.all(data)) {
    const cluster = clustered && id === SOURCE.facilities;
    if (cluster) facilities = collection;
    map.addSource(id, {
      type: 'geojson',
      data: collection,
      promoteId: 'id',
      ...(cluster && {
        cluster: true,
        clusterRadius: FACILITY_CLUSTERS.radius,
        clusterMaxZoom: FACILITY_CLUSTERS.maxZoom,
        clusterMinPoints: 2,
        clusterProperties: FACILITY_CLUSTERS.properties,
      }),
    });
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
      const source = map.getSource(SOURCE.facilities);
      if (clustered && facilities && source instanceof GeoJSONSource) {
        void source.setData({
          ...facilities,
          features: facilities.features.filter((f) => f.properties?.['category'] !== category),
        });
      } else {
        const filter: FilterSpecification = ['!=', ['get', 'category'], category];
        for (const id of [LAYER.facilities, LAYER.facilityLabels])
          if (map.getLayer(id)) map.setFilter(id, filter);
      }
      return new Promise((resolve) => map.once('idle', () => resolve(performance.now() - start)));
    },
  },
});
