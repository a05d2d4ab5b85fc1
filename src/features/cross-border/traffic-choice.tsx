import { useId } from 'react';
import { useT } from '../language/use-t';
import { useStore } from '../../store/store';
import { PORT_TRAFFIC } from '../../store/view-state';

/**
 * Which ports of entry the cross-border answers use: those clearing commercial trucks, or all of them.
 * One choice in the store (and the URL), shared by the details' nearest ports and the pairs list, so both
 * always say the same thing.
 */
export function TrafficChoice() {
  const t = useT();
  const traffic = useStore((s) => s.traffic);
  const patch = useStore((s) => s.patch);
  const name = useId();
  return (
    <fieldset className="traffic-choice">
      <legend>{t('xb.traffic')}</legend>
      {PORT_TRAFFIC.map((value) => (
        <label key={value} className="facet-option">
          <input
            type="radio"
            name={name}
            value={value}
            checked={traffic === value}
            onChange={() => patch({ traffic: value })}
          />
          <span className="facet-label">{t(value === 'trucks' ? 'xb.trafficTrucks' : 'xb.trafficAll')}</span>
        </label>
      ))}
    </fieldset>
  );
}
