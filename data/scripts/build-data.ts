/**
 * The data build: validates every record in data/ and writes public/geo/{facilities,logistics-nodes,routes}.geojson.
 *   npm run data          validate and write (writes nothing when anything is wrong)
 *   npm run data:check    validate and fail if public/geo is out of date with data/ (CI)
 */
import { build } from './data-build';

process.exitCode = build(process.argv.includes('--check'));
