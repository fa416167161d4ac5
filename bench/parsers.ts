import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { decodeCapture } from '../src/bundle/decode';
import { definitionFor, type SourceDefinition } from '../collectors/source-definition';
import { SOURCES } from '../collectors/registry';

/**
 * The collectors' parsers alone: every source file of one bundle is read and decoded once (with the folder's
 * OEM code page from chcp.txt, as collect-folder does), then each file's parser (found by the scan's own
 * dispatch, definitionFor) runs `runs` times after `warmup` runs. Prints the time per source file name
 * (CPU time, summed over the bundle's servers, per bundle), sorted, and the total per bundle; the last line is JSON.
 *
 * `npm run bench:parsers` (= build + `node dist/bench/parsers.js samples/ccr-health-en --runs 200`).
 */

interface Job {
  name: string;
  text: string;
  file: string;
  definition: SourceDefinition;
}

function jobsOf(bundle: string): Job[] {
  const jobs: Job[] = [];
  for (const server of readdirSync(bundle, { withFileTypes: true })) {
    if (!server.isDirectory()) continue;
    const folder = join(bundle, server.name);
    const names = readdirSync(folder);
    const chcp = names.find((n) => n.toLowerCase() === 'chcp.txt');
    const chcpDefinition = definitionFor(SOURCES, 'chcp.txt');
    const codePage =
      chcp && chcpDefinition
        ? (
            chcpDefinition.parse({ text: decodeCapture(readFileSync(join(folder, chcp))).text, file: chcp }).facts as {
              codePage?: number;
            }
          ).codePage
        : undefined;
    for (const name of names) {
      const definition = definitionFor(SOURCES, name);
      if (!definition) continue;
      const text = decodeCapture(readFileSync(join(folder, name)), codePage).text;
      jobs.push({ name: definition.file, text, file: `${server.name}/${name}`, definition });
    }
  }
  return jobs;
}

function timeJobs(jobs: Job[], runs: number, warmup: number): Map<string, number> {
  for (let i = 0; i < warmup; i++) for (const job of jobs) job.definition.parse({ text: job.text, file: job.file });
  const perSource = new Map<string, number>();
  for (const job of jobs) {
    // CPU time of this thread's process, not wall time: on a loaded machine the wall clock mostly measures
    // the other processes.
    const start = process.cpuUsage();
    for (let i = 0; i < runs; i++) job.definition.parse({ text: job.text, file: job.file });
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000 / runs;
    perSource.set(job.name, (perSource.get(job.name) ?? 0) + ms);
  }
  return perSource;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const bundle = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'samples/ccr-health-en';
  const runs = option('--runs', 200);
  const warmup = option('--warmup', 200);
  // `--only <source file>`: time one source alone (for `node --cpu-prof` on a single parser).
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const jobs = jobsOf(bundle).filter((job) => only === undefined || job.name === only);
  const cpu = process.cpuUsage();
  const perSource = timeJobs(jobs, runs, warmup);
  const used = process.cpuUsage(cpu);
  const sorted = [...perSource].sort((a, b) => b[1] - a[1]);
  const total = sorted.reduce((sum, [, ms]) => sum + ms, 0);
  for (const [name, ms] of sorted) process.stdout.write(`${ms.toFixed(3).padStart(8)} ms  ${name}\n`);
  process.stdout.write(`${total.toFixed(3).padStart(8)} ms  per bundle (${jobs.length} files, ${runs} runs after ${warmup})\n`);
  process.stdout.write(
    `${JSON.stringify({
      bundle,
      files: jobs.length,
      runs,
      parserMsPerBundle: Number(total.toFixed(3)),
      cpuMs: Math.round((used.user + used.system) / 1000),
      perSource: Object.fromEntries(sorted.map(([n, ms]) => [n, Number(ms.toFixed(3))])),
    })}\n`,
  );
}
