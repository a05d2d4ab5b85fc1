import { useCallback } from 'react';
import { useStore } from '../../store/store';
import { useDerived } from '../filters/derived';
import { sortFacilities } from '../list/sort-facilities';
import type { ExportInput } from './export-rows';

/**
 * What is shown, in the list's order, with the radius: the input of every export and of the print sheet. Sorted
 * only when asked for (an export, a print), not on every filter change: the list already sorts what it shows.
 */
export function useShown(): { count: number; get: () => ExportInput } {
  const { visible, radius } = useDerived();
  const sort = useStore((s) => s.sort);
  const lang = useStore((s) => s.lang);
  const get = useCallback(
    (): ExportInput => ({
      features: sortFacilities(visible, sort, lang, radius.hits ?? undefined),
      distances: radius.hits,
      radius: radius.center && radius.hits ? { center: radius.center, km: radius.km } : null,
    }),
    [visible, sort, lang, radius],
  );
  return { count: visible.length, get };
}
