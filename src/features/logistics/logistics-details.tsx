import { useQuery } from '@tanstack/react-query';
import { nodesQuery, routesQuery } from '../../datasets/queries';
import type { NodeFeature, RouteFeature } from '../../datasets/schemas';
import { formatNumber, type Lang } from '../../i18n/translate';
import { useT } from '../language/use-t';
import { useStore } from '../../store/store';
import { SourceList } from '../details/source-list';
import { asRegion, logisticsName, NODE_ZOOM, routeAlignment } from './logistics-text';
import { cameraForPoints, mapViewSize } from '../camera/frame';

/** The selected route's or node's recorded facts, as text; null when the selection is not one of them. */
export function LogisticsDetails() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const selectedId = useStore((s) => s.selectedId);
  const select = useStore((s) => s.select);
  const patch = useStore((s) => s.patch);
  const routes = useQuery(routesQuery).data?.features ?? [];
  const nodes = useQuery(nodesQuery).data?.features ?? [];
  const route = routes.find((r) => r.id === selectedId);
  const node = nodes.find((n) => n.id === selectedId);
  const feature = route ?? node;
  if (!feature) return null;
  const p = feature.properties;
  const close = () => {
    select(null);
    focusLogisticsItem(feature.id);
  };
  const zoomTo = () =>
    patch({
      camera: route
        ? cameraForPoints(route.geometry.coordinates, mapViewSize())
        : node && { lon: node.geometry.coordinates[0], lat: node.geometry.coordinates[1], zoom: NODE_ZOOM },
    });

  return (
    <section className="details" aria-labelledby="logistics-title" data-id={feature.id}>
      <div className="details-head">
        <h2 id="logistics-title" tabIndex={-1}>
          {logisticsName(p, lang)}
        </h2>
        <button type="button" className="close" onClick={close} aria-label={t('details.close')}>
          ×
        </button>
      </div>
      <p className="badge">{'mode' in p ? t(`route.${p.mode}`) : t(`node.${p.kind}`)}</p>
      <button type="button" className="zoom-to" onClick={zoomTo}>
        {t('details.zoomTo')}
      </button>
      <p>{lang === 'fr' ? p.description_fr : p.description_en}</p>
      <dl>
        {route ? (
          <RouteFacts route={route} nodes={nodes} lang={lang} />
        ) : (
          node && <NodeFacts node={node} lang={lang} />
        )}
      </dl>
      <SourceList sources={p.sources} coordSource={node?.properties.coord_source} />
    </section>
  );
}

function RouteFacts({ route, nodes, lang }: { route: RouteFeature; nodes: NodeFeature[]; lang: Lang }) {
  const t = useT();
  const select = useStore((s) => s.select);
  const p = route.properties;
  const crossing = nodes.find((n) => n.id === p.crosses_at);
  const { totalKm, approximateKm } = routeAlignment(route);
  return (
    <>
      <Fact label={t('logistics.numbersCa')} value={p.route_numbers_ca.join(', ')} />
      <Fact label={t('logistics.numbersUs')} value={p.route_numbers_us.join(', ')} />
      <Fact label={t('details.operator')} value={p.operator} />
      {approximateKm > 0 && (
        <Fact
          label={t('logistics.alignment')}
          value={t('logistics.approximate', {
            approximate: formatNumber(lang, Math.round(approximateKm)),
            total: formatNumber(lang, Math.round(totalKm)),
          })}
        />
      )}
      {crossing && (
        <>
          <dt>{t('logistics.crossesAt')}</dt>
          <dd>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                select(crossing.id);
                // The button is replaced by the crossing's details: take the focus to their heading.
                requestAnimationFrame(() => document.getElementById('logistics-title')?.focus());
              }}
            >
              {logisticsName(crossing.properties, lang)}
            </button>
          </dd>
        </>
      )}
    </>
  );
}

function NodeFacts({ node, lang }: { node: NodeFeature; lang: Lang }) {
  const t = useT();
  const p = node.properties;
  const [lon, lat] = node.geometry.coordinates;
  const region = (code: string | undefined) => {
    const r = asRegion(code);
    return r ? t(`region.${r}`) : code;
  };
  const side = (name: string | undefined, code: string | undefined) =>
    name && [name, region(code)].filter(Boolean).join(', ');
  return (
    <>
      <Fact label={t('logistics.canadianSide')} value={side(p.name_ca, p.region_ca)} />
      <Fact label={t('logistics.usSide')} value={side(p.name_us, p.region_us)} />
      <Fact
        label={t('details.location')}
        value={[p.city, region(p.region), p.country && t(`country.${p.country}`)].filter(Boolean).join(', ')}
      />
      <Fact label={t('logistics.code')} value={p.code} />
      <Fact label={t('logistics.roads')} value={p.routes?.join(', ')} />
      <Fact
        label={t('logistics.commercial')}
        value={p.commercial === undefined ? undefined : t(p.commercial ? 'logistics.yes' : 'logistics.no')}
      />
      <Fact label={t('logistics.hours')} value={lang === 'fr' ? p.hours_fr : p.hours_en} />
      <Fact
        label={t('details.coordinates')}
        value={`${formatNumber(lang, lat, { maximumFractionDigits: 4 })}, ${formatNumber(lang, lon, { maximumFractionDigits: 4 })} (${t(`precision.${p.precision}`)})`}
      />
    </>
  );
}

function Fact({ label, value }: { label: string; value: string | undefined }) {
  if (value === undefined || value === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

/**
 * Gives the focus back to a route's or node's item in the logistics list when the list is open, else to its
 * disclosure's summary, after React's commit (closing the details never drops focus on the page body).
 */
function focusLogisticsItem(id: string): void {
  requestAnimationFrame(() => {
    const list = document.querySelector<HTMLDetailsElement>('.logistics-list details');
    const item = list?.open
      ? list.querySelector<HTMLElement>(`button.list-item[data-id="${CSS.escape(id)}"]`)
      : null;
    (item ?? list?.querySelector<HTMLElement>('summary'))?.focus();
  });
}
