/* eslint-disable @typescript-eslint/no-require-imports -- the pipeline is required inside the timing on purpose */
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { sampleFleet } from './sample-fleet';

/**
 * Where a thread of a fleet scan spends its CPU time: `copies` copies of samples/ccr-health-en (default 100, what
 * each of two threads scans in the 200-bundle benchmark), scanned one after the other in this fresh process in
 * the steps of `scanBundle` (src/cli/fleet/scan-bundle.ts) and `collectBundle`, each step timed in CPU time
 * (user + system). First the start-up: requiring the worker's code (with the number of modules it loads) and
 * reading the set-up (configuration, rules). Then `passes` passes over the bundles: the first is what a thread
 * of the fleet scan does (the code still cold: interpreted, then optimised), the later ones the same code warm.
 * The steps mirror the scan's own functions; the reports are written as the scan writes them. The last line is
 * one JSON object.
 *
 *   node dist/bench/scan-phases.js [--copies 100] [--passes 2]
 */

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function main(): Promise<void> {
  const copies = arg('--copies', 100);
  const passes = arg('--passes', 2);
  const root = mkdtempSync(join(tmpdir(), 'bpa-scan-phases-'));
  try {
    const { bundles: inputs } = sampleFleet(root, copies);
    const out = join(root, 'reports');
    mkdirSync(out);

    const modulesBefore = Object.keys(require.cache).length;
    let at = cpuMs();
    require('../src/cli/fleet/scan-bundle');
    const requireMs = cpuMs() - at;
    const modules = Object.keys(require.cache).length - modulesBefore;
    const { readBundle } = require('../src/bundle/read-bundle') as typeof import('../src/bundle/read-bundle');
    const { collectFolder } = require('../src/collect/collect-folder') as typeof import('../src/collect/collect-folder');
    const { bundleHash } = require('../src/collect/collect-bundle') as typeof import('../src/collect/collect-bundle');
    const { SOURCES } = require('../collectors/registry') as typeof import('../collectors/registry');
    const { parseManifest } = require('../src/bundle/manifest') as typeof import('../src/bundle/manifest');
    const { assembleSnapshot } = require('../src/snapshot/assemble') as typeof import('../src/snapshot/assemble');
    const { validateSnapshot } = require('../src/snapshot/validate') as typeof import('../src/snapshot/validate');
    const { analyzeSnapshot } = require('../src/pipeline/analyze-snapshot') as typeof import('../src/pipeline/analyze-snapshot');
    const { renderOutputs } = require('../src/pipeline/render-outputs') as typeof import('../src/pipeline/render-outputs');
    const { writeFileSafely } = require('../src/cli/output') as typeof import('../src/cli/output');
    const { loadAllRules } = require('../src/cli/options') as typeof import('../src/cli/options');
    const { loadProjectConfig } = require('../src/config/load-config') as typeof import('../src/config/load-config');
    const extrasModule = require('../src/history/scan-extras') as typeof import('../src/history/scan-extras');

    at = cpuMs();
    const config = loadProjectConfig(undefined);
    const rules = loadAllRules(undefined, config);
    const extras = extrasModule.prepareScanExtras({});
    const setupMs = cpuMs() - at;

    const steps = ['read', 'parse', 'assemble', 'validate', 'analyze', 'render', 'write'] as const;
    const results: Array<Record<(typeof steps)[number] | 'total', number>> = [];
    for (let pass = 0; pass < passes; pass++) {
      const spent = Object.fromEntries(steps.map((s) => [s, 0])) as Record<(typeof steps)[number], number>;
      let last = cpuMs();
      const lap = (step: (typeof steps)[number]) => {
        const now = cpuMs();
        spent[step] += now - last;
        last = now;
      };
      for (const input of inputs) {
        last = cpuMs();
        const raw = readBundle(input);
        lap('read');
        const folders = raw.folders.map((folder) => collectFolder(folder, SOURCES));
        lap('parse');
        const { manifest, diagnostics } = parseManifest(raw.manifest);
        const snapshot = assembleSnapshot(folders, { source: raw.source, sha256: bundleHash(raw), manifest, diagnostics });
        lap('assemble');
        validateSnapshot(snapshot, raw.source);
        lap('validate');
        const built = await analyzeSnapshot(snapshot, rules, {
          profile: 'health',
          lang: 'en',
          startedAt: new Date().toISOString(),
        });
        const { report } = extrasModule.applyScanExtras(built, snapshot, extras);
        lap('analyze');
        const outputs = await renderOutputs(report, ['json'], { lang: 'en', color: false });
        lap('render');
        for (const o of outputs) writeFileSafely(join(out, `${input.slice(-13)}.${o.extension}`), o.content);
        lap('write');
      }
      const perBundle = Object.fromEntries(steps.map((s) => [s, round(spent[s] / copies)])) as Record<
        (typeof steps)[number],
        number
      >;
      results.push({ ...perBundle, total: round(steps.reduce((sum, s) => sum + spent[s], 0) / copies) });
    }
    process.stdout.write(`start-up: require ${round(requireMs)} ms CPU (${modules} modules), set-up ${round(setupMs)} ms\n`);
    process.stdout.write(`CPU ms per bundle over ${copies} bundles:\n`);
    process.stdout.write(`pass  ${[...steps, 'total'].map((s) => s.padStart(9)).join('')}\n`);
    results.forEach((r, i) =>
      process.stdout.write(
        `${String(i + 1).padEnd(6)}${[...steps, 'total' as const].map((s) => String(r[s]).padStart(9)).join('')}\n`,
      ),
    );
    process.stdout.write(
      `${JSON.stringify({ copies, requireMs: round(requireMs), modules, setupMs: round(setupMs), passes: results })}\n`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

void main();
