import { useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { serializeView } from '../../store/url-codec';
import { pickView } from '../../store/url-sync';
import { useT } from '../language/use-t';
import { deleteScene, exportMyScenes, importMyScenes, moveScene, renameScene, saveScene } from './my-scenes';
import { goToScene } from './scene-flight';
import { sceneTitle, useStory } from './use-story';

/**
 * The story's scenes: one click shows one (camera, filters, radius, selection, year); the current view can
 * be saved as a scene of one's own, renamed, reordered, deleted, exported to a file and imported from one.
 * Saved scenes stay in this browser (local storage).
 */
export function ScenesPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const current = useStore((s) => s.sceneIndex);
  const story = useStory();
  const [status, setStatus] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const shipped = story.filter((s) => s.kind === 'shipped').length;

  const save = () => {
    const view = new URLSearchParams(serializeView(pickView(useStore.getState())));
    view.delete('lang');
    view.delete('present');
    saveScene(t('scenes.defaultName', { n: story.length - shipped + 1 }), view.toString());
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportMyScenes()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `corridor-map-scenes-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const load = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const result = importMyScenes(await chosen.text());
    setStatus(
      'error' in result
        ? t('scenes.importError', { reason: result.error })
        : t('scenes.imported', { count: result.count }),
    );
  };

  return (
    <section className="scenes" aria-labelledby="scenes-title">
      <h2 id="scenes-title">{t('scenes.title')}</h2>
      <h3>{t('scenes.story')}</h3>
      <ol className="scene-list">
        {story.map((step, i) =>
          step.kind === 'shipped' ? (
            <li key={step.scene.id}>
              <button
                type="button"
                className="scene-button"
                aria-current={current === i ? 'step' : undefined}
                onClick={() => goToScene(story, i)}
              >
                {sceneTitle(step, lang)}
              </button>
            </li>
          ) : null,
        )}
      </ol>
      <h3>{t('scenes.mine')}</h3>
      {story.length === shipped && <p className="hint">{t('scenes.none')}</p>}
      <ol className="scene-list mine">
        {story.map((step, i) => {
          if (step.kind !== 'mine') return null;
          const name = step.scene.title;
          return (
            <li key={step.scene.id}>
              <button
                type="button"
                className="scene-button"
                aria-current={current === i ? 'step' : undefined}
                onClick={() => goToScene(story, i)}
              >
                ▶<span className="visually-hidden"> {name}</span>
              </button>
              <input
                aria-label={t('scenes.rename', { n: i - shipped + 1 })}
                value={name}
                maxLength={120}
                onChange={(e) => renameScene(step.scene.id, e.target.value)}
              />
              <button
                type="button"
                aria-label={t('scenes.up', { name })}
                onClick={() => moveScene(step.scene.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('scenes.down', { name })}
                onClick={() => moveScene(step.scene.id, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t('scenes.delete', { name })}
                onClick={() => deleteScene(step.scene.id)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <div className="scene-actions">
        <button type="button" onClick={save}>
          {t('scenes.save')}
        </button>
        <button type="button" onClick={download} disabled={story.length === shipped}>
          {t('scenes.export')}
        </button>
        <label className="file-button">
          {t('scenes.import')}
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            onChange={(e) => void load(e.target)}
          />
        </label>
      </div>
      {status && (
        <p role="status" className="hint">
          {status}
        </p>
      )}
    </section>
  );
}
