/**
 * `npm run data:stale`: the records (facilities, logistics nodes, routes) whose newest source was published
 * more than three years before today, oldest first, then the records none of whose sources states a
 * publication date ("undated"). Reads the records through the data build, so it stops when data/ has a
 * problem. `staleRecords` is the pure part (tests/unit/data-stale.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadData } from './data-build';
import { formatProblem, loadYamlList } from './load-yaml';

/** How old a record's newest source may be before it is listed. */
export const STALE_YEARS = 3;

export interface DatedRecord {
  id: string;
  /** The facility's category, the node's kind or the route's mode. */
  kind: string;
  /** Facilities only. */
  status?: string | undefined;
  file: string;
  sources: { published?: string | undefined }[];
}

export interface StaleEntry {
  id: string;
  kind: string;
  status?: string | undefined;
  file: string;
  /** The newest `published` date of the record's sources; undefined for an undated record. */
  newest?: string | undefined;
}

/** `today` (YYYY-MM-DD) minus `years` years; 29 February becomes 28 February in a common year. */
export function yearsBefore(today: string, years: number): string {
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The records whose newest published source is older than `years` years before `today` (strictly: a source
 * published exactly three years ago is not stale), oldest first (ties by id); and the records with no
 * published date on any source, by id.
 */
export function staleRecords(
  records: DatedRecord[],
  today: string,
  years = STALE_YEARS,
): { stale: StaleEntry[]; undated: StaleEntry[] } {
  const cutoff = yearsBefore(today, years);
  const stale: StaleEntry[] = [];
  const undated: StaleEntry[] = [];
  for (const r of records) {
    const dates = r.sources.flatMap((s) => (s.published === undefined ? [] : [s.published])).sort();
    const newest = dates.at(-1);
    const entry = { id: r.id, kind: r.kind, status: r.status, file: r.file, newest };
    if (newest === undefined) undated.push(entry);
    else if (newest < cutoff) stale.push(entry);
  }
  stale.sort((a, b) => (a.newest ?? '').localeCompare(b.newest ?? '') || a.id.localeCompare(b.id));
  undated.sort((a, b) => a.id.localeCompare(b.id));
  return { stale, undated };
}

const root = resolve(import.meta.dirname, '..', '..');

/** Which file each record id is written in. */
function filesById(): Map<string, string> {
  const dirs = [
    join(root, 'data', 'facilities'),
    join(root, 'data', 'logistics', 'nodes'),
    join(root, 'data', 'logistics'),
  ];
  const byId = new Map<string, string>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const file = relative(root, join(dir, name));
      for (const r of loadYamlList(file, readFileSync(join(dir, name), 'utf8')).records) {
        const v = r.value;
        if (typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string')
          byId.set(v.id, file);
      }
    }
  }
  return byId;
}

function main(): number {
  const { data, problems } = loadData();
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem(s) in data/: fix them first (npm run data).`);
    return 1;
  }
  const files = filesById();
  const file = (id: string) => files.get(id) ?? '?';
  const records: DatedRecord[] = [
    ...data.facilities.map((f) => ({ ...f, kind: f.category, file: file(f.id) })),
    ...data.nodes.map((n) => ({ ...n, kind: n.kind, file: file(n.id) })),
    ...data.routes.map((r) => ({ ...r, kind: r.mode, file: file(r.id) })),
  ];
  const today = new Date().toISOString().slice(0, 10);
  const { stale, undated } = staleRecords(records, today);
  const line = (e: StaleEntry) =>
    [e.id.padEnd(52), e.kind.padEnd(14), (e.status ?? '').padEnd(19), (e.newest ?? '—').padEnd(11), e.file]
      .join(' ')
      .trimEnd();
  const header = ['id'.padEnd(52), 'kind'.padEnd(14), 'status'.padEnd(19), 'newest'.padEnd(11), 'file'].join(
    ' ',
  );
  console.log(
    `${stale.length} record(s) whose newest source was published before ${yearsBefore(today, STALE_YEARS)} (more than ${STALE_YEARS} years ago), oldest first:\n`,
  );
  console.log(header);
  for (const e of stale) console.log(line(e));
  console.log(`\n${undated.length} undated record(s) (no source states a publication date):\n`);
  console.log(header);
  for (const e of undated) console.log(line(e));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
