import { useMemo } from 'react';
import { usePairs } from './use-pairs';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { GeoJsonSource } from '../../map/geojson-source';
import { SOURCE } from '../../map/layers/ids';
import { pairLayers } from './pair-layer-specs';
import { MapLayer } from '../../map/map-layer';

/** The cross-border pairs drawn as lines; the lines are this source's data, replaced when the pairs change. */
export function PairLayers() {
  const pairs = usePairs();
  const { all } = useVisibleFacilities();
  const specs = useMemo(() => pairLayers(), []);
  const lines = useMemo(() => {
    if (!pairs || !all) return null;
    const position = new Map(all.map((f) => [f.id, f.geometry.coordinates]));
    return {
      type: 'FeatureCollection' as const,
      features: pairs.flatMap((link) => {
        const a = position.get(String(link.a));
        const b = position.get(String(link.b));
        if (!a || !b) return [];
        return [
          {
            type: 'Feature' as const,
            properties: { a: String(link.a), b: String(link.b), km: link.straightKm },
            geometry: { type: 'LineString' as const, coordinates: [a, b] },
          },
        ];
      }),
    };
  }, [pairs, all]);
  if (!lines) return null;
  return (
    <GeoJsonSource id={SOURCE.pairs} data={lines}>
      {specs.map((spec) => (
        <MapLayer key={spec.id} spec={spec} />
      ))}
    </GeoJsonSource>
  );
}
