/**
 * Prints a markdown table of radius-query times, ours against the naive scans, measured side by side
 * in one process (rounds interleaved, median per round) so the ratios hold on a busy machine.
 * Run: npx tsx tests/bench/radius-table.ts
 */
import { createPointIndex } from '../../src/spatial';
import { BROMONT, naiveGeodesicScan, naiveTurfScan, RADIUS_KM, SIZES, syntheticPoints } from './radius-setup';

const ROUNDS = 7;
const ROUND_MS = 150;

/** Milliseconds per call of `run` over one round of `count` calls. */
function msPerCall(run: () => unknown, count: number): number {
  const start = performance.now();
  for (let i = 0; i < count; i++) run();
  return (performance.now() - start) / count;
}

/** How many calls of `run` fill about ROUND_MS. */
function calls(run: () => unknown): number {
  const start = performance.now();
  run();
  const once = Math.max(performance.now() - start, 0.001);
  return Math.max(1, Math.round(ROUND_MS / once));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const format = (ms: number): string => (ms < 1 ? ms.toFixed(3) : ms.toFixed(2));
const rows: string[] = [];
for (const size of SIZES) {
  const features = syntheticPoints(size);
  const buildStart = performance.now();
  const index = createPointIndex(features);
  const buildMs = performance.now() - buildStart;
  const runs = {
    matches: () => index.matchesWithinRadius(BROMONT, RADIUS_KM),
    ours: () => index.withinRadius(BROMONT, RADIUS_KM),
    turf: () => naiveTurfScan(features, BROMONT, RADIUS_KM),
    geodesic: () => naiveGeodesicScan(features, BROMONT, RADIUS_KM),
  };
  // Warm up (JIT), then interleave the three so drift on a shared machine hits them alike.
  for (const run of Object.values(runs)) for (let i = 0; i < 3; i++) run();
  const exact = naiveGeodesicScan(features, BROMONT, RADIUS_KM).length;
  if (runs.matches().size !== exact || runs.ours().length !== exact)
    throw new Error(`${size}: ours disagrees with the geodesic scan (${exact} points)`);
  const n = {
    matches: calls(runs.matches),
    ours: calls(runs.ours),
    turf: calls(runs.turf),
    geodesic: calls(runs.geodesic),
  };
  const samples: Record<keyof typeof runs, number[]> = { matches: [], ours: [], turf: [], geodesic: [] };
  for (let r = 0; r < ROUNDS; r++) {
    samples.matches.push(msPerCall(runs.matches, n.matches));
    samples.ours.push(msPerCall(runs.ours, n.ours));
    samples.turf.push(msPerCall(runs.turf, n.turf));
    samples.geodesic.push(msPerCall(runs.geodesic, n.geodesic));
  }
  const matches = median(samples.matches);
  const ours = median(samples.ours);
  const turf = median(samples.turf);
  const geodesic = median(samples.geodesic);
  rows.push(
    `| ${size.toLocaleString('en')} | ${exact} | ${format(buildMs)} | ${format(matches)} | ${format(ours)} | ` +
      `${format(turf)} | ${(turf / matches).toFixed(1)}× | ${(turf / ours).toFixed(1)}× | ${format(geodesic)} | ` +
      `${(geodesic / ours).toFixed(1)}× |`,
  );
}

console.log(
  `Radius query: ${RADIUS_KM} km around Bromont [${BROMONT.join(', ')}], points uniform over lon -80..-67, lat 40..49 (seeded).`,
);
console.log(`Node ${process.version}; median of ${ROUNDS} interleaved rounds.\n`);
console.log(
  '| points | hits | index build (ms, once) | ours: exact membership (ms/query) | ours: membership + every distance, sorted (ms/query) | naive turf scan (ms/query) | membership vs turf scan | sorted vs turf scan | naive geodesic scan (ms/query) | sorted vs geodesic scan |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
