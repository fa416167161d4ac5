/**
 * `node dist/bench/reports.js [--report-servers 500] [--report-findings 10000]`: renders a synthetic fleet
 * report (made from the German CCR sample) as HTML and as PDF, each in a process of its own so that its
 * peak memory is its own, and prints one JSON line:
 * {"reportServers","reportFindings","htmlMs","htmlMb","htmlPeakRssMb","pdfMs","pdfMb","pdfPages","pdfPeakRssMb"}.
 * The times are the rendering alone; the peaks include the process and the report in memory.
 */
// @ts-nocheck

import { execFileSync } from 'child_process';
import { join } from 'path';
import { readBundle } from '../src/bundle/read-bundle';
import { collectBundle } from '../src/collect/collect-bundle';
import { buildReport } from '../src/report/build-report';
import type { Report } from '../src/report/report-schema';
import { analyze } from '../src/rules/evaluate';
import { loadRules } from '../src/rules/load-rules';
import { packageRoot } from '../src/shared/package-root';
import { renderHtml } from '../reports/html/render-html';
import { renderPdf } from '../reports/pdf/render-pdf';
import { fleetReport } from './fleet-report';

interface Rendered {
  ms: number;
  bytes: number;
  pages?: number;
  peakRssMb: number;
}

async function sampleReport(): Promise<Report> {
  const root = packageRoot();
  const rules = loadRules([join(root, 'rules')]);
  const snapshot = collectBundle(readBundle(join(root, 'samples', 'ccr-health-de')));
  const analysis = await analyze(snapshot, rules, { profile: 'health', lang: 'de' });
  const now = new Date().toISOString();
  return buildReport(snapshot, analysis, {
    profile: 'health',
    lang: 'de',
    startedAt: now,
    finishedAt: now,
    toolVersion: '0',
    rules,
  });
}

/** In the child: one format, measured. */
async function render(format: string, servers: number, findings: number): Promise<Rendered> {
  const report = fleetReport(await sampleReport(), servers, findings);
  const t = performance.now();
  const out = format === 'pdf' ? await renderPdf(report, { lang: 'de' }) : Buffer.from(renderHtml(report, { lang: 'de' }));
  const ms = performance.now() - t;
  const pages = format === 'pdf' ? (out.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length : undefined;
  return { ms, bytes: out.length, ...(pages !== undefined ? { pages } : {}), peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function inChild(format: string, servers: number, findings: number): Rendered {
  const args = [__filename, '--render', format, '--report-servers', String(servers), '--report-findings', String(findings)];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 })) as Rendered;
}

async function main(): Promise<void> {
  const servers = Number(argValue('--report-servers') ?? 500);
  const findings = Number(argValue('--report-findings') ?? 10000);
  const format = argValue('--render');
  if (format) {
    process.stdout.write(JSON.stringify(await render(format, servers, findings)));
    return;
  }
  const html = inChild('html', servers, findings);
  const pdf = inChild('pdf', servers, findings);
  const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
  const line = {
    reportServers: servers,
    reportFindings: findings,
    htmlMs: Math.round(html.ms),
    htmlMb: mb(html.bytes),
    htmlPeakRssMb: Math.round(html.peakRssMb),
    pdfMs: Math.round(pdf.ms),
    pdfMb: mb(pdf.bytes),
    pdfPages: pdf.pages,
    pdfPeakRssMb: Math.round(pdf.peakRssMb),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

main().catch((e) => {
  process.stderr.write(`bench reports: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
