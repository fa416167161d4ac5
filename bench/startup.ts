import { spawnSync } from 'child_process';
import { join } from 'path';

/**
 * How quickly bpa starts: the median wall time of 10 runs each of `node -e 0`, `bpa --version` and
 * `bpa rules list`, run in turn after one warm-up run of each (so the file cache is warm for all three alike),
 * and each command's ratio to bare node. Issue 16 asks for at most 3. Beside it the median CPU time of each
 * (bench/cpu-at-exit.ts, loaded into all three alike), which a loaded machine disturbs far less. The last line
 * is one JSON object.
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

const CPU_HOOK = join(__dirname, 'cpu-at-exit.js');

/** One run of the command: its wall time and its CPU time (user + system, bench/cpu-at-exit.ts). */
function runOnce(args: string[]): { ms: number; cpuMs: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', CPU_HOOK, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LANG: 'C' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`);
  const cpu = /BPA_BENCH_CPU ([\d.]+)/.exec(result.stderr.toString())?.[1];
  return { ms, cpuMs: Number(cpu) };
}

function main(): void {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 10;
  // Alternating, one run of each in turn, so that a burst of load on the machine hits all three alike.
  const commands = [
    ['-e', '0'],
    [BIN, '--version'],
    [BIN, 'rules', 'list'],
  ];
  for (const args of commands) runOnce(args);
  const [node, version, rulesList] = commands.map(() => [] as { ms: number; cpuMs: number }[]) as [
    { ms: number; cpuMs: number }[],
    { ms: number; cpuMs: number }[],
    { ms: number; cpuMs: number }[],
  ];
  for (let i = 0; i < runs; i++) {
    node.push(runOnce(commands[0]!));
    version.push(runOnce(commands[1]!));
    rulesList.push(runOnce(commands[2]!));
  }
  const med = (list: { ms: number; cpuMs: number }[], key: 'ms' | 'cpuMs') => median(list.map((r) => r[key]));
  const [nodeMs, versionMs, rulesListMs] = [node, version, rulesList].map((l) => med(l, 'ms')) as [number, number, number];
  const [nodeCpu, versionCpu, rulesListCpu] = [node, version, rulesList].map((l) => med(l, 'cpuMs')) as [number, number, number];
  const round = (n: number) => Math.round(n * 10) / 10;
  const result = {
    runs,
    nodeMs: round(nodeMs),
    versionMs: round(versionMs),
    rulesListMs: round(rulesListMs),
    versionRatio: round(versionMs / nodeMs),
    rulesListRatio: round(rulesListMs / nodeMs),
    nodeCpuMs: round(nodeCpu),
    versionCpuMs: round(versionCpu),
    rulesListCpuMs: round(rulesListCpu),
    versionCpuRatio: round(versionCpu / nodeCpu),
    rulesListCpuRatio: round(rulesListCpu / nodeCpu),
  };
  process.stdout.write(
    `node -e 0 ${result.nodeMs} ms; bpa --version ${result.versionMs} ms (${result.versionRatio}×); bpa rules list ${result.rulesListMs} ms (${result.rulesListRatio}×), median of ${runs}; CPU ${result.nodeCpuMs} / ${result.versionCpuMs} (${result.versionCpuRatio}×) / ${result.rulesListCpuMs} ms (${result.rulesListCpuRatio}×)\n`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
