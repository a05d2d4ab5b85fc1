import { kmToMiles } from '../spatial/units';
import { formatNumber, type Lang } from './translate';

/** The distance units a distance is shown in (the store's `unit`). */
export type DistanceUnit = 'km' | 'mi';

/** A distance for display in the chosen unit and language: "12.5 km", "12,5 km", "7.8 mi". */
export function formatDistance(km: number, unit: DistanceUnit, lang: Lang): string {
  const value = unit === 'mi' ? kmToMiles(km) : km;
  const digits = value < 10 ? 1 : 0;
  return `${formatNumber(lang, value, { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`;
}
