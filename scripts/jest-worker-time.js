#!/usr/bin/env node
/**
 * Jest's own record of how long each test file took in its last run (the `perf-cache-*` files in its cache
 * folder): the sum over all files is the worker time of a run, which a loaded machine distorts less than the
 * wall time of `npm test`. Prints, per record of this checkout's test files (jest keeps one per configuration
 * and folder), the number of files, the sum and the slowest files.
 *
 *   node scripts/jest-worker-time.js [cache folder] [how many of the slowest]
 *
 * The cache folder is jest's `cacheDirectory` (`npx jest --showConfig | grep cacheDirectory`; by default
 * /tmp/jest_<uid>). Run after a full `npx jest`: a run of a few files rewrites the durations of those only.
 */
const { readdirSync, readFileSync, statSync } = require('fs');
const { join, relative } = require('path');
const { tmpdir, userInfo } = require('os');

const folder = process.argv[2] ?? join(tmpdir(), `jest_${userInfo().uid.toString(36)}`);
const top = Number(process.argv[3] ?? 15);

const records = readdirSync(folder).filter((f) => f.startsWith('perf-cache-'));
if (records.length === 0) {
  console.error(`no perf-cache-* file in ${folder}`);
  process.exit(2);
}
const here = `${process.cwd()}/`;
let shown = 0;
for (const name of records) {
  const file = join(folder, name);
  /** { "<test file>": [status, duration ms] } */
  const durations = Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([path, [, ms]]) => [path, ms]);
  if (!durations.some(([path]) => path.startsWith(here))) continue;
  shown++;
  const sum = durations.reduce((total, [, ms]) => total + ms, 0);
  console.log(`${name} (${statSync(file).mtime.toISOString()}): ${durations.length} files, ${(sum / 1000).toFixed(0)} s`);
  durations.sort((a, b) => b[1] - a[1]);
  for (const [path, ms] of durations.slice(0, top))
    console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${relative(process.cwd(), path)}`);
}
if (shown === 0) console.error(`no record in ${folder} holds test files of ${process.cwd()}`);
