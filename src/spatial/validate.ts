import type { LonLat } from './types';

/**
 * Input checks shared by the spatial functions. Each throws an Error that names the function, the
 * argument and the offending value, because these inputs come from URL state and data files where a
 * silent NaN would surface far away as an empty map.
 */

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  return String(value);
}

/** Checks a [lon, lat] position (lon in [-180, 180], lat in [-90, 90]) and returns it as a tuple. */
export function checkPosition(fn: string, label: string, value: unknown): LonLat {
  if (!Array.isArray(value) || value.length < 2) {
    throw new Error(`${fn}: ${label} must be a [lon, lat] array, got ${show(value)}`);
  }
  const lon: unknown = value[0];
  const lat: unknown = value[1];
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    throw new Error(`${fn}: ${label} longitude must be a finite number in [-180, 180], got ${show(lon)}`);
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw new Error(`${fn}: ${label} latitude must be a finite number in [-90, 90], got ${show(lat)}`);
  }
  return [lon, lat];
}

/** Checks a distance in km: a finite number ≥ 0. */
export function checkKm(fn: string, label: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`${fn}: ${label} must be a finite number ≥ 0, got ${show(value)}`);
  }
  return value;
}

export { show as showValue };
