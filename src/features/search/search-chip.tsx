import { useStore } from '../../store/store';
import { useT } from '../language/use-t';

/**
 * The search text that filters the map and the list, shown where its effect is counted (the list, the
 * radius, the cross-border panels) as a chip that removes it: a search never filters silently.
 */
export function SearchChip() {
  const t = useT();
  const query = useStore((s) => s.query);
  const patch = useStore((s) => s.patch);
  if (query.trim() === '') return null;
  return (
    <span className="search-chip">
      <span>{t('search.chip', { query })}</span>
      <button
        type="button"
        className="chip-remove"
        aria-label={t('search.chipClear', { query })}
        title={t('search.chipClear', { query })}
        onClick={() => patch({ query: '' })}
      >
        ×
      </button>
    </span>
  );
}
