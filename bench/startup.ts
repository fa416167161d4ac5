import { spawnSync } from 'child_process';
import { join } from 'path';

/**
 * How quickly bpa starts: the median wall time of 10 runs each of `node -e 0`, `bpa --version` and
 * `bpa rules list` (after one warm-up run each, so the file cache is warm for all three alike), and each
 * command's ratio to bare node. Issue 16 asks for at most 3. The last line is one JSON object.
 *
 *   node dist/bench/startup.js [--runs 10]
 */
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'bpa.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeRuns(args: string[], runs: number): number {
  const once = () => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LANG: 'C' },
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`);
    return ms;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

function main(): void {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 10;
  const nodeMs = timeRuns(['-e', '0'], runs);
  const versionMs = timeRuns([BIN, '--version'], runs);
  const rulesListMs = timeRuns([BIN, 'rules', 'list'], runs);
  const round = (n: number) => Math.round(n * 10) / 10;
  const result = {
    runs,
    nodeMs: round(nodeMs),
    versionMs: round(versionMs),
    rulesListMs: round(rulesListMs),
    versionRatio: round(versionMs / nodeMs),
    rulesListRatio: round(rulesListMs / nodeMs),
  };
  process.stdout.write(
    `node -e 0 ${result.nodeMs} ms; bpa --version ${result.versionMs} ms (${result.versionRatio}×); bpa rules list ${result.rulesListMs} ms (${result.rulesListRatio}×), median of ${runs}\n`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
