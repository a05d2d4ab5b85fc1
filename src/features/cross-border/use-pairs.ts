import { useMemo } from 'react';
import { crossBorderLinks, type CrossBorderLink } from '../../spatial';
import { useStore } from '../../store/store';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { usePorts } from './use-cross-border';

/**
 * Every pair of shown facilities on opposite sides of the border within the chosen distance (by the
 * chosen measure), closest first; null when the pairs view is closed.
 */
export function usePairs(): CrossBorderLink[] | null {
  const pairsKm = useStore((s) => s.pairsKm);
  const by = useStore((s) => s.pairsBy);
  const { visible } = useVisibleFacilities();
  const ports = usePorts();
  return useMemo(() => {
    if (pairsKm === null || !ports || ports.length === 0) return null;
    return crossBorderLinks(visible, ports, { maxKm: pairsKm, by });
  }, [pairsKm, visible, ports, by]);
}
