import { useMemo } from 'react';
import { CATEGORIES, type Category } from '../../datasets/vocabulary';
import { useShortcuts } from '../shortcuts/registry';
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
  // 1–6 toggle the categories in legend order; Shift + digit shows only that one (again: all).
  useShortcuts(
    useMemo(
      () => [
        {
          id: 'category-toggle',
          keys: [`1–${CATEGORIES.length}`],
          label: 'shortcut.categories',
          order: 10,
          match: (e: KeyboardEvent) => !e.shiftKey && digitCategory(e) !== undefined,
          run: (e: KeyboardEvent) => {
            const category = digitCategory(e);
            if (category) useStore.getState().toggleCategory(category);
          },
        },
        {
          id: 'category-only',
          keys: [`Shift + 1–${CATEGORIES.length}`],
          label: 'shortcut.onlyCategory',
          order: 11,
          match: (e: KeyboardEvent) => e.shiftKey && digitCategory(e) !== undefined,
          run: (e: KeyboardEvent) => {
            const category = digitCategory(e);
            if (category) useStore.getState().onlyCategory(category);
          },
        },
      ],
      [],
    ),
  );

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

/** The category of a digit key (1 = the first in legend order), by its physical key so Shift + 1 works. */
function digitCategory(event: KeyboardEvent): Category | undefined {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return match ? CATEGORIES[Number(match[1]) - 1] : undefined;
}
