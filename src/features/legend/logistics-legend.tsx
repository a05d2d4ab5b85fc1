import { NODE_KINDS, ROUTE_MODES } from '../../datasets/vocabulary';
import { useT } from '../language/use-t';
import { NODE_COLORS, ROUTE_COLORS } from '../../map/colors';

/** The key to the logistics symbols: route lines by mode and node rings by kind. */
export function LogisticsLegend() {
  const t = useT();
  return (
    <div className="legend-logistics">
      <h3>{t('legend.routes')}</h3>
      <ul className="legend-list">
        {ROUTE_MODES.map((mode) => (
          <li key={mode} className="legend-item">
            <span
              className={`line-swatch line-${mode}`}
              style={{ borderColor: ROUTE_COLORS[mode] }}
              aria-hidden="true"
            />
            <span className="legend-label">{t(`route.${mode}`)}</span>
          </li>
        ))}
        <li className="legend-item">
          <span className="line-swatch line-approximate" aria-hidden="true" />
          <span className="legend-label">{t('legend.approximate')}</span>
        </li>
      </ul>
      <h3>{t('legend.nodes')}</h3>
      <ul className="legend-list">
        {NODE_KINDS.map((kind) => (
          <li key={kind} className="legend-item">
            <span className="ring-swatch" style={{ borderColor: NODE_COLORS[kind] }} aria-hidden="true" />
            <span className="legend-label">{t(`node.${kind}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
