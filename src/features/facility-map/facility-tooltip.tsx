import { useEffect, useState } from 'react';
import type { FacilityFeature } from '../../datasets/schemas';
import { CATEGORIES } from '../../datasets/vocabulary';
import { facilityName } from '../../i18n/facility-text';
import { LAYER } from '../../map/layers/ids';
import { useMapHandle } from '../../map/map-context';
import type { Cluster } from '../../spatial';
import { useStore } from '../../store/store';
import { useT } from '../language/use-t';

type Hovered = { layer: 'facility' | 'cluster'; id: string; point: [number, number] } | null;

/**
 * A short bilingual tooltip under the pointer: a facility's name, category and status; a bubble's count by
 * category. Text only (names are data: rendered as text, never as HTML). Not focusable: the same facts are
 * in the list and the details, which the keyboard reaches.
 */
export function FacilityTooltip({
  byId,
  clusters,
}: {
  byId: ReadonlyMap<string, FacilityFeature>;
  clusters: readonly Cluster[];
}) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const map = useMapHandle();
  const [hovered, setHovered] = useState<Hovered>(null);

  useEffect(() => {
    // A touch screen has no hover: a tap selects, and its emulated mouse move must not leave a tooltip behind.
    if (window.matchMedia('(hover: none)').matches) return;
    const follow = (layer: 'facility' | 'cluster') => (id: string | null, point?: [number, number]) =>
      setHovered((current) =>
        id !== null && point ? { layer, id, point } : current?.layer === layer ? null : current,
      );
    const offFacility = map.onLayerHover(LAYER.facilities, follow('facility'));
    const offCluster = map.onLayerHover(LAYER.clusters, follow('cluster'));
    return () => {
      offFacility();
      offCluster();
    };
  }, [map]);

  if (!hovered) return null;
  const style = { left: hovered.point[0], top: hovered.point[1] };
  if (hovered.layer === 'facility') {
    const f = byId.get(hovered.id);
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
  const cluster = clusters.find((c) => `cluster-${c.clusterId}` === hovered.id);
  if (!cluster) return null;
  const counts = CATEGORIES.map(
    (c) => [c, cluster.ids.filter((id) => byId.get(String(id))?.properties.category === c).length] as const,
  ).filter(([, n]) => n > 0);
  return (
    <div className="map-tooltip" role="tooltip" style={style}>
      <strong>{t('clusters.count', { count: cluster.count })}</strong>
      {counts.map(([c, n]) => (
        <span key={c}>
          {t(`category.${c}`)} {n}
        </span>
      ))}
      <span className="hint">{t('clusters.zoomHint')}</span>
    </div>
  );
}
