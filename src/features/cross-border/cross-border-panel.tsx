import { useMemo } from 'react';
import type { FacilityFeature } from '../../datasets/schemas';
import { facilityName } from '../../i18n/facility-text';
import { formatDistance } from '../../i18n/format-distance';
import { SearchChip } from '../search/search-chip';
import { useT } from '../language/use-t';
import { crossBorderLinks, distanceToBorderKm, geodesicDistanceKm } from '../../spatial';
import { useStore } from '../../store/store';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { LinkDistances } from './link-distances';
import { TrafficChoice } from './traffic-choice';
import { usePorts, usePreparedBorder } from './use-cross-border';

const NEAREST_PORTS = 3;
const NEAREST_PARTNERS = 5;

/**
 * For the selected facility: its distance to the border, the nearest ports of entry, and the nearest
 * facilities on the other side (among those the filters show) with the straight-line distance and the
 * shortest distance through a port of entry.
 */
export function CrossBorderPanel({ facility }: { facility: FacilityFeature }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const unit = useStore((s) => s.unit);
  const select = useStore((s) => s.select);
  const traffic = useStore((s) => s.traffic);
  const border = usePreparedBorder();
  const ports = usePorts();
  const { all, visible } = useVisibleFacilities();
  const position = facility.geometry.coordinates;

  const borderKm = useMemo(
    () => (border ? distanceToBorderKm(position, border).distanceKm : undefined),
    [border, position],
  );
  const nearestPorts = useMemo(
    () =>
      (ports ?? [])
        .map((p) => ({ port: p, km: geodesicDistanceKm(position, p.geometry.coordinates) }))
        .sort((a, b) => a.km - b.km)
        .slice(0, NEAREST_PORTS),
    [ports, position],
  );
  const partners = useMemo(() => {
    if (!ports || ports.length === 0 || !all) return [];
    // The selected facility takes part even when the filters hide it.
    const candidates = visible.some((f) => f.id === facility.id) ? visible : [...visible, facility];
    return crossBorderLinks(candidates, ports, {
      ids: [facility.id],
      by: 'straight',
      limit: NEAREST_PARTNERS,
    });
  }, [ports, all, visible, facility]);

  const byId = (id: string | number) => all?.find((f) => f.id === id);
  const distance = (km: number) => formatDistance(km, unit, lang);

  return (
    <div className="cross-border">
      <h3>{t('xb.title')}</h3>
      {borderKm !== undefined && <p>{t('xb.border', { distance: distance(borderKm) })}</p>}
      <TrafficChoice />
      <h4>{t(traffic === 'trucks' ? 'xb.portsTrucks' : 'xb.portsAll')}</h4>
      {nearestPorts.length === 0 ? (
        <p>{t('xb.noPorts')}</p>
      ) : (
        <ul className="xb-ports">
          {nearestPorts.map(({ port, km }) => (
            <li key={port.id}>
              <button type="button" className="link-button" onClick={() => select(port.id)}>
                {facilityName(port.properties, lang)}
              </button>{' '}
              — {distance(km)}
              {port.properties.hours_en !== undefined && (
                <span className="xb-hours">
                  {lang === 'fr' ? port.properties.hours_fr : port.properties.hours_en}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('xb.partners')}</h4>
      <SearchChip />
      {partners.length === 0 ? (
        <p>{t('xb.none')}</p>
      ) : (
        <ul className="xb-partners">
          {partners.map((link) => {
            const otherId = link.a === facility.id ? link.b : link.a;
            const other = byId(otherId);
            return (
              <li key={String(otherId)}>
                <button type="button" className="link-button" onClick={() => select(String(otherId))}>
                  {other ? facilityName(other.properties, lang) : String(otherId)}
                </button>
                <LinkDistances link={link} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
