import { spawn } from 'child_process';
import { EventEmitter } from 'events';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Report } from '../../src/report/report-schema';
import { quietOnClosedPipe } from '../../src/cli/main';
import { bpa } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';

// A hang guard, not a time limit (see test/cli/scan.test.ts).
jest.setTimeout(60_000);

const tempDir = (prefix = 'bpa-cli-') => mkdtempSync(join(tmpdir(), prefix));
const scanJson = async (args: string[], cwd?: string) =>
  JSON.parse((await bpa(['scan', ...args, '--format', 'json'], cwd ? { cwd } : {})).stdout) as Report;

/** A rule folder holding a copy of NET-002 under another id. */
function ruleFolder(id: string, title = `Custom ${id}`): string {
  const dir = tempDir('bpa-rules-');
  const rule = JSON.parse(readFileSync(join(ROOT, 'rules/network/NET-002.json'), 'utf8'));
  writeFileSync(join(dir, `${id}.json`), JSON.stringify({ ...rule, id, title: { ...rule.title, en: title } }, null, 2));
  return dir;
}

describe('usage', () => {
  test.each([[[]], [['--verbose']]])('bpa %j: usage on standard error, exit 2', async (args) => {
    const run = await bpa(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: bpa \[options\] \[command\]\n/);
    expect(run.stderr).toContain('\n  scan [options] <input>');
  });

  test('bpa --help is asked for: usage on standard output, exit 0', async () => {
    const run = await bpa(['--help']);
    expect([run.status, run.stdout.startsWith('Usage: bpa')]).toEqual([0, true]);
  });

  test.each([
    [['scna', 'samples/ccr-health-de'], "bpa: unknown command 'scna'\n(Did you mean scan?)\n"],
    [['scan', 'samples/ccr-health-de', '--formt', 'json'], "bpa: unknown option '--formt'\n(Did you mean --format?)\n"],
    [['rules', 'lsit'], "bpa: unknown command 'lsit'\n(Did you mean list?)\n"],
    [['rules', 'list', '--catgory', 'Network'], "bpa: unknown option '--catgory'\n(Did you mean --category?)\n"],
  ])('bpa %j names the close match', async (args, stderr) => {
    const run = await bpa(args);
    expect([run.status, run.stderr]).toEqual([2, stderr]);
  });
});

describe('a closed standard output ends quietly', () => {
  test('bin/bpa.js rules list with its reader gone: no stack trace, its own exit code', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'bpa.js'), 'rules', 'list'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy(); // the reader leaves before the first line is written, as `| head -0` would
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect([status, stderr]).toEqual([0, '']);
  });

  test('quietOnClosedPipe: EPIPE drops further writes, any other error still throws', () => {
    const stream = Object.assign(new EventEmitter(), { write: (() => false) as (chunk: string) => boolean });
    quietOnClosedPipe(stream as unknown as NodeJS.WriteStream);
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(stream.write('more')).toBe(true);
    expect(() => stream.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow('disk full');
  });
});

