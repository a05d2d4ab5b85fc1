/** The data build (see build-data.ts for the commands): reads data/, validates it, compares or writes public/geo. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadGeography } from './geography';
import { formatProblem, loadYamlList, type Problem, type RawRecord } from './load-yaml';
import { toGeoJson } from './to-geojson';
import { NETWORK_FILE, parseNetwork } from './trace-rail';
import { validateData, type ValidatedData } from './validate';
import { validateScenes, type SceneRecord } from './scenes';

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

/** Every record in data/, validated; `problems` lists what is wrong (YAML and validation). */
export function loadData(): { data: ValidatedData & { scenes: SceneRecord[] }; problems: Problem[] } {
  const problems: Problem[] = [];
  const facilities = yamlFiles(join(root, 'data', 'facilities')).flatMap((f) => readList(f, problems));
  const nodes = yamlFiles(join(root, 'data', 'logistics', 'nodes')).flatMap((f) => readList(f, problems));
  const routes = readList(join(root, 'data', 'logistics', 'routes.yaml'), problems);
  const geo = loadGeography(join(root, 'public', 'geo'));
  const railFile = NETWORK_FILE;
  let rail: ReturnType<typeof parseNetwork>;
  try {
    rail = parseNetwork(JSON.parse(readFileSync(railFile, 'utf8')));
  } catch (error) {
    rail = { error: error instanceof Error ? error.message : String(error) };
  }
  if ('error' in rail) {
    problems.push({ file: relative(root, railFile), record: '', field: '(file)', message: rail.error });
  }
  const result = validateData(
    { facilities, nodes, routes },
    'network' in rail ? { ...geo, railNetwork: rail.network } : geo,
  );
  const sceneRecords = yamlFiles(join(root, 'data', 'scenes')).flatMap((f) => readList(f, problems));
  const knownIds = new Set(
    [...result.data.facilities, ...result.data.nodes, ...result.data.routes].map((r) => r.id),
  );
  const scenes = validateScenes(sceneRecords, knownIds);
  return {
    data: { ...result.data, scenes: scenes.scenes },
    problems: [...problems, ...result.problems, ...scenes.problems],
  };
}

/** The files of public/geo that differ from what data/ builds. */
export function staleOutputs(data: ValidatedData & { scenes: SceneRecord[] }): string[] {
  return Object.entries(toGeoJson(data))
    .filter(([name, text]) => {
      try {
        return readFileSync(join(root, 'public', 'geo', name), 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
}

export function build(check: boolean): number {
  const { data, problems } = loadData();
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem(s) in data/; nothing was written.`);
    return 1;
  }
  const stale = staleOutputs(data);
  const counts = `${data.facilities.length} facilities, ${data.nodes.length} logistics nodes, ${data.routes.length} routes, ${data.scenes.length} scenes`;
  if (check && stale.length > 0) {
    console.error(
      `public/geo is out of date with data/ (${stale.join(', ')}): run \`npm run data\` and commit the result.`,
    );
    return 1;
  }
  const outputs = toGeoJson(data);
  for (const name of stale) writeFileSync(join(root, 'public', 'geo', name), outputs[name] ?? '');
  console.log(
    check ? `data/ is valid and public/geo is up to date: ${counts}.` : `Wrote public/geo: ${counts}.`,
  );
  return 0;
}
