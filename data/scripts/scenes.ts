/**
 * The presenter's shipped scenes (data/scenes/*.yaml): each a view (a link's query string) with a bilingual
 * title, caption and speaker notes. The build checks that every parameter of the view is valid (nothing the
 * URL parser would drop), that it names a camera, and that every facility, route or node it names exists, so
 * a bad scene is reported here and never at show time.
 */
import { z } from 'zod';
import { sceneFields } from '../../src/datasets/schemas';
import { PARAM_KEYS, parseView, serializeView } from '../../src/store/url-codec';
import { defaultView } from '../../src/store/view-state';
import type { Problem, RawRecord } from './load-yaml';

export const sceneRecordSchema = z.strictObject(sceneFields);
export type SceneRecord = z.infer<typeof sceneRecordSchema>;

const name = (raw: RawRecord) => {
  const id =
    typeof raw.value === 'object' && raw.value !== null && 'id' in raw.value ? raw.value.id : undefined;
  return typeof id === 'string' ? id : `#${raw.index}`;
};

export function validateScenes(
  raws: RawRecord[],
  knownIds: ReadonlySet<string>,
): { scenes: SceneRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const scenes: SceneRecord[] = [];
  const seen = new Set<string>();
  for (const raw of raws) {
    const at = (field: string, message: string) =>
      problems.push({ file: raw.file, record: name(raw), line: raw.line, field, message });
    const result = sceneRecordSchema.safeParse(raw.value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys')
          for (const key of issue.keys) at(key, 'unknown field (see data/README.md)');
        else
          at(
            issue.path.join('.') || '(record)',
            issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
          );
      }
      continue;
    }
    const scene = result.data;
    if (seen.has(scene.id)) at('id', `"${scene.id}" is used by another scene`);
    seen.add(scene.id);
    const given = new URLSearchParams(scene.view);
    const before = problems.length;
    for (const key of new Set(given.keys())) {
      if (key === 'lang') at('view', "a scene does not set the language (it follows the presenter's)");
      else if (!(PARAM_KEYS as readonly string[]).includes(key))
        at('view', `"${key}" is not a view parameter`);
    }
    const view = parseView(scene.view);
    const kept = new URLSearchParams(serializeView(view, defaultView(view.lang)));
    for (const key of new Set(given.keys())) {
      if (
        key !== 'lang' &&
        (PARAM_KEYS as readonly string[]).includes(key) &&
        !kept.has(key) &&
        given.get(key) !== ''
      ) {
        at('view', `"${key}=${given.get(key)}" is not a valid value`);
      }
    }
    if (view.camera === null) at('view', 'needs a camera (cam=lon,lat,zoom)');
    for (const [key, id] of [
      ['sel', view.selectedId],
      ['rf', view.radius?.center.kind === 'facility' ? view.radius.center.id : null],
    ] as const) {
      if (id !== null && !knownIds.has(id))
        at('view', `${key}=${id}: no facility, route or node has this id`);
    }
    if (problems.length === before) scenes.push(scene);
  }
  return { scenes, problems };
}
