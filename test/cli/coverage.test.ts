import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { zipSync } from 'fflate';
import type { Report } from '../../src/report/report-schema';
import { BUNDLE_HELP } from '../../src/bundle/bundle-help';
import { bpa } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';

// A hang guard, not a time limit (see test/cli/scan.test.ts).
jest.setTimeout(60_000);

/** Bytes no parser takes for command output, the same on every run. */
const noise = (n: number, seed: number) =>
  Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + seed * 17 + (i >> 3)) % 256));

/** A folder built from `{ 'SRV/file.txt': content }`. */
function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-junk-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function zipOf(files: Record<string, string | Buffer>): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bpa-junk-')), 'bundle.zip');
  const entries = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? Buffer.from(v) : v]));
  writeFileSync(path, zipSync(entries));
  return path;
}

/** A copy of a sample without some of its folders. */
function sampleWithout(sample: string, ...folders: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'bpa-partial-')), sample);
  cpSync(join(ROOT, 'samples', sample), dir, { recursive: true });
  for (const folder of folders) rmSync(join(dir, folder), { recursive: true });
  return dir;
}

describe('input from which nothing could be read exits 2 and says what a bundle looks like', () => {
  test.each([
    ['an empty folder', () => folderWith({}), 'not a capture bundle: no server folders found'],
    ['files but no server folder', () => folderWith({ 'notes.txt': 'hello', 'bundle.json': '{}' }), 'no server folders found'],
    ['server folders of unknown files', () => folderWith({ 'SRV/readme.txt': 'hi', 'SRV/x.log': 'x' }), '(2 unknown file(s))'],
    [
      'known file names holding random bytes',
      () => folderWith({ 'SRV/systeminfo.txt': noise(3000, 1), 'SRV/ipconfig-all.txt': noise(2000, 2), 'SRV/qfe.txt': '' }),
      'no file in it could be read (3 damaged source file(s))',
    ],
    [
      'a file of random bytes',
      () => folderWith({ 'x.zip': noise(500, 3) }) + '/x.zip',
      'not a readable bundle folder or zip file',
    ],
    [
      'a zip of junk',
      () => zipOf({ 'SRV/readme.txt': 'hi', 'SRV/systeminfo.txt': noise(900, 4) }),
      'no file in it could be read',
    ],
  ])('%s', async (_name, make, problem) => {
    const input = make();
    const run = await bpa(['scan', input]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const [first, ...rest] = run.stderr.trimEnd().split('\n');
    expect(first).toContain(`bpa: ${input}: `);
    expect(first).toContain(problem);
    expect(rest).toEqual(BUNDLE_HELP.map((line) => `  ${line}`));
    expect(rest.join(' ')).toContain('docs/bundle-format.md');
  });

  test('bpa collect refuses it the same way', async () => {
    const run = await bpa(['collect', folderWith({ 'SRV/readme.txt': 'hi' }), '--output', join(tmpdir(), 'never.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('A capture bundle is a folder');
  });

  test('one readable file is enough: the rest is diagnostics and not-evaluated checks', async () => {
    const dir = folderWith({ 'SRV/chcp.txt': 'Active code page: 850\r\n', 'SRV/systeminfo.txt': noise(900, 5) });
    const run = await bpa(['scan', dir, '--format', 'json', '--fail-on', 'none']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Report).notEvaluated.length).toBeGreaterThan(0);
  });
});

describe('a server the cluster or the plan names that has no folder', () => {
  test('is a diagnostic naming it and the file that names it; the coverage line counts it missing', async () => {
    const bundle = sampleWithout('ccr-health-de', 'EX2007-NODE2');
    const report = JSON.parse((await bpa(['scan', bundle, '--format', 'json'])).stdout) as Report;
    expect(report.diagnostics).toContainEqual({
      file: 'EX2007-NODE1/cluster-node.txt',
      severity: 'warning',
      message:
        'cluster EX2007-CLUSTER has node EX2007-NODE2, but the bundle has no folder EX2007-NODE2: its checks are not evaluated',
    });
    expect(report.coverage!.servers).toEqual({ evaluated: 3, total: 4, missing: ['EX2007-NODE2'] });
    const text = (await bpa(['scan', bundle])).stdout;
    expect(text).toContain('\nVerdict: Critical (incomplete)\n');
    expect(text).toMatch(/\n\d+ of \d+ checks evaluated on 3 of 4 servers – missing: EX2007-NODE2\n/);
  });

  test('the rules that need every node stay not evaluated, naming the node', async () => {
    const bundle = sampleWithout('ccr-health-de', 'EX2007-NODE2');
    const report = JSON.parse((await bpa(['scan', bundle, '--format', 'json'])).stdout) as Report;
    const about = report.notEvaluated.filter((n) => n.reason.includes('EX2007-NODE2')).map((n) => n.ruleId);
    expect(about).toEqual(expect.arrayContaining(['CON-001', 'CON-004', 'CON-005']));
  });

  test('a planned node without a folder is named from bundle.json', async () => {
    const bundle = sampleWithout('readiness-de', 'MBX2');
    const report = JSON.parse((await bpa(['scan', bundle, '--format', 'json'])).stdout) as Report;
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'bundle.json', severity: 'warning', message: expect.stringContaining('node MBX2') }),
    );
    expect(report.coverage!.servers.missing).toEqual(['MBX2']);
  });

  test('a complete bundle has no such diagnostic', async () => {
    const report = JSON.parse((await bpa(['scan', 'samples/ccr-health-de', '--format', 'json'])).stdout) as Report;
    expect(report.diagnostics.filter((d) => d.message.includes('no folder'))).toEqual([]);
  });
});

describe('--fail-on-incomplete', () => {
  const partial = () => sampleWithout('ccr-health-de', 'EX2007-NODE2');

  test.each([
    ['a missing server, --fail-on none: exit 1', 'partial', ['--fail-on', 'none', '--fail-on-incomplete'], 1],
    ['a missing server, --fail-on none, without the flag: exit 0', 'partial', ['--fail-on', 'none'], 0],
    ['a complete bundle, --fail-on none: exit 0', 'complete', ['--fail-on', 'none', '--fail-on-incomplete'], 0],
    ['a complete bundle with critical findings: exit 1', 'complete', ['--fail-on-incomplete'], 1],
  ] as const)('%s', async (_name, which, flags, status) => {
    const bundle = which === 'partial' ? partial() : join(ROOT, 'samples', 'ccr-health-de');
    expect((await bpa(['scan', bundle, ...flags])).status).toBe(status);
  });

  test('a check not evaluated is enough, and analyze takes the flag too', async () => {
    const dir = folderWith({ 'SRV/chcp.txt': 'Active code page: 850\r\n' });
    expect((await bpa(['scan', dir, '--fail-on', 'none'])).status).toBe(0);
    expect((await bpa(['scan', dir, '--fail-on', 'none', '--fail-on-incomplete'])).status).toBe(1);
    const snapshot = join(dir, 'snapshot.json');
    await bpa(['collect', dir, '--output', snapshot]);
    const analyze = await bpa(['analyze', snapshot, '--fail-on', 'none', '--fail-on-incomplete']);
    expect(analyze.status).toBe(1);
    expect(JSON.parse(analyze.stdout).notEvaluated.length).toBeGreaterThan(0);
    expect(readFileSync(snapshot, 'utf8')).toContain('"chcp.txt"');
  });
});
