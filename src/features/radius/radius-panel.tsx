import { useQuery } from '@tanstack/react-query';
import { LONG_LIST } from '../list/long-list';
import { useMemo, useState } from 'react';
import { basemapQuery, facilitiesQuery } from '../../datasets/queries';
import { CATEGORIES, COUNTRIES } from '../../datasets/vocabulary';
import { facilityName } from '../../i18n/facility-text';
import { formatDistance } from '../../i18n/format-distance';
import { formatNumber } from '../../i18n/translate';
import { SearchChip } from '../search/search-chip';
import { useT } from '../language/use-t';
import { kmToMiles, milesToKm } from '../../spatial/units';
import { useStore } from '../../store/store';
import { RADIUS_MAX_KM, UNITS, type RadiusState } from '../../store/view-state';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { useMapSupported } from '../../map/map-context';
import { useRadius } from './use-radius';
import { useShortcuts } from '../shortcuts/registry';
import { frameRadius, setRadiusAndFrame } from './fit-radius';

const DEFAULT_KM = 100;
const SLIDER_MAX = 500;

interface City {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/**
 * The radius tool: a centre (a facility, a city or a point picked on the map), a radius set with a
 * slider or a number in km or miles, and what lies inside, counted by category and by country.
 */
export function RadiusPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const radius = useStore((s) => s.radius);
  const unit = useStore((s) => s.unit);
  const picking = useStore((s) => s.picking);
  const { setRadius, setPicking, patch } = useStore.getState();
  const { data: facilities } = useQuery(facilitiesQuery);
  const { data: basemap } = useQuery(basemapQuery);
  const { center } = useRadius();
  const { visible } = useVisibleFacilities();
  const mapSupported = useMapSupported();
  // What the number field holds while the user types (may be empty or partial); null shows the radius.
  const [draft, setDraft] = useState<string | null>(null);

