/**
 * The data build: validates every record in data/ and writes public/geo/{facilities,logistics-nodes,routes}.geojson.
 *   npm run data          validate and write (writes nothing when anything is wrong)
 *   npm run data:check    validate and fail if public/geo is out of date with data/ (CI)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadGeography } from './geography';
import { formatProblem, loadYamlList, type Problem, type RawRecord } from './load-yaml';
import { toGeoJson } from './to-geojson';
import { validateData } from './validate';

const root = resolve(import.meta.dirname, '..', '..');

function readList(path: string, problems: Problem[]): RawRecord[] {
  const file = relative(root, path);
  const { records, problems: found } = loadYamlList(file, readFileSync(path, 'utf8'));
  problems.push(...found);
  return records;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

export function build(check: boolean): number {
  const problems: Problem[] = [];
  const facilities = yamlFiles(join(root, 'data', 'facilities')).flatMap((f) => readList(f, problems));
  const nodes = readList(join(root, 'data', 'logistics', 'nodes.yaml'), problems);
  const routes = readList(join(root, 'data', 'logistics', 'routes.yaml'), problems);
  const geo = loadGeography(
    join(root, 'public', 'geo'),
    join(root, 'data', 'logistics', 'natural-earth-railroads.geojson'),
  );
  const result = validateData({ facilities, nodes, routes }, geo);
  problems.push(...result.problems);

  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem(s) in data/; nothing was written.`);
    return 1;
  }

  const outputs = toGeoJson(result.data);
  const stale: string[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    const path = join(root, 'public', 'geo', name);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current === text) continue;
    if (check) stale.push(name);
    else writeFileSync(path, text);
  }
  const counts = `${result.data.facilities.length} facilities, ${result.data.nodes.length} logistics nodes, ${result.data.routes.length} routes`;
  if (stale.length > 0) {
    console.error(
      `public/geo is out of date with data/ (${stale.join(', ')}): run \`npm run data\` and commit the result.`,
    );
    return 1;
  }
  console.log(
    check ? `data/ is valid and public/geo is up to date: ${counts}.` : `Wrote public/geo: ${counts}.`,
  );
  return 0;
}

process.exitCode = build(process.argv.includes('--check'));
