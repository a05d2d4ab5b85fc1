import type { FacilityFeature } from '../../datasets/schemas';
import { CATEGORIES } from '../../datasets/vocabulary';
import { facilityName } from '../../i18n/facility-text';
import type { Lang } from '../../i18n/translate';
import type { SortKey } from '../../store/view-state';
import type { DistancesById } from '../../spatial';

/** How the list orders two facilities (see sortFacilities). */
function listOrder(
  sort: SortKey,
  lang: Lang,
  distances?: DistancesById,
): (a: FacilityFeature, b: FacilityFeature) => number {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byName = (a: FacilityFeature, b: FacilityFeature) =>
    collator.compare(facilityName(a.properties, lang), facilityName(b.properties, lang));
  const rank = (f: FacilityFeature) => CATEGORIES.indexOf(f.properties.category);
  const far = (f: FacilityFeature) => distances?.get(f.id) ?? Infinity;
  return sort === 'category'
    ? (a, b) => rank(a) - rank(b) || byName(a, b)
    : sort === 'distance' && distances
      ? (a, b) => far(a) - far(b) || byName(a, b)
      : byName;
}

/**
 * The list's order: by name in the interface language (accents and case ignored), or by category then
 * name, or by distance (given) then name. Returns a new array.
 */
export function sortFacilities(
  features: readonly FacilityFeature[],
  sort: SortKey,
  lang: Lang,
  distances?: DistancesById,
): FacilityFeature[] {
  return [...features].sort(listOrder(sort, lang, distances));
}

/**
 * The positions of `features` in the list's order (see sortFacilities), sorted once per order and language so a
 * filter change only has to keep the shown ones (inOrder): at 100k facilities a sort by name is tens of ms.
 */
export function sortedPositions(
  features: readonly FacilityFeature[],
  sort: SortKey,
  lang: Lang,
): Uint32Array {
  const compare = listOrder(sort, lang);
  const at = (i: number) => features[i] as FacilityFeature;
  // A plain array's sort is stable (ties keep the data's order, as sortFacilities does).
  return Uint32Array.from(features.map((_, i) => i).sort((a, b) => compare(at(a), at(b))));
}

/**
 * The shown facilities (`shown[i]` is 1 for `all[i]`, as deriveFacilities gives it) in the order of `positions`
 * (sortedPositions of `all`): what sortFacilities gives for them, without sorting again.
 */
export function inOrder(
  all: readonly FacilityFeature[],
  positions: Uint32Array,
  shown: Uint8Array,
): FacilityFeature[] {
  const out: FacilityFeature[] = [];
  for (const i of positions) {
    const f = all[i];
    if (shown[i] === 1 && f !== undefined) out.push(f);
  }
  return out;
}
