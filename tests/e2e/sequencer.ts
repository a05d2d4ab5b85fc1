import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Browser-test files run two at a time: the longest start first, so no long file is left to run alone at the end
 * (longest-processing-time order). Files not named here run after these, in Vitest's own order.
 */
const LONGEST_FIRST = [
  'faults',
  'fuzz-urls',
  'right-answers',
  'embed',
  'presenter',
  'explore',
  'app',
  'anywhere',
  'offline',
  'logistics',
  'radius',
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}.test.ts`));
      return index < 0 ? LONGEST_FIRST.length : index;
    };
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file);
  }
}
