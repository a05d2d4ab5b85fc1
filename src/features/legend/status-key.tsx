import { STATUSES, type Status } from '../../datasets/vocabulary';
import { useT } from '../language/use-t';

/** The status part of a facility's symbol, as the map draws it (facility-layer-specs.ts), in `color`. */
export function StatusSwatch({ status, color }: { status: Status; color: string }) {
  return (
    <span className={`swatch status-${status}`} style={{ ['--cat' as string]: color }} aria-hidden="true" />
  );
}

/** The key to how status shows on the map and in the list, and what the numbered bubbles mean. */
export function StatusKey() {
  const t = useT();
  return (
    <div className="legend-status">
      <h3>{t('legend.status')}</h3>
      <ul className="legend-list">
        {STATUSES.map((status) => (
          <li key={status} className="legend-item">
            <StatusSwatch status={status} color="#1f6fb2" />
            <span className="legend-label">{t(`status.${status}`)}</span>
          </li>
        ))}
      </ul>
      <p className="hint">{t('clusters.legend')}</p>
    </div>
  );
}
