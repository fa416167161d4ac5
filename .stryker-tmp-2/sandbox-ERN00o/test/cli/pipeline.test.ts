// @ts-nocheck
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'fs';
import { writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { zipSync } from 'fflate';
import type { Report } from '../../src/report/report-schema';
import { runBpa, ROOT } from '../helpers/run-bpa';

const strip = (r: Report) => ({ ...r, scan: { ...r.scan, startedAt: '', finishedAt: '', source: '' } });

describe('every artefact can be saved and fed back in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-'));
  const direct = JSON.parse(runBpa(['scan', 'samples/ccr-health-de']).stdout) as Report;

  test('collect → analyze → report gives the findings of a direct scan', () => {
    const snapshot = join(dir, 'snapshot.json');
    const findings = join(dir, 'findings.json');
    const collect = runBpa(['collect', 'samples/ccr-health-de', '--output', snapshot]);
    expect(collect.status).toBe(0);
    expect(collect.stdout).toMatch(/^EX2007-NODE1 \[clusterNode\]: \d+ parsed, 0 failed, 0 missing$/m);
    expect(runBpa(['analyze', snapshot, '--output', findings]).status).toBe(1);
    const rendered = runBpa(['report', findings, '--format', 'json']);
    expect(rendered.status).toBe(0);
    expect(strip(JSON.parse(rendered.stdout))).toEqual(strip(direct));
  });

  test('scan accepts a saved snapshot', () => {
    const snapshot = join(dir, 'snapshot2.json');
    runBpa(['collect', 'samples/ccr-health-de', '--output', snapshot]);
    expect(strip(JSON.parse(runBpa(['scan', snapshot]).stdout))).toEqual(strip(direct));
  });

  test('a .zip of the bundle scans like the folder, with or without a top folder', () => {
    const files: Record<string, Uint8Array> = {};
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else files[relative(join(ROOT, 'samples'), p).split('\\').join('/')] = readFileSync(p);
      }
    };
    walk(join(ROOT, 'samples', 'ccr-health-de'));
    const wrapped = join(dir, 'wrapped.zip');
    writeFileSync(wrapped, zipSync(files));
    const flat = join(dir, 'flat.zip');
    writeFileSync(
      flat,
      zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k.replace(/^ccr-health-de\//, ''), v]))),
    );
    for (const zip of [wrapped, flat]) {
      const run = runBpa(['scan', zip]);
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.findings.map((f) => f.fingerprint)).toEqual(direct.findings.map((f) => f.fingerprint));
    }
  });

  test('a findings file that is not one is refused', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 2}');
    const run = runBpa(['report', bad, '--format', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad\.json: not a bpa findings file/);
  });
});
