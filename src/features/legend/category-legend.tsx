import { CATEGORIES } from '../../datasets/vocabulary';
import { useT } from '../language/use-t';
import { CATEGORY_COLORS } from '../../map/colors';
import { useStore } from '../../store/store';
import { useFacetCounts } from '../filters/use-facet-counts';
import { LogisticsLegend } from './logistics-legend';
import { StatusKey } from './status-key';

/**
 * The legend doubles as the category toggles: one checkbox per category, with its colour and how many
 * facilities it holds under the other filters, and "only" to isolate one in a click (a second click
 * shows them all again).
 */
export function CategoryLegend() {
  const t = useT();
  const categories = useStore((s) => s.categories);
  const toggle = useStore((s) => s.toggleCategory);
  const only = useStore((s) => s.onlyCategory);
  const counts = useFacetCounts()?.categories;

  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul className="legend-list">
        {CATEGORIES.map((category) => (
          <li key={category}>
            <label className="legend-item">
              <input
                type="checkbox"
                checked={categories.includes(category)}
                onChange={() => toggle(category)}
              />
              <span className="swatch" style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" />
              <span className="legend-label">{t(`category.${category}`)}</span>
              <span className="legend-count">{counts?.get(category) ?? 0}</span>
            </label>
            <OnlyButton
              isOnly={categories.length === 1 && categories[0] === category}
              label={t(`category.${category}`)}
              onClick={() => only(category)}
            />
          </li>
        ))}
      </ul>
      <StatusKey />
      <LogisticsLegend />
    </section>
  );
}

function OnlyButton({ isOnly, label, onClick }: { isOnly: boolean; label: string; onClick: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="only-button"
      aria-pressed={isOnly}
      aria-label={t(isOnly ? 'legend.showAll' : 'legend.only', { category: label })}
      onClick={onClick}
    >
      {t(isOnly ? 'legend.allShort' : 'legend.onlyShort')}
    </button>
  );
}
