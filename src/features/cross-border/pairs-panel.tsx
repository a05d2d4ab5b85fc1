import { facilityName } from '../../i18n/facility-text';
import { formatDistance } from '../../i18n/format-distance';
import { SearchChip } from '../search/search-chip';
import { useT } from '../language/use-t';
import { kmToMiles, milesToKm } from '../../spatial/units';
import { useStore } from '../../store/store';
import { PAIRS_MAX_KM } from '../../store/view-state';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { LinkDistances } from './link-distances';
import { TrafficChoice } from './traffic-choice';
import { usePairs } from './use-pairs';

const DEFAULT_KM = 100;
const SHOWN = 50;

/** Pairs of facilities on opposite sides of the border within a distance, listed and drawn on the map. */
export function PairsPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const unit = useStore((s) => s.unit);
  const pairsKm = useStore((s) => s.pairsKm);
  const patch = useStore((s) => s.patch);
  const select = useStore((s) => s.select);
  const by = useStore((s) => s.pairsBy);
  const pairs = usePairs();
  const { all } = useVisibleFacilities();
  const name = (id: string | number) => {
    const f = all?.find((x) => x.id === id);
    return f ? facilityName(f.properties, lang) : String(id);
  };
  const distance = (km: number) => formatDistance(km, unit, lang);
  const shownMax = pairsKm === null ? 0 : unit === 'mi' ? kmToMiles(pairsKm) : pairsKm;

  return (
    <section className="pairs" aria-labelledby="pairs-title">
      <h2 id="pairs-title">{t('pairs.title')}</h2>
      <label className="facet-option">
        <input
          type="checkbox"
          checked={pairsKm !== null}
          onChange={() => patch({ pairsKm: pairsKm === null ? DEFAULT_KM : null })}
        />
        <span className="facet-label">{t('pairs.enable')}</span>
      </label>
      {pairsKm !== null && (
        <>
          <label className="field">
            <span>{t('pairs.max', { distance: distance(pairsKm) })}</span>
            <input
              type="range"
              min={1}
              max={unit === 'mi' ? Math.floor(kmToMiles(PAIRS_MAX_KM)) : PAIRS_MAX_KM}
              value={Math.round(shownMax)}
              onChange={(e) => {
                const value = Number(e.target.value);
                const km = unit === 'mi' ? milesToKm(value) : value;
                patch({ pairsKm: Math.min(PAIRS_MAX_KM, Math.max(1, Number(km.toFixed(1)))) });
              }}
            />
          </label>
          <label className="field">
            <span>{t('pairs.sort')}</span>
            <select
              value={by}
              onChange={(e) => patch({ pairsBy: e.target.value === 'viaPort' ? 'viaPort' : 'straight' })}
            >
              <option value="straight">{t('pairs.byStraight')}</option>
              <option value="viaPort">{t('pairs.byVia')}</option>
            </select>
          </label>
          <TrafficChoice />
          {pairs && (
            <>
              <p role="status">{t('pairs.count', { count: pairs.length, distance: distance(pairsKm) })}</p>
              <SearchChip />
              {pairs.length > SHOWN && <p className="hint">{t('pairs.more', { shown: SHOWN })}</p>}
              <ol className="pairs-list">
                {pairs.slice(0, SHOWN).map((link) => (
                  <li key={`${link.a}|${link.b}`}>
                    <button type="button" className="link-button" onClick={() => select(String(link.a))}>
                      {name(link.a)}
                    </button>{' '}
                    –{' '}
                    <button type="button" className="link-button" onClick={() => select(String(link.b))}>
                      {name(link.b)}
                    </button>
                    <LinkDistances link={link} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
