import { facilityName } from '../../i18n/facility-text';
import { formatDistance } from '../../i18n/format-distance';
import { useT } from '../language/use-t';
import type { CrossBorderLink } from '../../spatial';
import { useStore } from '../../store/store';
import { usePorts } from './use-cross-border';

/** "94 km straight line · 95 km via Frelighsburg–West Berkshire", in the interface language and unit. */
export function LinkDistances({ link }: { link: CrossBorderLink }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const unit = useStore((s) => s.unit);
  const ports = usePorts();
  const port = ports?.find((p) => p.id === link.portId);
  const portName = port ? facilityName(port.properties, lang) : String(link.portId);
  return (
    <span className="xb-distances">
      {formatDistance(link.straightKm, unit, lang)} {t('xb.straight')} ·{' '}
      {formatDistance(link.viaPortKm, unit, lang)} {t('xb.viaPort', { port: portName })}
    </span>
  );
}
