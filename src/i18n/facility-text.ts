import type { FacilityProperties } from '../datasets/schemas';
import type { Lang } from './translate';

export function facilityName(
  p: Pick<FacilityProperties, 'name' | 'name_en' | 'name_fr'>,
  lang: Lang,
): string {
  return (lang === 'fr' ? p.name_fr : p.name_en) ?? p.name;
}

export function facilityDescription(
  p: Pick<FacilityProperties, 'description_en' | 'description_fr'>,
  lang: Lang,
): string {
  return lang === 'fr' ? p.description_fr : p.description_en;
}

/** The operator's name in the interface language (the recorded name when it has no French form). */
export function operatorName(p: Pick<FacilityProperties, 'operator' | 'operator_fr'>, lang: Lang): string {
  return (lang === 'fr' ? p.operator_fr : undefined) ?? p.operator;
}
