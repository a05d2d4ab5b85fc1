import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShortcuts } from '../shortcuts/registry';
import { nodesQuery, routesQuery } from '../../datasets/queries';
import type { FacilityProperties } from '../../datasets/schemas';
import { facilityName, operatorName } from '../../i18n/facility-text';
import { useT } from '../language/use-t';
import { useStore } from '../../store/store';
import { MAX_QUERY_LENGTH, type Camera } from '../../store/view-state';
import { searchRank } from '../../store/visible-facilities';
import { useVisibleFacilities } from '../filters/use-visible-facilities';
import { logisticsName, logisticsSearchRank, NODE_ZOOM } from '../logistics/logistics-text';
import { cameraForPoints, mapViewSize } from '../camera/frame';

const MAX_SUGGESTIONS = 8;
/** The zoom the map flies to for a single facility. */
export const FACILITY_ZOOM = 12;

interface Suggestion {
  id: string;
  name: string;
  meta: string;
  /** Where to fly when chosen (worked out then: a route is framed in the map's current size). */
  camera: () => Camera;
  /** How well its names answer the query (nameRank; 3: only other fields match). */
  rank: number;
  /** Among equal ranks, the more important record first (coalition members, then by category). */
  weight: number;
}

/** The most important records of a category come first among equal matches ("sherbrooke": the university). */
const CATEGORY_WEIGHT: Record<FacilityProperties['category'], number> = {
  organization: 5,
  university: 4,
  fab: 4,
  research: 3,
  packaging: 3,
  supplier: 2,
};
const LOGISTICS_WEIGHT = 1;

function facilityWeight(p: FacilityProperties): number {
  return CATEGORY_WEIGHT[p.category] + (p.coalition_member ? 10 : 0);
}

/** Best match first; among equals, the more important record, then the shorter (more general) name. */
function bySuggestionOrder(a: Suggestion, b: Suggestion): number {
  return (
    a.rank - b.rank || b.weight - a.weight || a.name.length - b.name.length || a.name.localeCompare(b.name)
  );
}

/**
 * Search by name, operator, city, technology or category, in English or French, accents and case ignored.
 * Typing filters the map and the list at once (shown as a removable chip beside the counts); the
 * suggestions (a combobox) select and fly to a facility, route or node with Enter or a click, and clear
 * the text, so the choice never leaves a silent filter behind.
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
  const input = useRef<HTMLInputElement>(null);
  useShortcuts(
    useMemo(
      () => [
        {
          id: 'search',
          keys: ['/'],
          label: 'shortcut.search',
          order: 20,
          match: (e: globalThis.KeyboardEvent) => e.key === '/',
          run: () => input.current?.focus(),
        },
      ],
      [],
    ),
  );

  const routes = useQuery(routesQuery).data?.features;
  const nodes = useQuery(nodesQuery).data?.features;

  // Facilities the search leaves shown, then routes and logistics nodes whose names match; best first.
  const suggestions = useMemo((): Suggestion[] => {
    if (!query.trim()) return [];
    const facilities = visible.map((f) => ({
      id: f.id,
      name: facilityName(f.properties, lang),
      meta: `${t(`category.${f.properties.category}`)} · ${operatorName(f.properties, lang)} · ${f.properties.city}`,
      camera: () => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], zoom: FACILITY_ZOOM }),
      rank: searchRank(f.properties, query),
      weight: facilityWeight(f.properties),
    }));
    const logistics = [
      ...(routes ?? []).map((r) => ({
        id: r.id,
        name: logisticsName(r.properties, lang),
        meta: t(`route.${r.properties.mode}`),
        camera: () => cameraForPoints(r.geometry.coordinates, mapViewSize()),
        rank: logisticsSearchRank(r.properties, query),
        weight: LOGISTICS_WEIGHT,
      })),
      ...(nodes ?? []).map((n) => ({
        id: n.id,
        name: logisticsName(n.properties, lang),
        meta: t(`node.${n.properties.kind}`),
        camera: () => ({ lon: n.geometry.coordinates[0], lat: n.geometry.coordinates[1], zoom: NODE_ZOOM }),
        rank: logisticsSearchRank(n.properties, query),
        weight: LOGISTICS_WEIGHT,
      })),
    ].filter((s) => s.rank < 3);
    return [...facilities, ...logistics].sort(bySuggestionOrder).slice(0, MAX_SUGGESTIONS);
  }, [visible, routes, nodes, query, lang, t]);
  const shown = open && suggestions.length > 0;

  const choose = (index: number) => {
    const s = suggestions[index];
    if (!s) return;
    // The choice is the answer: the text that found it stops filtering the map and the list.
    patch({ selectedId: s.id, camera: s.camera(), query: '' });
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
        ref={input}
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
          {suggestions.map((s, i) => (
            <li
              key={s.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: it comes before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <span className="suggestion-name">{s.name}</span>
              <span className="suggestion-meta">{s.meta}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
