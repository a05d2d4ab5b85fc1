import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { scenesQuery } from '../../datasets/queries';
import type { Lang } from '../../i18n/translate';
import { useMyScenes } from './my-scenes';
import type { StoryScene } from './scene-flight';

/** The story the presenter steps through: the shipped scenes, then the ones the user saved. */
export function useStory(): StoryScene[] {
  const shipped = useQuery(scenesQuery).data?.scenes;
  const mine = useMyScenes();
  return useMemo(
    () => [
      ...(shipped ?? []).map((scene): StoryScene => ({ kind: 'shipped', scene })),
      ...mine.map((scene): StoryScene => ({ kind: 'mine', scene })),
    ],
    [shipped, mine],
  );
}

export function sceneTitle(step: StoryScene, lang: Lang): string {
  return step.kind === 'mine' ? step.scene.title : lang === 'fr' ? step.scene.title_fr : step.scene.title_en;
}

export function sceneCaption(step: StoryScene, lang: Lang): string | null {
  return step.kind === 'mine' ? null : lang === 'fr' ? step.scene.caption_fr : step.scene.caption_en;
}

export function sceneNotes(step: StoryScene, lang: Lang): string | null {
  return step.kind === 'mine' ? null : lang === 'fr' ? step.scene.notes_fr : step.scene.notes_en;
}
