import { useEffect, useMemo } from 'react';
import { useRadius } from './use-radius';
import { circlePolygon } from '../../spatial';
import { setRadiusAndFrame } from './fit-radius';
import { useStore } from '../../store/store';
import { GeoJsonSource } from '../../map/geojson-source';
import { SOURCE } from '../../map/layers/ids';
import { radiusLayers } from './radius-layer-specs';
import { useMapHandle } from '../../map/map-context';
import { MapLayer } from '../../map/map-layer';

const round = (v: number) => Number(v.toFixed(4));

/**
 * The radius circle (geodesic, the same boundary the query uses) and the "pick a point" mode: while
 * picking, the next click on the map sets the centre. The circle is the source's data, so it is
 * replaced (setData) when the centre or the radius changes; the facilities are not touched.
 */
export function RadiusLayers() {
  const map = useMapHandle();
  const { center, km } = useRadius();
  const picking = useStore((s) => s.picking);
  const specs = useMemo(() => radiusLayers(), []);
  const circle = useMemo(
    () => (center ? { type: 'FeatureCollection' as const, features: [circlePolygon(center, km)] } : null),
    [center, km],
  );

  useEffect(() => {
    if (!picking) return;
    // Captured first, so Escape cancels picking without also clearing the search or the selection.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      useStore.getState().setPicking(false);
    };
    window.addEventListener('keydown', onKey, true);
    const off = map.onMapClick(([lon, lat]) => {
      const { radius } = useStore.getState();
      setRadiusAndFrame(
        { center: { kind: 'point', lon: round(lon), lat: round(lat) }, km: radius?.km ?? 100 },
        [],
      );
    });
    return () => {
      off();
      window.removeEventListener('keydown', onKey, true);
    };
  }, [map, picking]);

  if (!circle) return null;
  return (
    <GeoJsonSource id={SOURCE.radius} data={circle}>
      {specs.map((spec) => (
        <MapLayer key={spec.id} spec={spec} />
      ))}
    </GeoJsonSource>
  );
}
