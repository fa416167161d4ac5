#!/usr/bin/env node
/**
 * Runs the npm scripts named on the command line side by side and fails if any fails: `npm test` type-checks and
 * builds (tsc) while it lints (eslint, prettier). Each of those uses one core, so on a 2-core machine they take
 * about the time of the longest instead of their sum. Each script's output is printed whole when it ends, so
 * that the two never interleave; the exit code is the first non-zero one.
 *
 *   node scripts/run-parallel.js build:checked lint
 */
const { Buffer } = require('buffer');
const { spawn } = require('child_process');

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/run-parallel.js <npm script> [<npm script> ...]');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `> npm run ${script}: ${status === 0 ? 'ok' : `failed (${signal ?? `exit ${status}`})`}, ${seconds} s\n`,
      );
      process.stdout.write(Buffer.concat(output));
      resolve(status);
    });
  });
}

Promise.all(scripts.map(run)).then((codes) => {
  process.exitCode = codes.find((code) => code !== 0) ?? 0;
});
