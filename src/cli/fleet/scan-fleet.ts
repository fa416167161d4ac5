import { mkdirSync, statSync } from 'fs';
import { join } from 'path';
import { printable } from '../../shared/display-text';
import { UserError } from '../../shared/errors';
import { toolVersion } from '../../shared/package-root';
import { buildFleetSummary, type FleetSummary } from '../../report/fleet-summary';
import { FORMAT_FILES, type FormatName } from '../../../reports/format-files';
import { renderSummaryHtml } from '../../../reports/summary/summary-html';
import { writeFileSafely } from '../output';
import { createProgress } from '../progress';
import { resolveLang } from '../options';
import { bundleReportNames, SUMMARY_BASE_NAME } from './bundle-names';
import type { FleetScanOptions, FleetTask } from './fleet-task';
import { rememberSetup, type FleetSetup } from './scan-bundle';
import { runFleet } from './run-fleet';
import { defaultJobs } from './worker-pool';

/**
 * `bpa scan <bundle> <bundle>… --output <folder>`: one report per bundle, named after the bundle, and the
 * summary (summary.json, summary.html) in the folder. Returns the worst exit code over all bundles; a
 * bundle that cannot be read is a row of the summary with its error (exit 2), and the others go on.
 */
export async function scanFleet(
  inputs: string[],
  options: FleetScanOptions & { output?: string; history?: string; jobs?: number; progress: boolean },
  formats: string[],
  setup?: FleetSetup,
): Promise<{ summary: FleetSummary; written: string[] }> {
  const dir = fleetFolder(options.output);
  const startedAt = new Date().toISOString();
  const names = bundleReportNames(
    inputs,
    dir,
    formats.map((f) => FORMAT_FILES[f as FormatName].extension),
  );
  const scanOptions = fleetScanOptions(options);
  if (setup) rememberSetup(scanOptions, setup);
  const tasks: FleetTask[] = inputs.map((input, i) => ({
    input,
    name: names[i]!,
    dir,
    formats,
    options: scanOptions,
    startedAt,
  }));
  const results = await runFleet(tasks, options.jobs ?? defaultJobs(), createProgress(options.progress));
  for (const r of results) {
    for (const warning of r.warnings) process.stderr.write(`bpa: ${printable(r.input)}: ${printable(warning)}\n`);
    if (r.error) {
      const named = r.error.message.includes(r.input) ? '' : `${printable(r.input)}: `;
      process.stderr.write(`bpa: ${named}${r.error.message}\n`);
      for (const line of r.error.details) process.stderr.write(`  ${line}\n`);
    }
  }
  const summary = buildFleetSummary(results, { version: toolVersion(), startedAt, finishedAt: new Date().toISOString() });
  const json = join(dir, `${SUMMARY_BASE_NAME}.json`);
  const html = join(dir, `${SUMMARY_BASE_NAME}.html`);
  writeFileSafely(json, `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSafely(html, renderSummaryHtml(summary, resolveLang(options.lang)));
  return { summary, written: [html, json] };
}

/** The options several bundles cannot take, checked with the rest of the set-up before anything is read or written. */
export function checkFleetOptions(options: { output?: string; history?: string }): void {
  if (options.output === undefined || options.output === '-') {
    throw new UserError('several bundles need --output <folder>: one report per bundle and a summary are written there');
  }
  if (options.history) throw new UserError('--history keeps the scans of one bundle: give one bundle, or no --history');
}

/** The output folder of a fleet scan: made when missing; standard output or a file cannot take many reports. */
function fleetFolder(given: string | undefined): string {
  checkFleetOptions({ output: given });
  const output = given!;
  let isDir = false;
  try {
    isDir = statSync(output).isDirectory();
  } catch {
    try {
      mkdirSync(output, { recursive: true });
      isDir = true;
    } catch (e) {
      throw new UserError(
        `--output ${output}: cannot create the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
  }
  if (!isDir) throw new UserError(`--output ${output}: not a folder; several bundles need a folder for their reports`);
  return output;
}

/** Only what a worker needs, as plain data (the structured clone a worker thread receives). */
function fleetScanOptions(o: FleetScanOptions): FleetScanOptions {
  const keys = [
    'profile',
    'failOn',
    'failOnIncomplete',
    'lang',
    'rules',
    'config',
    'baseline',
    'waivers',
    'customer',
    'consultant',
    'logo',
    'accent',
  ] as const;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (o[key] !== undefined) out[key] = o[key];
  return out as unknown as FleetScanOptions;
}
