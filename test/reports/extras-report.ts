import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { applyBaseline, createBaseline } from '../../src/baseline/baseline';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { changesBetween } from '../../src/diff/changes';
import { buildReport } from '../../src/report/build-report';
import type { Report } from '../../src/report/report-schema';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import type { Lang } from '../../src/rules/rule-schema';
import type { Snapshot } from '../../src/snapshot/schema';
import { applyWaivers } from '../../src/waivers/apply-waivers';
import { readWaivers } from '../../src/waivers/read-waivers';
import { ROOT } from '../helpers/run-bpa';
import { HOSTILE_ACCOUNT, HOSTILE_HOST } from './sample-report';

export const WAIVERS = 'samples/waivers.example.yaml';
export const BASELINE = 'baselines/müller-2008-11.json';
export const PREVIOUS_ID = '20081119T090000Z-health';

/** Switches NetBIOS on on EX2007-NODE2's heartbeat adapter (NetbiosOptions 2 → 1), as the nightly test does. */
export function enableNetbiosOnNode2(bundle: string): void {
  const netbt = join(bundle, 'EX2007-NODE2', 'reg-netbt-interfaces.txt');
  const text = readFileSync(netbt, 'latin1');
  const changed = text.replace('NetbiosOptions\tREG_DWORD\t0x2', 'NetbiosOptions\tREG_DWORD\t0x1');
  if (changed === text) throw new Error(`${netbt}: no NetbiosOptions 0x2 to change`);
  writeFileSync(netbt, changed, 'latin1');
}

async function scanFolder(bundle: string, lang: Lang, startedAt: string): Promise<{ report: Report; snapshot: Snapshot }> {
  const rules = loadRules([join(ROOT, 'rules')]);
  const snapshot = collectBundle(readBundle(bundle));
  const analysis = await analyze(snapshot, rules, { profile: 'health', lang });
  const finishedAt = new Date(Date.parse(startedAt) + 2000).toISOString();
  const meta = { profile: 'health' as const, lang, startedAt, finishedAt, toolVersion: '0.1.0' };
  const report = buildReport(snapshot, analysis, { ...meta, rules });
  return { report: { ...report, scan: { ...report.scan, source: 'samples/ccr-health-de' } }, snapshot };
}

/**
 * Two scans (as `bpa scan` runs them) of a copy of the German sample, a day apart, the second after NetBIOS was switched on on
 * EX2007-NODE2's heartbeat. The second has what `bpa scan --waivers --baseline --history` adds to it, built
 * by the real code: the example waiver file (on 15 January 2009, so the CON-004 waiver has expired), a
 * baseline made from the first scan, and the changes since the first scan.
 */
export async function scanWithExtras(lang: Lang): Promise<Report> {
  const bundle = join(mkdtempSync(join(tmpdir(), 'bpa-extras-')), 'bundle');
  cpSync(join(ROOT, 'samples', 'ccr-health-de'), bundle, { recursive: true });
  try {
    const before = await scanFolder(bundle, lang, '2008-11-19T09:00:00.000Z');
    enableNetbiosOnNode2(bundle);
    const after = await scanFolder(bundle, lang, '2009-01-15T09:00:00.000Z');
    const waivers = readWaivers(join(ROOT, WAIVERS));
    let report = applyWaivers(after.report, waivers, WAIVERS, '2009-01-15');
    const baseline = createBaseline(before.report, 'night1/bpa-health.json', new Date('2008-11-19T10:00:00.000Z'));
    report = applyBaseline(report, baseline, BASELINE);
    const changes = changesBetween({ ...before, id: PREVIOUS_ID, label: PREVIOUS_ID }, { report, snapshot: after.snapshot });
    return { ...report, changes };
  } finally {
    rmSync(join(bundle, '..'), { recursive: true, force: true });
  }
}

/** The report with hostile markup wherever the bundle, the waiver file or the baseline gave a text. */
export function hostileExtras(report: Report): Report {
  const changes = report.changes!;
  const waived = report.waived!;
  const accepted = report.accepted!;
  return {
    ...report,
    changes: {
      ...changes,
      since: { ...changes.since, source: HOSTILE_ACCOUNT },
      findings: { ...changes.findings, new: changes.findings.new.map((f) => ({ ...f, server: HOSTILE_HOST })) },
      settings: changes.settings.map((s) => ({ ...s, server: HOSTILE_HOST, after: HOSTILE_ACCOUNT })),
    },
    waived: {
      ...waived,
      file: HOSTILE_ACCOUNT,
      findings: waived.findings.map((f) => ({
        ...f,
        waiver: { ...f.waiver, justification: HOSTILE_ACCOUNT, owner: HOSTILE_HOST },
      })),
      unmatched: waived.unmatched.map((w) => ({ ...w, server: HOSTILE_HOST })),
    },
    accepted: { ...accepted, baseline: { ...accepted.baseline, file: HOSTILE_ACCOUNT } },
  };
}
