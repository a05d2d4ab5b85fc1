#!/usr/bin/env node
// `npm run deps:check`: lists the production dependencies (direct and transitive, from package-lock.json) with
// their versions and licences, and fails on a licence outside the allow-list or a missing one. The registry's
// audit endpoint is not reachable from our machines; this is the check we can run everywhere.
import { readFileSync } from 'node:fs';

const ALLOWED = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'CC0-1.0',
  'Unlicense',
  'BlueOak-1.0.0',
]);

/** An SPDX expression is allowed when every alternative of an OR, or every part of an AND, is. */
function allowed(expression) {
  const clean = expression.replace(/[()]/g, '').trim();
  if (clean.includes(' OR ')) return clean.split(' OR ').some((part) => allowed(part));
  if (clean.includes(' AND ')) return clean.split(' AND ').every((part) => allowed(part));
  return ALLOWED.has(clean);
}

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const rows = [];
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  if (path === '' || entry.dev || entry.devOptional) continue;
  const name = path.replace(/^.*node_modules\//, '');
  rows.push({ name, version: entry.version ?? '?', license: entry.license ?? '' });
}
rows.sort((a, b) => a.name.localeCompare(b.name));
const width = Math.max(...rows.map((r) => r.name.length));
for (const r of rows)
  console.log(`${r.name.padEnd(width)}  ${r.version.padEnd(10)}  ${r.license || '(none)'}`);
const bad = rows.filter((r) => !r.license || !allowed(r.license));
const direct = Object.keys(
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).dependencies ?? {},
);
console.log(
  `\n${rows.length} production packages (${direct.length} direct); allowed licences: ${[...ALLOWED].join(', ')}`,
);
if (bad.length > 0) {
  console.error(
    `\nNot allowed or missing licence:\n${bad.map((r) => `  ${r.name}@${r.version}: ${r.license || '(none)'}`).join('\n')}`,
  );
  process.exit(1);
}
