import { describe, expect, it } from 'vitest';
import { formatProblem, loadYamlList } from '../../data/scripts/load-yaml';
import { validateScenes } from '../../data/scripts/scenes';

const scene = (view: string, extra = '') => `
- id: s1
  title_en: A scene
  title_fr: Une scène
  caption_en: Caption.
  caption_fr: Légende.
  notes_en: Notes.
  notes_fr: Notes de présentation.
  view: ${view}
${extra}`;

const problems = (yaml: string) => {
  const { records } = loadYamlList('data/scenes/story.yaml', yaml);
  return validateScenes(records, new Set(['c2mi-bromont'])).problems.map(formatProblem);
};

describe('scene validation', () => {
  it('accepts a valid scene', () => {
    expect(problems(scene('sel=c2mi-bromont&cat=fab,research&rc=-71.9,45.4&r=50&cam=-72,45,8'))).toEqual([]);
  });

  it('names the file, scene and field of a bad scene', () => {
    expect(problems(scene('sel=nowhere&cam=-72,45,8'))).toEqual([
      'data/scenes/story.yaml, record s1, line 2: field "view": sel=nowhere: no facility, route or node has this id',
    ]);
    expect(problems(scene('cat=fab'))).toEqual([
      'data/scenes/story.yaml, record s1, line 2: field "view": needs a camera (cam=lon,lat,zoom)',
    ]);
    expect(problems(scene('cam=-72,45,99&bogus=1'))[0]).toMatch(
      /field "view": "bogus" is not a view parameter/,
    );
    expect(problems(scene('cam=-72,45,99'))[0]).toMatch(/field "view": "cam=-72,45,99" is not a valid value/);
    expect(problems(scene('lang=fr&cam=-72,45,8'))[0]).toMatch(/does not set the language/);
    expect(problems(scene('cam=-72,45,8', '  colour: red\n'))[0]).toMatch(/field "colour": unknown field/);
    expect(problems(scene('cam=-72,45,8').replace('  title_fr: Une scène\n', ''))[0]).toMatch(
      /field "title_fr": is required/,
    );
  });
});
