import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bpa } from '../../helpers/bpa-in-process';
import type { FleetSummary } from '../../../src/report/fleet-summary';
import type { Report } from '../../../src/report/report-schema';

// A hang guard, not a time limit: each bundle is a whole scan.
jest.setTimeout(120_000);

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** A folder that is no bundle: one file of noise, no server folder. */
function brokenBundle(root: string): string {
  const dir = join(root, 'broken <bundle>');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'noise.bin'), Buffer.from([0, 1, 2, 3, 255]));
  return dir;
}

describe('bpa scan of several bundles, in this thread (--jobs 1)', () => {
  let out: string;
  let run: Awaited<ReturnType<typeof bpa>>;
  let summary: FleetSummary;
  let broken: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'bpa-fleet-'));
    out = join(root, 'out');
    broken = brokenBundle(root);
    run = await bpa([
      'scan',
      'samples/ccr-health-en',
      'samples/ccr-health-de',
      broken,
      'samples/ccr-health-en/',
      '--output',
      out,
      '--format',
      'json,html',
      '--jobs',
      '1',
    ]);
    summary = readJson<FleetSummary>(join(out, 'summary.json'));
  });

  test('exits with the worst code over all bundles: 2, one bundle could not be read', () => {
    expect(run.status).toBe(2);
    expect(summary.exitCode).toBe(2);
    expect(summary.bundles.map((b) => b.exitCode)).toEqual([0, 1, 2, 0]);
  });

  test('writes one report per format and bundle, named after the bundle folder, and the summary', () => {
    expect(readdirSync(out).sort()).toEqual([
      'ccr-health-de.html',
      'ccr-health-de.json',
      'ccr-health-en-2.html',
      'ccr-health-en-2.json',
      'ccr-health-en.html',
      'ccr-health-en.json',
      'summary.html',
      'summary.json',
    ]);
    expect(summary.bundles.map((b) => b.name)).toEqual(['ccr-health-en', 'ccr-health-de', 'broken-bundle', 'ccr-health-en-2']);
    expect(summary.bundles[1]!.reports).toEqual(['ccr-health-de.json', 'ccr-health-de.html']);
  });

  test("each bundle's report is the report a scan of that bundle alone writes", async () => {
    const alone = JSON.parse((await bpa(['scan', 'samples/ccr-health-de', '--format', 'json'])).stdout) as Report;
    const inFleet = readJson<Report>(join(out, 'ccr-health-de.json'));
    const comparable = (r: Report) => ({ ...r, scan: { ...r.scan, startedAt: '', finishedAt: '' } });
    expect(comparable(inFleet)).toEqual(comparable(alone));
  });

  test('a row per bundle: verdict, coverage and counts', () => {
    const de = summary.bundles[1]!;
    expect(de.scanned).toMatchObject({
      profile: 'health',
      customer: 'Müller Logistik GmbH',
      servers: 4,
      verdict: { profile: 'health', status: 'critical', incomplete: false },
      counts: { critical: 3, warning: 8, info: 2, notEvaluated: 0 },
    });
    expect(de.scanned!.coverage.checks.evaluated).toBe(de.scanned!.coverage.checks.total);
    expect(summary.totals).toMatchObject({ bundles: 4, scanned: 3, failed: 1, servers: 12, critical: 3, warning: 8, info: 2 });
  });

  test('the broken bundle is a row with its error, and the bundles after it were scanned', () => {
    const row = summary.bundles[2]!;
    expect(row).toMatchObject({ input: broken, name: 'broken-bundle', exitCode: 2, reports: [] });
    expect(row.scanned).toBeUndefined();
    expect(row.error!.message).toContain('not a capture bundle');
    expect(summary.bundles[3]!.scanned?.verdict.status).toBe('healthy');
    expect(run.stderr).toContain(`bpa: ${broken}: not a capture bundle`);
  });

  test('standard output is one line over all bundles naming the summary', () => {
    expect(run.stdout).toBe(
      `bpa: 3 of 4 bundles scanned, 1 could not be scanned: 3 critical, 8 warning, 2 info, 0 not evaluated on 12 servers → ${join(out, 'summary.html')}, ${join(out, 'summary.json')}\n`,
    );
  });

  test('the summary page links each report and escapes what the bundle names', () => {
    const html = readFileSync(join(out, 'summary.html'), 'utf8');
    expect(html).toContain('<a href="ccr-health-de.html">ccr-health-de.html</a>');
    expect(html).toContain('broken &#60;bundle&#62;');
    expect(html).not.toContain('broken <bundle>');
    expect(html).toContain('<td class="critical">Critical</td>');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  test('a second run into the same folder overwrites no report: the names take the next number', async () => {
    const again = await bpa([
      'scan',
      'samples/ccr-health-en',
      'samples/ccr-health-en',
      '--output',
      out,
      '--format',
      'json',
      '--jobs',
      '1',
    ]);
    expect(again.status).toBe(0);
    expect(readJson<FleetSummary>(join(out, 'summary.json')).bundles.map((b) => b.reports)).toEqual([
      ['ccr-health-en-3.json'],
      ['ccr-health-en-4.json'],
    ]);
  });
});

