/**
 * `npm run data:rail`: for each route of data/logistics/routes.yaml drawn through via points, which stretches
 * follow the Natural Earth railroad network and which are straight, and a leave-one-out estimate of how far
 * the line strays between via points. Reads the records through the data build, so it reports on exactly
 * what the build draws (and stops when data/ has a problem).
 */
import { loadData } from './data-build';
import { formatProblem } from './load-yaml';
import {
  approximateStretches,
  leaveOneOut,
  parseNetwork,
  stretchKm,
  traceVia,
  NETWORK_FILE,
} from './trace-rail';
import { readFileSync } from 'node:fs';

function main(): number {
  const { data, problems } = loadData();
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem(s) in data/: fix them first (npm run data).`);
    return 1;
  }
  const parsed = parseNetwork(JSON.parse(readFileSync(NETWORK_FILE, 'utf8')));
  if ('error' in parsed) throw new Error(parsed.error);
  const net = parsed.network;
  for (const route of data.routes) {
    if (!route.via) continue;
    const { line, segments } = traceVia(net, route.via);
    const tracedKm = segments.filter((s) => s.traced).reduce((sum, s) => sum + s.km, 0);
    const totalKm = segments.reduce((sum, s) => sum + s.km, 0);
    console.log(
      `\n${route.id}: ${route.via.length} via points, ${line.length} line points, ` +
        `${tracedKm.toFixed(0)} of ${totalKm.toFixed(0)} km traced along the network`,
    );
    const approximate = approximateStretches(segments);
    const approximateKm = approximate.reduce((sum, [from, to]) => sum + stretchKm(line, from, to), 0);
    console.log(
      `  approximate (published as such, drawn dotted): ${approximateKm.toFixed(0)} km in ${approximate.length} stretch(es)`,
    );
    for (const s of segments.filter((x) => !x.traced)) {
      console.log(`  straight ${s.km.toFixed(1)} km: ${s.from} → ${s.to} (${s.why ?? ''})`);
    }
    const held = leaveOneOut(net, route.via).sort((a, b) => a.km - b.km);
    const median = held[Math.floor(held.length / 2)]?.km ?? 0;
    const over = held.filter((h) => h.km > 2);
    console.log(
      `  leave-one-out: median ${median.toFixed(2)} km, max ${(held[held.length - 1]?.km ?? 0).toFixed(2)} km, ` +
        `${over.length} of ${held.length} over 2 km${over.length ? `: ${over.map((h) => `${h.name} ${h.km.toFixed(1)}`).join('; ')}` : ''}`,
    );
  }
  return 0;
}

process.exitCode = main();
