import { kmToMiles } from '../spatial/units';
import type { Unit } from '../store/view-state';
import { formatNumber, type Lang } from './translate';

/** A distance for display in the chosen unit and language: "12.5 km", "12,5 km", "7.8 mi". */
export function formatDistance(km: number, unit: Unit, lang: Lang): string {
  const value = unit === 'mi' ? kmToMiles(km) : km;
  const digits = value < 10 ? 1 : 0;
  return `${formatNumber(lang, value, { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`;
}
