import { useStore } from '../../store/store';
import { sceneCaption, sceneTitle, useStory } from './use-story';

/** The current scene's title and caption, over the map (presenter mode shows them in its bar). */
export function SceneCaption() {
  const lang = useStore((s) => s.lang);
  const index = useStore((s) => s.sceneIndex);
  const story = useStory();
  const scene = index === null ? undefined : story[index];
  if (!scene) return null;
  const caption = sceneCaption(scene, lang);
  return (
    <div className="scene-caption" role="status">
      <strong>{sceneTitle(scene, lang)}</strong>
      {caption && <span>{caption}</span>}
    </div>
  );
}
