/**
 * `node dist/bench/reports.js [--report-servers 10000] [--report-findings 18000] [--report-not-evaluated 4000]
 * [--runs 5]`: renders a synthetic fleet report (made from the German CCR sample, `fleet-report.ts`: the
 * servers with an inventory entry each, the findings and not-evaluated items of a 10,000-server fleet as the
 * evaluation benchmark finds them) as HTML and as PDF, each format in a process of its own so that its peak
 * memory is its own, and measures each against its baseline (issue 16 point 6):
 * - HTML: bpa's `renderHtml` against one bare handlebars template writing the same visible text from data
 *   ready for it (`html-baseline.ts`);
 * - PDF: bpa's `renderPdf` against pdfkit alone writing the same texts with `text()` in the same fonts, sizes
 *   and widths (`pdf-baseline.ts`).
 * In each process: one warm-up run of each side, then `--runs` timed runs of each, alternating, each after a
 * full garbage collection when `--expose-gc` is given (bench.ts gives it); the medians are reported. Prints
 * one JSON line: {"reportServers","reportFindings","reportNotEvaluated","htmlMs","htmlBaselineMs","htmlRatio",
 * "htmlMb","htmlPeakRssMb","pdfMs","pdfBaselineMs","pdfRatio","pdfMb","pdfPages","pdfPeakRssMb","htmlRunsMs",
 * "htmlBaselineRunsMs","pdfRunsMs","pdfBaselineRunsMs"}. The times are the rendering alone (bpa's from the
 * JSON report, the view included); the peaks include the process and the report in memory.
 */
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
import { htmlBaselineData, htmlBaselineTemplate } from './html-baseline';
import { recordPdfTexts, writePdfTexts } from './pdf-baseline';

interface Measured {
  runsMs: number[];
  baselineRunsMs: number[];
  bytes: number;
  baselineBytes: number;
  pages?: number;
  peakRssMb: number;
}

interface Sizes {
  servers: number;
  findings: number;
  notEvaluated: number;
  runs: number;
}

const LANG = 'de';

async function sampleReport(): Promise<Report> {
  const root = packageRoot();
  const rules = loadRules([join(root, 'rules')]);
  const snapshot = collectBundle(readBundle(join(root, 'samples', 'ccr-health-de')));
  const analysis = await analyze(snapshot, rules, { profile: 'health', lang: LANG });
  const now = '2026-12-06T02:00:00.000Z';
  return buildReport(snapshot, analysis, {
    profile: 'health',
    lang: LANG,
    startedAt: now,
    finishedAt: now,
    toolVersion: '0',
    rules,
  });
}

async function timed(fn: () => Promise<Buffer | string> | Buffer | string): Promise<{ ms: number; bytes: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  const out = await fn();
  return { ms: performance.now() - t, bytes: out.length };
}

/** In the child: one format, bpa and its baseline, warm-up then alternating timed runs. */
async function measure(format: string, sizes: Sizes): Promise<Measured> {
  const report = fleetReport(await sampleReport(), sizes.servers, sizes.findings, {
    notEvaluated: sizes.notEvaluated,
    inventory: true,
  });
  let bpa: () => Promise<Buffer | string> | Buffer | string;
  let baseline: () => Promise<Buffer | string> | Buffer | string;
  if (format === 'pdf') {
    const texts = await recordPdfTexts(report, LANG);
    bpa = () => renderPdf(report, { lang: LANG });
    baseline = () => writePdfTexts(texts);
  } else {
    const template = htmlBaselineTemplate();
    const data = htmlBaselineData(report, LANG);
    bpa = () => renderHtml(report, { lang: LANG });
    baseline = () => template(data);
  }
  const warm = await timed(bpa);
  const warmBaseline = await timed(baseline);
  const runsMs: number[] = [];
  const baselineRunsMs: number[] = [];
  for (let i = 0; i < sizes.runs; i++) {
    runsMs.push((await timed(bpa)).ms);
    baselineRunsMs.push((await timed(baseline)).ms);
  }
  const pages = format === 'pdf' ? pageCount(await renderPdf(report, { lang: LANG })) : undefined;
  return {
    runsMs,
    baselineRunsMs,
    bytes: warm.bytes,
    baselineBytes: warmBaseline.bytes,
    ...(pages !== undefined ? { pages } : {}),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

function inChild(format: string, sizes: Sizes): Measured {
  const args = [
    '--expose-gc',
    __filename,
    '--render',
    format,
    '--report-servers',
    String(sizes.servers),
    '--report-findings',
    String(sizes.findings),
    '--report-not-evaluated',
    String(sizes.notEvaluated),
    '--runs',
    String(sizes.runs),
  ];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 })) as Measured;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round1 = (x: number) => Math.round(x * 100) / 100;
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

async function main(): Promise<void> {
  const sizes: Sizes = {
    servers: Number(argValue('--report-servers') ?? 10000),
    findings: Number(argValue('--report-findings') ?? 18000),
    notEvaluated: Number(argValue('--report-not-evaluated') ?? 4000),
    runs: Number(argValue('--runs') ?? 5),
  };
  const format = argValue('--render');
  if (format) {
    process.stdout.write(JSON.stringify(await measure(format, sizes)));
    return;
  }
  const html = inChild('html', sizes);
  const pdf = inChild('pdf', sizes);
  const [htmlMs, htmlBaselineMs, pdfMs, pdfBaselineMs] = [html.runsMs, html.baselineRunsMs, pdf.runsMs, pdf.baselineRunsMs].map(
    median,
  );
  const line = {
    reportServers: sizes.servers,
    reportFindings: sizes.findings,
    reportNotEvaluated: sizes.notEvaluated,
    htmlMs: Math.round(htmlMs!),
    htmlBaselineMs: Math.round(htmlBaselineMs!),
    htmlRatio: round1(htmlMs! / htmlBaselineMs!),
    htmlMb: mb(html.bytes),
    htmlPeakRssMb: Math.round(html.peakRssMb),
    pdfMs: Math.round(pdfMs!),
    pdfBaselineMs: Math.round(pdfBaselineMs!),
    pdfRatio: round1(pdfMs! / pdfBaselineMs!),
    pdfMb: mb(pdf.bytes),
    pdfPages: pdf.pages,
    pdfPeakRssMb: Math.round(pdf.peakRssMb),
    htmlRunsMs: html.runsMs.map(Math.round),
    htmlBaselineRunsMs: html.baselineRunsMs.map(Math.round),
    pdfRunsMs: pdf.runsMs.map(Math.round),
    pdfBaselineRunsMs: pdf.baselineRunsMs.map(Math.round),
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
