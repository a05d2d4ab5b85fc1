import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/datasets/vocabulary';

/** The rows of the "Coverage by kind" tables in data/README.md: kind → the records count it states. */
export function coverageRows(readme: string, heading: string): Map<string, number> {
  const start = readme.indexOf(`### ${heading}`);
  if (start < 0) throw new Error(`data/README.md has no "### ${heading}"`);
  const rows = new Map<string, number>();
  const lines = readme.slice(start).split('\n').slice(1);
  const table = lines.slice(lines.findIndex((l) => l.startsWith('|')));
  const header = table[0]?.split('|').map((c) => c.trim()) ?? [];
  const recordsAt = header.indexOf('records');
  for (const line of table.slice(2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').map((c) => c.trim());
    const kind = /^`([a-z-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (kind) rows.set(kind, Number(cells[recordsAt]));
  }
  return rows;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

type Collection = { features: { properties: Record<string, unknown> }[] };
const readme = readFileSync('data/README.md', 'utf8');
const facilities = JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')) as Collection;
const nodes = JSON.parse(readFileSync('public/geo/logistics-nodes.geojson', 'utf8')) as Collection;

describe('the coverage table in data/README.md', () => {
  it('states, for every facility category, exactly how many records it has', () => {
    const stated = coverageRows(readme, 'Coverage by kind — facilities');
    expect([...stated.keys()].sort()).toEqual([...CATEGORIES].sort());
    const actual = countBy(facilities.features, (f) => String(f.properties['category']));
    for (const [kind, count] of stated)
      expect({ kind, count }).toEqual({ kind, count: actual.get(kind) ?? 0 });
  });

  it('states how many airports and seaports there are', () => {
    const stated = coverageRows(readme, 'Coverage by kind — logistics');
    expect([...stated.keys()].sort()).toEqual(['airport', 'seaport']);
    const actual = countBy(nodes.features, (f) => String(f.properties['kind']));
    for (const [kind, count] of stated)
      expect({ kind, count }).toEqual({ kind, count: actual.get(kind) ?? 0 });
  });

  it('reads a table (and notices a wrong count)', () => {
    const table = readme.replace(
      /\| `fab` +\| ([^|]+)\| ([^|]+)\| (\d+) /,
      (_m, a, b) => `| \`fab\` | ${a}| ${b}| 999 `,
    );
    expect(coverageRows(table, 'Coverage by kind — facilities').get('fab')).toBe(999);
  });
});
