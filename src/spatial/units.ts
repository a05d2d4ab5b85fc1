/** Kilometres in one international mile (exact, by the 1959 definition of the yard). */
export const KM_PER_MILE = 1.609344;

/** Converts kilometres to international miles. */
export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

/** Converts international miles to kilometres. */
export function milesToKm(miles: number): number {
  return miles * KM_PER_MILE;
}
