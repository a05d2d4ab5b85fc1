import { useMemo } from 'react';
import { useStore } from '../../store/store';
import { useDerived } from '../filters/derived';
import { sortFacilities } from '../list/sort-facilities';
import type { ExportInput } from './export-rows';

/** What is shown, in the list's order, with the radius: the input of every export and of the print sheet. */
export function useShown(): ExportInput {
  const { visible, radius } = useDerived();
  const sort = useStore((s) => s.sort);
  const lang = useStore((s) => s.lang);
  return useMemo(
    () => ({
      features: sortFacilities(visible, sort, lang, radius.hits ?? undefined),
      distances: radius.hits,
      radius: radius.center && radius.hits ? { center: radius.center, km: radius.km } : null,
    }),
    [visible, sort, lang, radius],
  );
}
