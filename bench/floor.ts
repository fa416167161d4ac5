import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { decodeCapture } from '../src/bundle/decode';

/**
 * The floor of a scan: only reading every file of a folder tree and decoding it to text, as the collectors'
 * first step does (byte order mark, UTF-16LE, UTF-8, else the OEM code page). No parsing, no rules, no
 * report: no scan of the same files can be faster.
 */
export function readAndDecodeTree(dir: string): { files: number; bytes: number; chars: number } {
  let files = 0;
  let bytes = 0;
  let chars = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const raw = readFileSync(path);
        chars += decodeCapture(raw).text.length;
        bytes += raw.length;
        files += 1;
      }
    }
  };
  walk(dir);
  return { files, bytes, chars };
}

/**
 * Times readAndDecodeTree: the median of `runs` runs after one warm-up (the file cache warm, as for the scan),
 * in wall time and in CPU time (user + system of this process).
 */
export function floorMs(dir: string, runs = 5): { ms: number; cpuMs: number; files: number; bytes: number } {
  const first = readAndDecodeTree(dir);
  const times = Array.from({ length: runs }, () => {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    readAndDecodeTree(dir);
    const used = process.cpuUsage(cpu);
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000 };
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
  return {
    ms: median(times.map((t) => t.ms)),
    cpuMs: median(times.map((t) => t.cpuMs)),
    files: first.files,
    bytes: first.bytes,
  };
}

/** `npm run bench:floor -- <folder>`: prints the floor of the folder tree; the last line is JSON. */
if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: npm run bench:floor -- <folder>\n');
    process.exit(2);
  }
  const { ms, cpuMs, files, bytes } = floorMs(dir);
  process.stdout.write(
    `read and decoded ${files} files (${(bytes / 1e6).toFixed(1)} MB) in ${ms.toFixed(1)} ms, ${cpuMs.toFixed(1)} ms of CPU (median of 5)\n`,
  );
  const round = (n: number) => Math.round(n * 10) / 10;
  process.stdout.write(`${JSON.stringify({ dir, files, bytes, floorMs: round(ms), floorCpuMs: round(cpuMs) })}\n`);
}