describe('scan options', () => {
  test('--rules can be given more than once, and takes several folders at once', async () => {
    const [a, b, c] = [ruleFolder('CUS-101'), ruleFolder('CUS-102'), ruleFolder('CUS-103')];
    const ids = (r: Report) => [...new Set(r.findings.map((f) => f.ruleId).filter((id) => id.startsWith('CUS')))];
    expect(ids(await scanJson(['samples/ccr-health-de', '--rules', a, '--rules', b]))).toEqual(['CUS-101', 'CUS-102']);
    expect(ids(await scanJson(['samples/ccr-health-de', '--rules', a, b, '--rules', c]))).toEqual([
      'CUS-101',
      'CUS-102',
      'CUS-103',
    ]);
  });

  test.each([
    ['readiness-de', [], 'readiness'],
    ['ccr-health-de', [], 'health'],
    ['readiness-de', ['--profile', 'health'], 'health'],
    ['ccr-health-de', ['--profile', 'readiness'], 'readiness'],
  ])('the profile follows the bundle: %s %j → %s', async (sample, flags, profile) => {
    expect((await scanJson([join(ROOT, 'samples', sample), ...flags])).scan.profile).toBe(profile);
  });

  test('the configuration file’s profile wins over the bundle, --profile over both', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bpa.config.json'), JSON.stringify({ profile: 'health' }));
    const sample = join(ROOT, 'samples', 'readiness-de');
    expect((await scanJson([sample], dir)).scan.profile).toBe('health');
    expect((await scanJson([sample, '--profile', 'readiness'], dir)).scan.profile).toBe('readiness');
  });

  test('a damaged bundle.json is a warning naming its line and column; the scan goes on', async () => {
    const bundle = join(tempDir(), 'bundle');
    cpSync(join(ROOT, 'samples', 'ccr-health-en'), bundle, { recursive: true });
    writeFileSync(join(bundle, 'bundle.json'), '{\n  "customer": "Fabrikam",\n  "collectedAt": 2010-06-15\n}\n');
    const run = await bpa(['scan', bundle, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^bpa: warning: bundle\.json:3: not valid JSON \(column 22: .*\); ignored: .*; the scan goes on\n$/,
    );
    const report = JSON.parse(run.stdout) as Report;
    expect(report.scan.customer).toBeUndefined();
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: 'bundle.json', line: 3, severity: 'warning' }));
  });
});

describe('colour', () => {
  const coloured = (run: { stdout: string }) => run.stdout.includes('\u001b[');
  const scan = (...flags: string[]) => ['scan', 'samples/ccr-health-de', '--fail-on', 'none', ...flags];

  test('only when standard output is a terminal, never with NO_COLOR, always with FORCE_COLOR', async () => {
    expect(coloured(await bpa(scan(), { stdoutIsTTY: true }))).toBe(true);
    expect(coloured(await bpa(scan()))).toBe(false);
    expect(coloured(await bpa(scan(), { stdoutIsTTY: true, env: { NO_COLOR: '1' } }))).toBe(false);
    expect(coloured(await bpa(scan(), { env: { FORCE_COLOR: '1' } }))).toBe(true);
    expect(coloured(await bpa(scan(), { stdoutIsTTY: true, env: { FORCE_COLOR: '0' } }))).toBe(false);
  });

  test('never in a file, and never in JSON', async () => {
    const dir = tempDir();
    await bpa(scan('--output', join(dir, 'r.txt')), { stdoutIsTTY: true, env: { FORCE_COLOR: '1' } });
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toContain('\u001b[');
    expect(coloured(await bpa(scan('--format', 'json'), { stdoutIsTTY: true }))).toBe(false);
  });
});

describe('--output into an existing folder', () => {
  test('writes bpa-<customer>-<date>.<ext> there, and never over a file already there', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keep.txt'), 'mine');
    const first = await bpa(['scan', 'samples/ccr-health-de', '--output', dir, '--fail-on', 'none']);
    expect(first.stdout).toMatch(/→ .*bpa-Müller-Logistik-GmbH-2008-11-20\.txt\n$/);
    expect(readFileSync(join(dir, 'bpa-Müller-Logistik-GmbH-2008-11-20.txt'), 'utf8')).toMatch(
      /^Exchange Server 2007 cluster health/,
    );
    await bpa(['scan', 'samples/ccr-health-de', '--output', dir, '--format', 'html', '--fail-on', 'none']);
    // A second scan of the day: one of its names is taken, so all of them get the next free number.
    await bpa(['scan', 'samples/ccr-health-de', '--output', dir, '--format', 'text,html', '--fail-on', 'none']);
    await bpa(['scan', 'samples/ccr-health-en', '--output', dir, '--customer', 'Contoso / Fabrikam: "EU"', '--fail-on', 'none']);
    expect(readdirSync(dir).sort()).toEqual([
      'bpa-Contoso-Fabrikam-EU-2010-06-15.txt',
      'bpa-Müller-Logistik-GmbH-2008-11-20-2.html',
      'bpa-Müller-Logistik-GmbH-2008-11-20-2.txt',
      'bpa-Müller-Logistik-GmbH-2008-11-20.html',
      'bpa-Müller-Logistik-GmbH-2008-11-20.txt',
      'keep.txt',
    ]);
    expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('mine');
  });

  test('a file path is the file; its extension names the format', async () => {
    const dir = tempDir();
    await bpa(['scan', 'samples/ccr-health-de', '--output', join(dir, 'out.html'), '--fail-on', 'none']);
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(existsSync(join(dir, 'out.html'))).toBe(true);
  });
});