describe('bpa scan of several bundles in worker threads, German', () => {
  test('the workers write the same reports; the summary page is German', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bpa-fleet-workers-'));
    const out = join(root, 'out');
    const run = await bpa([
      'scan',
      'samples/ccr-health-de',
      brokenBundle(root),
      'samples/readiness-de',
      '--output',
      out,
      '--format',
      'json',
      '--lang',
      'de',
      '--jobs',
      '2',
    ]);
    expect(run.status).toBe(2);
    const summary = readJson<FleetSummary>(join(out, 'summary.json'));
    expect(summary.bundles.map((b) => [b.name, b.exitCode, b.scanned?.verdict.status ?? b.error?.message])).toEqual([
      ['ccr-health-de', 1, 'critical'],
      ['broken-bundle', 2, expect.stringContaining('not a capture bundle')],
      ['readiness-de', expect.any(Number), expect.stringMatching(/^(ready|notReady)$/)],
    ]);
    expect(readJson<Report>(join(out, 'ccr-health-de.json')).scan.lang).toBe('de');
    const html = readFileSync(join(out, 'summary.html'), 'utf8');
    expect(html).toContain('<html lang="de">');
    for (const word of ['Kritisch', 'Nicht prüfbar', 'Abdeckung', 'Prüfungen ausgewertet auf', 'Zustand'])
      expect(html).toContain(word);
    for (const word of ['Critical', 'Coverage', 'Could not', 'checks evaluated']) expect(html).not.toContain(word);
  });
});

describe('bpa scan of more bundles than threads (--jobs 2: this thread and one worker, one queue)', () => {
  test('every bundle once, the rows in the order given, each report as a scan in this thread writes it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bpa-fleet-queue-'));
    const inputs = ['samples/ccr-health-en', 'samples/ccr-health-de', brokenBundle(root), 'samples/readiness-de'];
    const given = [...inputs, ...inputs, 'samples/ccr-health-de'];
    const scan = (jobs: string, out: string) =>
      bpa(['scan', ...given, '--output', join(root, out), '--format', 'json', '--jobs', jobs]);
    const [threads, alone] = [await scan('2', 'threads'), await scan('1', 'alone')];
    expect(threads.status).toBe(alone.status);
    const rows = (out: string) => readJson<FleetSummary>(join(root, out, 'summary.json')).bundles;
    expect(rows('threads')).toEqual(rows('alone'));
    expect(rows('threads').map((b) => b.name)).toEqual([
      'ccr-health-en',
      'ccr-health-de',
      'broken-bundle',
      'readiness-de',
      'ccr-health-en-2',
      'ccr-health-de-2',
      'broken-bundle-2',
      'readiness-de-2',
      'ccr-health-de-3',
    ]);
    const comparable = (r: Report) => ({ ...r, scan: { ...r.scan, startedAt: '', finishedAt: '' } });
    for (const file of readdirSync(join(root, 'alone')).filter((f) => f !== 'summary.json' && f.endsWith('.json'))) {
      expect(comparable(readJson<Report>(join(root, 'threads', file)))).toEqual(
        comparable(readJson<Report>(join(root, 'alone', file))),
      );
    }
  });
});

describe('bpa scan of several bundles: mistakes', () => {
  test('without --output: exit 2 before any scan, saying why', async () => {
    const run = await bpa(['scan', 'samples/ccr-health-en', 'samples/ccr-health-de']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'bpa: several bundles need --output <folder>: one report per bundle and a summary are written there\n',
    );
  });

  test('with --history: exit 2, a history keeps one bundle', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bpa-fleet-history-'));
    const run = await bpa([
      'scan',
      'samples/ccr-health-en',
      'samples/ccr-health-de',
      '--output',
      out,
      '--history',
      join(out, 'h'),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--history keeps the scans of one bundle');
  });

  test.each([['0'], ['two'], ['1.5'], ['-1']])('--jobs %s is a usage error', async (jobs) => {
    const run = await bpa(['scan', 'samples/ccr-health-en', 'samples/ccr-health-de', '--output', tmpdir(), '--jobs', jobs]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--jobs');
  });
});
