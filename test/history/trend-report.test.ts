import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bpa } from '../helpers/bpa-in-process';
import { all, byClass, byId, parseHtml, text } from '../reports/html-dom';

// Three scans of the German sample through the command line, in process: seconds on a busy machine.
jest.setTimeout(120_000);

/** Only the clock is fake: scans "run" on the nights given, everything else runs as usual. */
const clockOnly = {
  doNotFake: [
    'nextTick',
    'setImmediate',
    'clearImmediate',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'queueMicrotask',
    'hrtime',
    'performance',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'requestIdleCallback',
    'cancelIdleCallback',
  ] as (
    | 'nextTick'
    | 'setImmediate'
    | 'clearImmediate'
    | 'setTimeout'
    | 'clearTimeout'
    | 'setInterval'
    | 'clearInterval'
    | 'queueMicrotask'
    | 'hrtime'
    | 'performance'
    | 'requestAnimationFrame'
    | 'cancelAnimationFrame'
    | 'requestIdleCallback'
    | 'cancelIdleCallback'
  )[],
};

/**
 * The "done when": three nightly scans into a history folder (the 20th, the 21st after the binding
 * order on EX2007-NODE2 was swapped, and the 23rd after NetBIOS was switched on on its heartbeat, with no
 * scan on the 22nd), then `bpa history report` gives a page with the chart, the timeline and the strips.
 */
