import type { Scene } from '../../datasets/schemas';
import { useStore } from '../../store/store';
import { parseView } from '../../store/url-codec';
import { pickView } from '../../store/url-sync';
import { defaultView, type ViewState } from '../../store/view-state';
import type { MyScene } from './my-scenes';

/** A step of the story: a shipped scene or one the user saved. */
export type StoryScene = { kind: 'shipped'; scene: Scene } | { kind: 'mine'; scene: MyScene };

/**
 * How a view reaches the map: set while a map is on the page (SceneFlight) to fly there first and apply the
 * rest on arrival; without a map, views apply at once.
 */
let flight: ((view: ViewState) => void) | null = null;
export function setSceneFlight(fly: ((view: ViewState) => void) | null): void {
  flight = fly;
}

/** The view a scene shows, keeping what is the presenter's own (language, presenter mode, units). */
export function sceneView(step: StoryScene, state: ViewState): ViewState {
  // Only the view's own fields (the store also holds actions and transient state, which a view must not reset).
  const current = pickView({ ...useStore.getState(), ...state });
  const view = parseView(step.scene.view, { ...current, ...emptyFilters(current) });
  return { ...view, lang: current.lang, present: current.present, unit: current.unit };
}

/** What a scene does not name is reset (filters, selection, tools); the presenter's traffic choice stays. */
function emptyFilters(current: ViewState): Partial<ViewState> {
  const reset: Partial<ViewState> = { ...defaultView(current.lang), traffic: current.traffic };
  for (const own of ['lang', 'camera', 'present', 'unit'] as const) delete reset[own];
  return reset;
}

/** Shows step `index` of `story`: one camera flight, the filters applied as the camera arrives. */
export function goToScene(story: readonly StoryScene[], index: number): void {
  const step = story[index];
  if (!step) return;
  const state = useStore.getState();
  const view = sceneView(step, state);
  useStore.setState({ sceneIndex: index, timelinePlaying: false });
  if (flight && view.camera) flight(view);
  else state.setView(view);
}