  const cities = useMemo<City[]>(
    () =>
      (basemap?.features ?? [])
        .flatMap((f) => {
          const p = f.properties;
          if (p['layer'] !== 'city' || f.geometry.type !== 'Point') return [];
          const name = lang === 'fr' && typeof p['name_fr'] === 'string' ? p['name_fr'] : p['name'];
          const [lon, lat] = f.geometry.coordinates;
          return typeof name === 'string' ? [{ id: String(p['id'] ?? name), name, lon, lat }] : [];
        })
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [basemap, lang],
  );
  const sortedFacilities = useMemo(
    () =>
      (facilities?.features ?? [])
        .map((f) => ({ id: f.id, name: facilityName(f.properties, lang) }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [facilities, lang],
  );

  const km = radius?.km ?? DEFAULT_KM;
  const shown = unit === 'mi' ? kmToMiles(km) : km;
  const setKm = (value: number) => {
    if (!radius || !Number.isFinite(value)) return;
    const next = Math.min(RADIUS_MAX_KM, Math.max(0, unit === 'mi' ? milesToKm(value) : value));
    setRadius({ ...radius, km: Number(next.toFixed(3)) });
  };
  const chooseCenter = (value: string) => {
    const [kind, id] = value.split(':');
    let centre: RadiusState['center'] | null = null;
    if (kind === 'facility' && id) centre = { kind: 'facility', id };
    const city = cities.find((c) => c.id === id);
    if (kind === 'city' && city) centre = { kind: 'point', lon: city.lon, lat: city.lat };
    if (centre) setRadiusAndFrame({ center: centre, km }, facilities?.features ?? []);
  };
  const frame = () => frameRadius(facilities?.features ?? []);
  // r: a radius around the selected facility (the one in the details), framed.
  useShortcuts(
    useMemo(
      () => [
        {
          id: 'radius',
          keys: ['r'],
          label: 'shortcut.radius',
          order: 30,
          match: (e: KeyboardEvent) => e.key === 'r',
          run: () => {
            const { selectedId, radius: current } = useStore.getState();
            const features = facilities?.features ?? [];
            if (selectedId && features.some((f) => f.id === selectedId)) {
              setRadiusAndFrame(
                { center: { kind: 'facility', id: selectedId }, km: current?.km ?? DEFAULT_KM },
                features,
              );
            }
          },
        },
      ],
      [facilities],
    ),
  );

  const centreValue = (() => {
    if (!radius) return '';
    if (radius.center.kind === 'facility') return `facility:${radius.center.id}`;
    const { lon, lat } = radius.center;
    const city = cities.find((c) => Math.abs(c.lon - lon) < 1e-6 && Math.abs(c.lat - lat) < 1e-6);
    return city ? `city:${city.id}` : '';
  })();

  // A long list offers only the current centre (a facility is then chosen by search or on the map); kept from
  // one render to the next, since the panel renders again on every filter change.
  const facilityOptions = useMemo(
    () =>
      sortedFacilities.length < LONG_LIST
        ? sortedFacilities
        : sortedFacilities.filter((f) => `facility:${f.id}` === centreValue),
    [sortedFacilities, centreValue],
  );

  const centreLabel = (() => {
    if (!radius) return '';
    if (radius.center.kind === 'facility') {
      const id = radius.center.id;
      return sortedFacilities.find((f) => f.id === id)?.name ?? id;
    }
    const { lon, lat } = radius.center;
    const city = cities.find((c) => Math.abs(c.lon - lon) < 1e-6 && Math.abs(c.lat - lat) < 1e-6);
    return (
      city?.name ??
      t('radius.point', {
        lat: formatNumber(lang, lat, { maximumFractionDigits: 3 }),
        lon: formatNumber(lang, lon, { maximumFractionDigits: 3 }),
      })
    );
  })();

  return (
    <section className="radius" aria-labelledby="radius-title">
      <h2 id="radius-title">{t('radius.title')}</h2>
      <label className="field">
        <span>{t('radius.center')}</span>
        <select value={centreValue} onChange={(e) => chooseCenter(e.target.value)}>
          <option value="">{t('radius.choose')}</option>
          <optgroup label={t('radius.cities')}>
            {cities.map((c) => (
              <option key={c.id} value={`city:${c.id}`}>
                {c.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('radius.facilities')}>
            {facilityOptions.map((f) => (
              <option key={f.id} value={`facility:${f.id}`}>
                {f.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {sortedFacilities.length >= LONG_LIST && (
        <p className="hint">{t('radius.manyFacilities', { count: sortedFacilities.length })}</p>
      )}
      {mapSupported && (
        <button type="button" aria-pressed={picking} onClick={() => setPicking(!picking)}>
          {t('radius.pick')}
        </button>
      )}
      {picking && <p className="hint">{t('radius.picking')}</p>}
      {radius && !center && <p className="hint">{t('radius.unknownCenter')}</p>}
      {radius && !center && (
        <button type="button" onClick={() => setRadius(null)}>
          {t('radius.clear')}
        </button>
      )}
      {radius && center && (
        <>
          <div className="radius-controls">
            <label className="field">
              <span>{t('radius.distance')}</span>
              <input
                type="range"
                min={0}
                max={SLIDER_MAX}
                step={1}
                value={Math.round(shown)}
                onChange={(e) => setKm(Number(e.target.value))}
                // Framed when the drag ends, not at every step of it.
                onPointerUp={frame}
                onKeyUp={frame}
              />
            </label>
            <label className="field number">
              <span className="visually-hidden">
                {t('radius.distance')} ({unit})
              </span>
              <input
                type="number"
                min={0}
                max={unit === 'mi' ? Math.floor(kmToMiles(RADIUS_MAX_KM)) : RADIUS_MAX_KM}
                step="any"
                value={draft ?? Number(shown.toFixed(2))}
                onChange={(e) => {
                  setDraft(e.target.value);
                  // An empty or partial entry is kept as typed, not read as 0.
                  if (e.target.value.trim() !== '' && Number.isFinite(Number(e.target.value))) {
                    setKm(Number(e.target.value));
                  }
                }}
                onBlur={() => {
                  setDraft(null);
                  frame();
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') frame();
                }}
              />
            </label>
            <div role="group" aria-label={t('radius.unit')} className="unit-switch">
              {UNITS.map((u) => (
                <button key={u} type="button" aria-pressed={unit === u} onClick={() => patch({ unit: u })}>
                  {u}
                </button>
              ))}
            </div>
          </div>
          <p className="radius-summary" role="status">
            {t('radius.summary', {
              count: visible.length,
              distance: formatDistance(km, unit, lang),
              center: centreLabel,
            })}
          </p>
          <SearchChip />
          {
            <div className="radius-counts">
              <p>
                <strong>{t('radius.byCategory')}:</strong>{' '}
                {CATEGORIES.map(
                  (c) => [c, visible.filter((f) => f.properties.category === c).length] as const,
                )
                  .filter(([, n]) => n > 0)
                  .map(([c, n]) => `${t(`category.${c}`)} ${n}`)
                  .join(' · ')}
              </p>
              <p>
                <strong>{t('radius.byCountry')}:</strong>{' '}
                {COUNTRIES.map(
                  (c) => `${t(`country.${c}`)} ${visible.filter((f) => f.properties.country === c).length}`,
                ).join(' · ')}
              </p>
            </div>
          }
          <button type="button" onClick={() => setRadius(null)}>
            {t('radius.clear')}
          </button>
        </>
      )}
    </section>
  );
}
