import { CATEGORIES } from '../../datasets/vocabulary';
import { CATEGORY_COLORS } from '../../map/colors';
import { useStore } from '../../store/store';
import { useFacetCounts } from '../filters/use-facet-counts';
import { useT } from '../language/use-t';
import { goToScene } from '../scenes/scene-flight';
import { sceneCaption, sceneTitle, useStory } from '../scenes/use-story';
import { toggleFullscreen } from './fullscreen';
import { openPresenterWindow, resetView, setPresenting } from './presenter-controls';

/**
 * Presenter mode's slim bar: the scene's title and caption, large category toggles (each with its key),
 * and every presenter action as a button: previous and next scene, reset, full screen, presenter view,
 * shortcuts, leave.
 */
export function PresenterBar() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const categories = useStore((s) => s.categories);
  const toggle = useStore((s) => s.toggleCategory);
  const sceneIndex = useStore((s) => s.sceneIndex);
  const counts = useFacetCounts()?.categories;
  const story = useStory();
  const scene = sceneIndex === null ? undefined : story[sceneIndex];
  const go = (delta: 1 | -1) => {
    const next = sceneIndex === null ? (delta === 1 ? 0 : story.length - 1) : sceneIndex + delta;
    if (next >= 0 && next < story.length) goToScene(story, next);
  };

  return (
    <div className="present-bar" role="region" aria-label={t('present.bar')}>
      <div className="present-scene">
        {scene ? (
          <>
            <p className="present-title">
              <span className="present-step">
                {t('present.sceneOf', { n: (sceneIndex ?? 0) + 1, total: story.length })}
              </span>{' '}
              {sceneTitle(scene, lang)}
            </p>
            {sceneCaption(scene, lang) && <p className="present-caption">{sceneCaption(scene, lang)}</p>}
          </>
        ) : (
          <p className="present-title">{t('app.heading')}</p>
        )}
      </div>
      <div className="present-categories" role="group" aria-label={t('legend.title')}>
        {CATEGORIES.map((category, i) => (
          <button
            key={category}
            type="button"
            className="present-category"
            aria-pressed={categories.includes(category)}
            onClick={() => toggle(category)}
          >
            <span className="swatch" style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" />
            <kbd aria-hidden="true">{i + 1}</kbd> {t(`short.${category}`)}{' '}
            <span className="present-count">{counts?.get(category) ?? 0}</span>
          </button>
        ))}
      </div>
      <div className="present-actions">
        <button
          type="button"
          aria-label={t('present.prev')}
          title={t('present.prev')}
          onClick={() => go(-1)}
          disabled={sceneIndex === 0}
        >
          ←
        </button>
        <button
          type="button"
          aria-label={t('present.next')}
          title={t('present.next')}
          onClick={() => go(1)}
          disabled={sceneIndex === story.length - 1}
        >
          →
        </button>
        <button type="button" aria-label={t('present.reset')} title={t('present.reset')} onClick={resetView}>
          ⟲ <kbd aria-hidden="true">0</kbd>
        </button>
        <button
          type="button"
          aria-label={t('present.fullscreen')}
          title={t('present.fullscreen')}
          onClick={toggleFullscreen}
        >
          <kbd aria-hidden="true">f</kbd>
        </button>
        <button
          type="button"
          aria-label={t('present.window')}
          title={t('present.window')}
          onClick={openPresenterWindow}
        >
          ▣ <kbd aria-hidden="true">w</kbd>
        </button>
        <button
          type="button"
          aria-label={t('present.help')}
          title={t('present.help')}
          onClick={() => useStore.setState({ helpOpen: true })}
        >
          <kbd aria-hidden="true">?</kbd>
        </button>
        <button
          type="button"
          aria-label={t('present.exit')}
          title={t('present.exit')}
          onClick={() => setPresenting(false)}
        >
          ✕ <kbd aria-hidden="true">Esc</kbd>
        </button>
      </div>
    </div>
  );
}
