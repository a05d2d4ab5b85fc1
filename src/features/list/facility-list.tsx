import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { facilitiesQuery } from '../../datasets/queries';
import { facilityName } from '../../i18n/facility-text';
import { useT } from '../../i18n/use-t';
import { CATEGORY_COLORS } from '../../map/colors';
import { useStore } from '../../store/store';
import { visibleFacilities } from '../../store/visible-facilities';

/**
 * Every facility the map shows, as a keyboard-operable list (also the whole view when the browser
 * cannot draw the map). Selecting an item selects the facility on the map and opens its details.
 */
export function FacilityList() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const categories = useStore((s) => s.categories);
  const selectedId = useStore((s) => s.selectedId);
  const select = useStore((s) => s.select);
  const { data } = useQuery(facilitiesQuery);

  const items = useMemo(() => {
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    return visibleFacilities(data?.features ?? [], { categories })
      .map((f) => ({ id: f.id, name: facilityName(f.properties, lang), p: f.properties }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [data, categories, lang]);

  if (!data) return null;
  return (
    <section className="facility-list" aria-labelledby="list-title" id="facility-list" tabIndex={-1}>
      <h2 id="list-title">{t('list.title')}</h2>
      <p className="list-count" role="status" aria-live="polite">
        {t('list.count', { count: items.length })}
      </p>
      {items.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul>
          {items.map(({ id, name, p }) => (
            <li key={id}>
              <button
                type="button"
                className="list-item"
                aria-pressed={id === selectedId}
                onClick={() => select(id)}
              >
                <span
                  className="swatch"
                  style={{ background: CATEGORY_COLORS[p.category] }}
                  aria-hidden="true"
                />
                <span className="list-name">{name}</span>
                <span className="list-meta">
                  {t(`category.${p.category}`)} · {p.city}, {p.region}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
