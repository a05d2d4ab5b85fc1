import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { facilitiesQuery } from '../../datasets/queries';
import { COUNTRIES, REGION_CODES, STATUSES, TAGS } from '../../datasets/vocabulary';
import { foldText } from '../../i18n/search-text';
import { TAG_LABELS } from '../../i18n/tags';
import { useT } from '../language/use-t';
import { useStore, type FacetKey } from '../../store/store';
import { useFacetCounts } from './use-facet-counts';
import { Disclosure } from '../../components/disclosure';

interface Option {
  value: string;
  label: string;
  count: number;
}

/** One facet as a group of checkboxes, each with how many facilities it would leave. */
function FacetGroup({ facet, title, options }: { facet: FacetKey; title: string; options: Option[] }) {
  const chosen: readonly string[] = useStore((s) => s[facet]);
  const toggle = useStore((s) => s.toggleFacet);
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      <ul className="facet-options">
        {options.map((o) => (
          <li key={o.value}>
            <label className="facet-option">
              <input
                type="checkbox"
                checked={chosen.includes(o.value)}
                onChange={() => toggle(facet, o.value)}
              />
              <span className="facet-label">{o.label}</span>
              <span className="facet-count">{o.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The filters beyond categories: status, country, province/state, technologies, operator, coalition. */
export function FilterPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const coalitionOnly = useStore((s) => s.coalitionOnly);
  const operators = useStore((s) => s.operators);
  const regions = useStore((s) => s.regions);
  const tags = useStore((s) => s.tags);
  const patch = useStore((s) => s.patch);
  const clearFilters = useStore((s) => s.clearFilters);
  const counts = useFacetCounts();
  const { data } = useQuery(facilitiesQuery);
  const [operatorQuery, setOperatorQuery] = useState('');

  const allOperators = useMemo(
    () =>
      [...new Set((data?.features ?? []).map((f) => f.properties.operator))].sort((a, b) =>
        a.localeCompare(b, lang),
      ),
    [data, lang],
  );
  if (!counts) return null;

  const option = (value: string, label: string, map: ReadonlyMap<string, number>): Option => ({
    value,
    label,
    count: map.get(value) ?? 0,
  });
  const folded = foldText(operatorQuery);
  // A chosen operator stays listed (with its count, maybe 0) so it can always be unchosen, even one
  // that a link named but the data does not hold.
  const operatorOptions = [...allOperators, ...operators.filter((o) => !allOperators.includes(o))]
    .filter(
      (o) =>
        operators.includes(o) ||
        (folded === '' ? (counts.operators.get(o) ?? 0) > 0 : foldText(o).includes(folded)),
    )
    .map((o) => option(o, o, counts.operators));

  return (
    <section className="filters" aria-labelledby="filters-title">
      <div className="filters-head">
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button type="button" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
      </div>
      <label className="facet-option coalition">
        <input
          type="checkbox"
          checked={coalitionOnly}
          onChange={() => patch({ coalitionOnly: !coalitionOnly })}
        />
        <span className="facet-label">{t('filters.coalition')}</span>
        <span className="facet-count">{counts.coalition}</span>
      </label>
      <FacetGroup
        facet="statuses"
        title={t('filters.status')}
        options={STATUSES.map((s) => option(s, t(`status.${s}`), counts.statuses))}
      />
      <FacetGroup
        facet="countries"
        title={t('filters.country')}
        options={COUNTRIES.map((c) => option(c, t(`country.${c}`), counts.countries))}
      />
      <FacetGroup
        facet="regions"
        title={t('filters.region')}
        options={REGION_CODES.filter((r) => (counts.regions.get(r) ?? 0) > 0 || regions.includes(r)).map(
          (r) => option(r, t(`region.${r}`), counts.regions),
        )}
      />
      <Disclosure className="facet-more" summary={t('filters.tags')}>
        <FacetGroup
          facet="tags"
          title={t('filters.tags')}
          options={TAGS.filter((tag) => (counts.tags.get(tag) ?? 0) > 0 || tags.includes(tag)).map((tag) =>
            option(tag, TAG_LABELS[tag][lang], counts.tags),
          )}
        />
      </Disclosure>
      <Disclosure className="facet-more" summary={t('filters.operator')}>
        <label className="operator-search">
          <span className="visually-hidden">{t('filters.operatorSearch')}</span>
          <input
            type="search"
            placeholder={t('filters.operatorSearch')}
            value={operatorQuery}
            onChange={(e) => setOperatorQuery(e.target.value)}
          />
        </label>
        <FacetGroup facet="operators" title={t('filters.operator')} options={operatorOptions} />
      </Disclosure>
    </section>
  );
}
