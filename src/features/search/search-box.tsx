import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { facilityName } from '../../i18n/facility-text';
import { useT } from '../../i18n/use-t';
import { useStore } from '../../store/store';
import { MAX_QUERY_LENGTH } from '../../store/view-state';
import { searchRank } from '../../store/visible-facilities';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { sortFacilities } from '../list/sort-facilities';

const MAX_SUGGESTIONS = 8;
/** The zoom the map flies to for a single facility. */
export const FACILITY_ZOOM = 12;

/**
 * Search by name, operator, city or technology, in English or French, accents and case ignored.
 * Typing filters the map and the list at once; the suggestions (a combobox) select and fly to a
 * facility with Enter or a click.
 */
export function SearchBox() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const query = useStore((s) => s.query);
  const patch = useStore((s) => s.patch);
  const { visible } = useVisibleFacilities();
  const [open, setOpen] = useState(false);
  // -1: no suggestion highlighted yet (Enter then takes the best one).
  const [active, setActive] = useState(-1);
  const listId = useId();

  const suggestions = useMemo(() => {
    if (!query.trim()) return [];
    const rank = new Map(visible.map((f) => [f.id, searchRank(f.properties, query)]));
    return sortFacilities(visible, 'name', lang)
      .sort((a, b) => (rank.get(a.id) ?? 2) - (rank.get(b.id) ?? 2))
      .slice(0, MAX_SUGGESTIONS);
  }, [visible, query, lang]);
  const shown = open && suggestions.length > 0;

  const choose = (index: number) => {
    const f = suggestions[index];
    if (!f) return;
    const [lon, lat] = f.geometry.coordinates;
    patch({ selectedId: f.id, camera: { lon, lat, zoom: FACILITY_ZOOM } });
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, suggestions.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      if (shown) setOpen(false);
      else patch({ query: '' });
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="search-label">
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          patch({ query: e.target.value });
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {shown && (
        <ul id={listId} role="listbox" className="search-suggestions" aria-label={t('search.suggestions')}>
          {suggestions.map((f, i) => (
            <li
              key={f.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: it comes before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <span className="suggestion-name">{facilityName(f.properties, lang)}</span>
              <span className="suggestion-meta">
                {f.properties.operator} · {f.properties.city}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
