/**
 * `node dist/bench/trend.js [--nights 365] [--servers 10]`: writes a synthetic history of nightly scans
 * (bench/trend-history.ts: the German CCR sample grown to the server count, findings that come and go,
 * configuration changes every few weeks, three nights without a scan, one damaged entry), then runs
 * `bpa history report` on it as a user would, once for HTML and once for PDF, each in a process of its own,
 * and prints one JSON line:
 * {"nights","servers","scans","historyMb","htmlMs","htmlCpuMs","htmlMb","htmlPeakRssMb","pdfMs","pdfCpuMs","pdfMb","pdfPeakRssMb"}.
 * `…Ms` is the wall time of the whole command (Node's start included), `…CpuMs` the CPU time it used
 * (user + system): on a loaded machine the wall time grows with the load, the CPU time hardly.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { packageRoot } from '../src/shared/package-root';
import { writeSyntheticHistory } from './trend-history';

interface Run {
  ms: number;
  cpuMs: number;
  bytes: number;
  peakRssMb: number;
}

/** Runs the command in a child whose own CPU time and peak memory Node reports back. */
function timed(args: string[], output: string): Run {
  const probe = [
    '-e',
    `const {main}=require(${JSON.stringify(join(packageRoot(), 'dist', 'src', 'cli', 'main.js'))});` +
      `main(${JSON.stringify(args)}).then((code)=>{const u=process.resourceUsage();` +
      `require('fs').writeSync(3,JSON.stringify({code,cpuMs:(u.userCPUTime+u.systemCPUTime)/1000,peakRssMb:u.maxRSS/1024}));process.exitCode=code;});`,
  ];
  const t = performance.now();
  const child = spawnSync(process.execPath, probe, { stdio: ['ignore', 'ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t;
  const measured = JSON.parse(String(child.output[3])) as { code: number; cpuMs: number; peakRssMb: number };
  if (measured.code !== 0) throw new Error(`bpa ${args.join(' ')} exited ${measured.code}`);
  return { ms, cpuMs: measured.cpuMs, bytes: statSync(output).size, peakRssMb: measured.peakRssMb };
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, name));
    if (s.isFile()) total += s.size;
  }
  return total;
}

async function main(): Promise<void> {
  const nights = Number(argValue('--nights') ?? 365);
  const servers = Number(argValue('--servers') ?? 10);
  const dir = mkdtempSync(join(tmpdir(), 'bpa-bench-trend-'));
  try {
    const history = join(dir, 'history');
    const ids = await writeSyntheticHistory(history, { nights, servers, gaps: [40, 41, 200], damaged: [120] });
    const html = timed(['history', 'report', history, '--output', join(dir, 'trend.html')], join(dir, 'trend.html'));
    const pdf = timed(['history', 'report', history, '--output', join(dir, 'trend.pdf')], join(dir, 'trend.pdf'));
    const mb = (bytes: number) => Math.round((bytes / 1048576) * 100) / 100;
    const line = {
      nights,
      servers,
      scans: ids.length,
      historyMb: mb(sizeOf(history)),
      htmlMs: Math.round(html.ms),
      htmlCpuMs: Math.round(html.cpuMs),
      htmlMb: mb(html.bytes),
      htmlPeakRssMb: Math.round(html.peakRssMb),
      pdfMs: Math.round(pdf.ms),
      pdfCpuMs: Math.round(pdf.cpuMs),
      pdfMb: mb(pdf.bytes),
      pdfPeakRssMb: Math.round(pdf.peakRssMb),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

main().catch((e) => {
  process.stderr.write(`bench trend: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
