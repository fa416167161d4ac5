/**
 * `node dist/bench/hostile.js [--case <name>] [--scale <factor>]`: the hostile cases of issue 12, each run at
 * size n and 2n in a process of its own, printing one JSON line per case with both times and their ratio.
 * Doubling the input should at most double the time (a ratio near 2, plus noise); a ratio near 4 is a
 * quadratic path. The sizes are multiplied by `--scale` (0.1 for a quick look). It measures only; no target.
 */
import { execFileSync } from 'child_process';
import { rmSync } from 'fs';
import { join } from 'path';
import { SOURCES } from '../collectors/registry';
import { readBundle } from '../src/bundle/read-bundle';
import { collectBundle } from '../src/collect/collect-bundle';
import { analyzeSnapshot } from '../src/pipeline/analyze-snapshot';
import { renderOutputs } from '../src/pipeline/render-outputs';
import { loadRules } from '../src/rules/load-rules';
import { packageRoot } from '../src/shared/package-root';
import type { Snapshot } from '../src/snapshot/schema';
import type { Branding } from '../src/report/report-schema';
import { hotfixBundle, ipconfigBundle, LINE_SHAPES, longName, longNameSnapshot } from './hostile-inputs';

const ALL_FORMATS = ['json', 'csv', 'sarif', 'junit', 'html', 'pdf'];

interface HostileCase {
  /** What n counts. */
  unit: string;
  n: number;
  /** Builds the input of size n (not timed) and returns the timed work and a clean-up. */
  prepare: (n: number) => { run: () => Promise<void>; cleanUp?: () => void };
}

const sample = (name: string) => join(packageRoot(), 'samples', name);

/** Bundle in, reports out: what `bpa scan --format json,csv,sarif,junit,html,pdf` does (or fewer formats). */
async function scanBundle(dir: string, formats = ALL_FORMATS): Promise<void> {
  await scanSnapshot(collectBundle(readBundle(dir)), undefined, formats);
}

async function scanSnapshot(snapshot: Snapshot, branding?: Branding, formats = ALL_FORMATS): Promise<void> {
  const rules = loadRules([join(packageRoot(), 'rules')]);
  const startedAt = new Date().toISOString();
  const report = await analyzeSnapshot(snapshot, rules, {
    profile: 'health',
    lang: 'en',
    startedAt,
    ...(branding ? { branding } : {}),
  });
  await renderOutputs(report, formats, { lang: 'en' });
}

const CASES: Record<string, HostileCase> = {
  hotfixes: {
    unit: 'distinct hotfixes on each of two cluster nodes',
    n: 50000,
    prepare: (n) => {
      const dir = hotfixBundle(sample('ccr-health-en'), ['MBX-NODE-A', 'MBX-NODE-B'], n);
      return { run: () => scanBundle(dir), cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  ipconfig: {
    // Tens of thousands of adapters give as many findings: the report renderers' volume is bench/reports.ts's.
    unit: 'MB of ipconfig /all output on one node (the JSON report only)',
    n: 25,
    prepare: (n) => {
      const dir = ipconfigBundle(sample('ccr-health-en'), 'MBX-NODE-A', n * 1024 * 1024);
      return { run: () => scanBundle(dir, ['json']), cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  'long names': {
    unit: 'characters in the customer, consultant and a node name',
    n: 10000,
    prepare: (n) => {
      const snapshot = longNameSnapshot(collectBundle(readBundle(sample('ccr-health-en'))), 'MBX-NODE-A', n);
      const branding = { customer: longName(n), consultant: longName(n) };
      return { run: () => scanSnapshot(snapshot, branding) };
    },
  },
  'parser lines': {
    unit: `characters in one line, for each of ${Object.keys(LINE_SHAPES).length} shapes and ${SOURCES.length} parsers`,
    n: 200000,
    prepare: (n) => {
      const texts = Object.values(LINE_SHAPES).map((make) => make(n));
      const run = async () => {
        for (const text of texts) for (const source of SOURCES) source.parse({ text, file: source.file });
      };
      return { run };
    },
  },
};

/** In the child: one case at one size, timed. */
async function measure(name: string, n: number): Promise<{ ms: number; peakRssMb: number }> {
  const { run, cleanUp } = CASES[name]!.prepare(n);
  try {
    const t = performance.now();
    await run();
    return { ms: performance.now() - t, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  } finally {
    cleanUp?.();
  }
}

function inChild(name: string, n: number): { ms: number; peakRssMb: number } {
  const args = ['--max-old-space-size=4096', __filename, '--measure', name, '--n', String(n)];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 })) as {
    ms: number;
    peakRssMb: number;
  };
}

async function main(): Promise<void> {
  const measured = argValue('--measure');
  if (measured) {
    process.stdout.write(JSON.stringify(await measure(measured, Number(argValue('--n')))));
    return;
  }
  const scale = Number(argValue('--scale') ?? 1);
  const only = argValue('--case');
  for (const [name, c] of Object.entries(CASES)) {
    if (only && name !== only) continue;
    const n = Math.max(1, Math.round(c.n * scale));
    const small = inChild(name, n);
    const large = inChild(name, 2 * n);
    const line = {
      case: name,
      unit: c.unit,
      n,
      ms: Math.round(small.ms),
      n2: 2 * n,
      ms2: Math.round(large.ms),
      ratio: Math.round((large.ms / small.ms) * 100) / 100,
      peakRssMb2: large.peakRssMb,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

main().catch((e) => {
  process.stderr.write(`bench hostile: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
