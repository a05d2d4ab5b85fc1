import { useQuery } from '@tanstack/react-query';
import { facilitiesQuery } from '../../datasets/queries';
import type { FacilityProperties } from '../../datasets/schemas';
import { facilityDescription, facilityName, operatorName } from '../../i18n/facility-text';
import { TAG_LABELS } from '../../i18n/tags';
import { formatNumber, type Lang } from '../../i18n/translate';
import { useT } from '../language/use-t';
import { useStore } from '../../store/store';
import { statusAsOf } from '../../store/visible-facilities';
import { FACILITY_ZOOM } from '../search/search-box';
import { CrossBorderPanel } from '../cross-border/cross-border-panel';
import { focusListItem } from '../list/focus-list-item';
import { SourceList } from './source-list';
import { formatMoney } from '../../i18n/format-money';
import { mapViewSize } from '../camera/frame';
import { setRadiusAndFrame } from '../radius/fit-radius';
import { radiusCenter } from '../radius/radius-center';
import { cameraForRadius } from '../radius/radius-frame';

/** The selected facility's recorded facts, rendered as text (data is never treated as markup). */
export function DetailsPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const selectedId = useStore((s) => s.selectedId);
  const select = useStore((s) => s.select);
  const patch = useStore((s) => s.patch);
  const radius = useStore((s) => s.radius);
  const year = useStore((s) => s.year);
  const { data } = useQuery(facilitiesQuery);
  const feature = data?.features.find((f) => f.id === selectedId);
  if (!feature) return null;
  const p = feature.properties;
  const [lon, lat] = feature.geometry.coordinates;
  // "Zoom to" keeps the context: with a radius on, the facility and the whole circle stay in view.
  const zoomToCamera = () => {
    const center = radius && radiusCenter(radius, data?.features ?? []);
    return radius && center
      ? cameraForRadius(center, radius.km, mapViewSize(), [[lon, lat]])
      : { lon, lat, zoom: FACILITY_ZOOM };
  };

  return (
    <section className="details" aria-labelledby="details-title" data-id={feature.id}>
      <div className="details-head">
        <h2 id="details-title">{facilityName(p, lang)}</h2>
        <button
          type="button"
          className="close"
          onClick={() => {
            select(null);
            focusListItem(feature.id);
          }}
          aria-label={t('details.close')}
        >
          ×
        </button>
      </div>
      {p.coalition_member && <p className="badge">{t('details.member')}</p>}
      <button type="button" className="zoom-to" onClick={() => patch({ camera: zoomToCamera() })}>
        {t('details.zoomTo')}
      </button>
      <p>{facilityDescription(p, lang)}</p>
      <dl>
        <Fact label={t('details.operator')} value={operatorName(p, lang)} />
        <Fact label={t('details.category')} value={t(`category.${p.category}`)} />
        <Fact
          label={t('details.status')}
          value={
            year === null
              ? t(`status.${p.status}`)
              : t('details.statusAsOf', {
                  status: t(`status.${statusAsOf(p, year) ?? p.status}`),
                  year,
                  today: t(`status.${p.status}`),
                })
          }
        />
        <Fact label={t('details.announced')} value={p.year_announced} />
        <Fact label={t('details.construction')} value={p.year_construction} />
        <Fact label={t('details.opened')} value={p.year_opened} />
        <Fact label={t('details.closed')} value={p.year_closed} />
        <Fact
          label={t('details.location')}
          value={[p.address, p.city, p.region, t(`country.${p.country}`)].filter(Boolean).join(', ')}
        />
        <Fact
          label={t('details.coordinates')}
          value={`${formatNumber(lang, lat, { maximumFractionDigits: 4 })}, ${formatNumber(lang, lon, { maximumFractionDigits: 4 })} (${t(`precision.${p.precision}`)})`}
        />
        <Fact
          label={t('details.tags')}
          value={p.tags.length ? p.tags.map((tag) => TAG_LABELS[tag][lang]).join(', ') : undefined}
        />
        <Fact
          label={t('details.waferSizes')}
          value={p.wafer_sizes_mm?.map((mm) => `${formatNumber(lang, mm)} mm`).join(', ')}
        />
        <Fact label={t('details.process')} value={lang === 'fr' ? (p.process_fr ?? p.process) : p.process} />
        {/* The figures investors look for first: for plants and research centres, say when no source gives them. */}
        <Fact
          label={t('details.employees')}
          value={
            (p.employees &&
              t('details.countYear', {
                count: formatNumber(lang, p.employees.count),
                year: p.employees.year,
              })) ??
            (FIGURES_EXPECTED.has(p.category) ? t('details.notPublished') : undefined)
          }
        />
        <Fact
          label={t('details.investment')}
          value={
            formatInvestment(p, lang) ??
            (FIGURES_EXPECTED.has(p.category) ? t('details.notPublished') : undefined)
          }
        />
      </dl>
      <button
        type="button"
        className="zoom-to"
        onClick={() =>
          setRadiusAndFrame({ center: { kind: 'facility', id: feature.id }, km: radius?.km ?? 100 }, [
            feature,
          ])
        }
      >
        {t('radius.useAsCenter')}
      </button>
      <CrossBorderPanel facility={feature} />
      <SourceList sources={p.sources} coordSource={p.coord_source} />
    </section>
  );
}

/** Categories whose details always show employees and investment (as "not published" when unknown). */
const FIGURES_EXPECTED: ReadonlySet<FacilityProperties['category']> = new Set([
  'fab',
  'packaging',
  'research',
]);

function Fact({ label, value }: { label: string; value: string | number | undefined }) {
  if (value === undefined || value === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function formatInvestment(p: FacilityProperties, lang: Lang): string | undefined {
  const inv = p.investment;
  if (!inv) return undefined;
  const money = formatMoney(inv.amount, inv.currency, lang);
  const note = lang === 'fr' ? (inv.note_fr ?? inv.note) : inv.note;
  return `${money} (${inv.year})${note ? ` — ${note}` : ''}`;
}
