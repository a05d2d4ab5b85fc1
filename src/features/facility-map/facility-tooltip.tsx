import { useEffect, useState } from 'react';
import type { FacilityFeature } from '../../datasets/schemas';
import { CATEGORIES } from '../../datasets/vocabulary';
import { facilityName } from '../../i18n/facility-text';
import { LAYER } from '../../map/layers/ids';
import { useMapHandle } from '../../map/map-context';
import { countProperty } from './facility-layer-specs';
import { useStore } from '../../store/store';
import { useT } from '../language/use-t';

type Hovered = {
  layer: 'facility' | 'cluster';
  id: string;
  point: [number, number];
  properties: Readonly<Record<string, unknown>>;
} | null;

/**
 * A short bilingual tooltip under the pointer: a facility's name, category and status; a bubble's count by
 * category. Text only (names are data: rendered as text, never as HTML). Not focusable: the same facts are
 * in the list and the details, which the keyboard reaches.
 */
export function FacilityTooltip({ find }: { find: (id: string) => FacilityFeature | undefined }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const map = useMapHandle();
  const [hovered, setHovered] = useState<Hovered>(null);

  useEffect(() => {
    // A touch screen has no hover: a tap selects, and its emulated mouse move must not leave a tooltip behind.
    if (window.matchMedia('(hover: none)').matches) return;
    const follow =
      (layer: 'facility' | 'cluster') =>
      (id: string | null, point?: [number, number], properties: Readonly<Record<string, unknown>> = {}) =>
        setHovered((current) =>
          id !== null && point ? { layer, id, point, properties } : current?.layer === layer ? null : current,
        );
    const offFacility = map.onLayerHover(LAYER.facilities, follow('facility'));
    const offSelected = map.onLayerHover(LAYER.facilitySelectedCircle, follow('facility'));
    const offCluster = map.onLayerHover(LAYER.clusters, follow('cluster'));
    return () => {
      offFacility();
      offSelected();
      offCluster();
    };
  }, [map]);

  if (!hovered) return null;
  const style = { left: hovered.point[0], top: hovered.point[1] };
  if (hovered.layer === 'facility') {
    const f = find(hovered.id);
    if (!f) return null;
    return (
      <div className="map-tooltip" role="tooltip" style={style}>
        <strong>{facilityName(f.properties, lang)}</strong>
        <span>
          {t(`category.${f.properties.category}`)} · {t(`status.${f.properties.status}`)}
        </span>
      </div>
    );
  }
  // A bubble's counts are MapLibre's: the total and, per category, the sums its clustering kept.
  const number = (key: string) => {
    const value = hovered.properties[key];
    return typeof value === 'number' ? value : 0;
  };
  const counts = CATEGORIES.map((c) => [c, number(countProperty(c))] as const).filter(([, n]) => n > 0);
  return (
    <div className="map-tooltip" role="tooltip" style={style}>
      <strong>{t('clusters.count', { count: number('point_count') })}</strong>
      {counts.map(([c, n]) => (
        <span key={c}>
          {t(`category.${c}`)} {n}
        </span>
      ))}
      <span className="hint">{t('clusters.zoomHint')}</span>
    </div>
  );
}