describe('configuration mistakes', () => {
  test('a rule file with a JSON error names the file, line and column', async () => {
    const dir = tempDir('bpa-rules-');
    writeFileSync(join(dir, 'CUS-001.json'), '{\n  "id": "CUS-001",\n  "title": { "en": "x", },\n}\n');
    const run = await bpa(['rules', 'validate', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bpa: 1 problem\(s\) in rule files\n {2}\S*CUS-001\.json:3:25: not valid JSON \(/);
  });

  test('two rules with the same id are an error naming both files, a shipped consistency rule’s id too', async () => {
    const [a, b] = [ruleFolder('CUS-001'), ruleFolder('CUS-001')];
    const run = await bpa(['scan', 'samples/ccr-health-de', '--rules', a, '--rules', b]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`CUS-001.json: /id: duplicate rule id CUS-001 (also in `);
    expect(run.stderr).toMatch(
      new RegExp(`${b.split('/').pop()}/CUS-001\\.json: .*also in .*${a.split('/').pop()}/CUS-001\\.json`),
    );
    const con = await bpa(['rules', 'list', '--rules', ruleFolder('CON-001')]);
    expect(con.status).toBe(2);
    expect(con.stderr).toMatch(/CON-001\.json: \/id: duplicate rule id CON-001 \(also in .*rules\/consistency\/CON-001\.json\)/);
  });

  test('all configuration errors are reported in one run', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bpa.config.json'), JSON.stringify({ lang: 'fr' }));
    const rules = tempDir('bpa-rules-');
    writeFileSync(join(rules, 'CUS-001.json'), '{ "id": "CUS-001" ');
    const waivers = join(dir, 'w.yaml');
    writeFileSync(waivers, 'waivers:\n  - rule: ACC-001\n');
    const run = await bpa(
      ['scan', join(ROOT, 'samples', 'ccr-health-de'), '--format', 'docx', '--rules', rules, '--waivers', waivers],
      { cwd: dir },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n');
    expect(lines[0]).toMatch(/^bpa: \d+ problem\(s\) in the command line and configuration; nothing was run$/);
    expect(run.stderr).toContain('--format: unknown format "docx"');
    expect(run.stderr).toContain('bpa.config.json: /lang: must be one of "en", "de"');
    expect(run.stderr).toMatch(/CUS-001\.json:1:19: not valid JSON/);
    expect(run.stderr).toContain(`${waivers}: not a valid waiver file`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('one mistake alone is reported as before: one line, its details below', async () => {
    const run = await bpa(['scan', 'samples/ccr-health-de', '--format', 'docx']);
    expect(run.stderr).toBe('bpa: --format: unknown format "docx" (known: text, json, csv, sarif, junit, html, pdf)\n');
  });
});

describe('bpa rules show with several rule folders', () => {
  test('bpa rules show works for a rule of a --rules folder given twice', async () => {
    const a = ruleFolder('CUS-201', 'First');
    const b = ruleFolder('CUS-202', 'Second');
    const run = await bpa(['rules', 'show', 'CUS-202', '--rules', a, '--rules', b]);
    expect(run.stdout.split('\n')[0]).toBe('CUS-202  Second');
  });
});
