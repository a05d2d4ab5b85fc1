import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { nodesQuery, routesQuery } from '../../datasets/queries';
import type { NodeFeature, RouteFeature } from '../../datasets/schemas';
import { useT } from '../language/use-t';
import { NODE_COLORS, ROUTE_COLORS } from '../../map/colors';
import { Disclosure } from '../../components/disclosure';
import { listKeys } from '../../components/list-keys';
import { useStore } from '../../store/store';
import { asRegion, logisticsGroups, logisticsName } from './logistics-text';

/**
 * Every route and logistics node drawn on the map, as a keyboard-operable list grouped by kind; choosing
 * one opens its details (the same selection as a click on the map).
 */
export function LogisticsList() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const selectedId = useStore((s) => s.selectedId);
  const select = useStore((s) => s.select);
  const routes = useQuery(routesQuery).data;
  const nodes = useQuery(nodesQuery).data;
  const groups = useMemo(
    () => logisticsGroups(routes?.features ?? [], nodes?.features ?? [], lang),
    [routes, nodes, lang],
  );
  const regionName = (code: string) => {
    const region = asRegion(code);
    return region ? t(`region.${region}`) : code;
  };
  const count = groups.reduce((sum, g) => sum + g.items.length, 0);
  if (count === 0) return null;

  // The disclosure is the user's: a selection made elsewhere (map, search) neither opens nor closes it.
  return (
    <section className="logistics-list" aria-labelledby="logistics-list-title">
      <Disclosure
        onKeyDown={listKeys(() => select(null))}
        summary={<h2 id="logistics-list-title">{t('logistics.list', { count })}</h2>}
      >
        {groups.map((group) => {
          const label = group.kind === 'route' ? t(`route.${group.mode}`) : t(`node.${group.nodeKind}`);
          const color = group.kind === 'route' ? ROUTE_COLORS[group.mode] : NODE_COLORS[group.nodeKind];
          const headingId = `logistics-${group.kind === 'route' ? group.mode : group.nodeKind}`;
          return (
            <div key={headingId} className="logistics-group">
              <h3 id={headingId}>
                {label} ({group.items.length})
              </h3>
              <ul aria-labelledby={headingId}>
                {group.items.map((f: RouteFeature | NodeFeature) => (
                  <li key={f.id}>
                    <button
                      type="button"
                      className="list-item"
                      aria-pressed={f.id === selectedId}
                      data-id={f.id}
                      onClick={() => select(f.id)}
                    >
                      {group.kind === 'route' ? (
                        <span
                          className={`line-swatch line-${group.mode}`}
                          style={{ borderColor: color }}
                          aria-hidden="true"
                        />
                      ) : (
                        <span className="ring-swatch" style={{ borderColor: color }} aria-hidden="true" />
                      )}
                      <span className="list-name">{logisticsName(f.properties, lang)}</span>
                      <span className="list-meta">{meta(f, regionName)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </Disclosure>
    </section>
  );
}

/** Route numbers on both sides, the two sides of a crossing, or where a node is. */
function meta(f: RouteFeature | NodeFeature, regionName: (code: string) => string): string {
  const p = f.properties;
  if ('mode' in p) return [...p.route_numbers_ca, ...p.route_numbers_us].join(' · ');
  if (p.region_ca && p.region_us) return `${regionName(p.region_ca)} – ${regionName(p.region_us)}`;
  return [p.code, p.city, p.region && regionName(p.region)].filter(Boolean).join(' · ');
}