describe('bpa history report over three nightly scans', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-trend-'));
  const bundle = join(dir, 'bundle');
  const history = join(dir, 'history');
  const edit = (file: string, from: string, to: string) => {
    const path = join(bundle, 'EX2007-NODE2', file);
    const before = readFileSync(path, 'latin1');
    expect(before).toContain(from);
    writeFileSync(path, before.replace(from, to), 'latin1');
  };
  const scanOn = async (at: string) => {
    jest.setSystemTime(new Date(at));
    const run = await bpa(['scan', bundle, '--history', history, '--format', 'json', '--output', join(dir, 'out') + '/']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  };

  beforeAll(async () => {
    cpSync('samples/ccr-health-de', bundle, { recursive: true });
    jest.useFakeTimers(clockOnly);
    try {
      await scanOn('2008-11-20T00:15:00Z');
      edit(
        'reg-tcpip-linkage.txt',
        '\\Device\\{15DB44D2-899D-44D0-8217-E5C0A7B65626}\\0\\Device\\{C81DFE19-F99A-4969-B34C-CC75AF88362F}',
        '\\Device\\{C81DFE19-F99A-4969-B34C-CC75AF88362F}\\0\\Device\\{15DB44D2-899D-44D0-8217-E5C0A7B65626}',
      );
      await scanOn('2008-11-21T00:15:00Z');
      edit('reg-netbt-interfaces.txt', 'NetbiosOptions\tREG_DWORD\t0x2', 'NetbiosOptions\tREG_DWORD\t0x1');
      await scanOn('2008-11-23T00:15:00Z');
    } finally {
      jest.useRealTimers();
    }
  });

  test('gives a page with the chart, the timeline and the strips', async () => {
    const out = join(dir, 'trend.html');
    const run = await bpa(['history', 'report', history, '--output', out]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const { root } = parseHtml(readFileSync(out, 'utf8'));
    const chart = byId(root, 'severity-chart');
    expect(byClass(chart, 'x-axis-title').map(text)).toEqual(['Night']);
    expect(byClass(chart, 'bar').length).toBeGreaterThanOrEqual(3 * 2);
    expect(byClass(chart, 'band').map((b) => b.attrs.class)).toEqual(['band band-gap']);
    expect(
      byClass(byId(root, 'strips'), 'strip-row').map((r) =>
        text(r.children.find((c) => typeof c !== 'string' && c.tag === 'th')!),
      ),
    ).toEqual(['CCR-CLUSTER001', 'EX2007-CLUSTER', 'EX2007-HUB1', 'EX2007-NODE1', 'EX2007-NODE2', 'Organization-wide']);
    const entries = byClass(byId(root, 'timeline'), 'timeline-entry');
    expect(entries.map((e) => e.attrs['data-id'])).toEqual(['20081121-001500', '20081123-001500']);
    expect(byClass(entries[0]!, 'change').map((c) => text(c).trim())).toEqual([
      expect.stringMatching(/^Binding order – EX2007-NODE2: (.+), (.+) → \2, \1$/),
    ]);
    expect(text(entries[1]!)).toMatch(
      /2 further configuration values changed \(bpa diff 20081121-001500 20081123-001500 --history <folder> lists them\)/,
    );
    const links = byClass(byId(root, 'nights'), 'report-link').map((a) => a.attrs.href);
    expect(links).toEqual([
      'history/entries/20081120-001500/report.json.gz',
      'history/entries/20081121-001500/report.json.gz',
      'history/entries/20081123-001500/report.json.gz',
    ]);
    expect(all(byId(root, 'nights'), (e) => e.attrs['data-day'] === '2008-11-22').map((r) => text(r))).toEqual([
      expect.stringContaining('No scan'),
    ]);
  });

  test('--since and --until frame the nights; --format pdf writes a PDF; --lang de a German page', async () => {
    const framed = await bpa(['history', 'report', history, '--since', '2008-11-21', '--until', '2008-11-22', '--lang', 'de']);
    expect(framed.status).toBe(0);
    const nights = byClass(parseHtml(framed.stdout).root, 'night').map((r) => r.attrs['data-day']);
    expect(nights).toEqual(['2008-11-21', '2008-11-22']);
    expect(framed.stdout).toContain('Verlauf der nächtlichen Prüfungen');
    const pdf = await bpa(['history', 'report', history, '--output', join(dir, 'trend.pdf')]);
    expect(pdf.status).toBe(0);
    expect(readFileSync(join(dir, 'trend.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a damaged stored scan: a warning naming it on stderr and on the page, and the night shown as damaged', async () => {
    const copy = join(dir, 'damaged');
    cpSync(history, copy, { recursive: true });
    writeFileSync(join(copy, 'entries', '20081121-001500', 'report.json.gz'), 'not gzip');
    // An entry whose meta.json is lost drops out of the index when the index is rebuilt: still named, never skipped.
    rmSync(join(copy, 'entries', '20081123-001500', 'meta.json'));
    rmSync(join(copy, 'index.json'));
    const run = await bpa(['history', 'report', copy]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/warning: scan 20081123-001500 \(2008-11-23\) is damaged: .*meta\.json: missing or damaged/);
    expect(run.stdout).toContain('Scan 20081123-001500 of 23 Nov 2008 is damaged and was not read (meta.json)');
    expect(run.stderr).toMatch(
      /^bpa history report: warning: scan 20081121-001500 \(2008-11-21\) is damaged: .*report\.json\.gz: damaged/,
    );
    const { root } = parseHtml(run.stdout);
    expect(text(byId(root, 'warnings'))).toContain('Scan 20081121-001500 of 21 Nov 2008 is damaged');
    expect(all(root, (e) => e.attrs['data-day'] === '2008-11-21').map((r) => r.attrs.class)).toEqual(['night state-damaged']);
  });

  test.each([
    [['history', 'report', 'samples'], /samples: not a bpa history folder/],
    [['history', 'report', 'HISTORY', '--since', '2008-13-01'], /--since: "2008-13-01" is not a day/],
    [
      ['history', 'report', 'HISTORY', '--since', '2008-11-23', '--until', '2008-11-20'],
      /--since 2008-11-23 is after --until 2008-11-20/,
    ],
    [['history', 'report', 'HISTORY', '--format', 'csv'], /--format: "csv" is not html or pdf/],
    [['history', 'report', 'HISTORY', '--time-zone', 'Mars/Olympus'], /--time-zone: "Mars\/Olympus" is not a time zone/],
  ])('unusable input exits 2 with one line: %j', async (args, message) => {
    const run = await bpa(args.map((a) => (a === 'HISTORY' ? history : a)));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
