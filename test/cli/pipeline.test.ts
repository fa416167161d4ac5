import { mkdtempSync, readFileSync, readdirSync, statSync } from 'fs';
import { writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { zipSync } from 'fflate';
import type { Report } from '../../src/report/report-schema';
import { ROOT } from '../helpers/run-bpa';
import { bpa } from '../helpers/bpa-in-process';

// A hang guard, not a time limit (see test/cli/scan.test.ts).
jest.setTimeout(60_000);

const strip = (r: Report) => ({ ...r, scan: { ...r.scan, startedAt: '', finishedAt: '', source: '' } });

describe('every artefact can be saved and fed back in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-'));
  let direct: Report;
  beforeAll(async () => {
    direct = JSON.parse((await bpa(['scan', 'samples/ccr-health-de', '--format', 'json'])).stdout) as Report;
  });

  test('collect → analyze → report gives the findings of a direct scan', async () => {
    const snapshot = join(dir, 'snapshot.json');
    const findings = join(dir, 'findings.json');
    const collect = await bpa(['collect', 'samples/ccr-health-de', '--output', snapshot]);
    expect(collect.status).toBe(0);
    expect(collect.stdout).toMatch(/^EX2007-NODE1 \[clusterNode\]: \d+ parsed, 0 failed, 0 missing$/m);
    expect((await bpa(['analyze', snapshot, '--output', findings])).status).toBe(1);
    const rendered = await bpa(['report', findings, '--format', 'json']);
    expect(rendered.status).toBe(0);
    expect(strip(JSON.parse(rendered.stdout))).toEqual(strip(direct));
  });

  test('scan accepts a saved snapshot', async () => {
    const snapshot = join(dir, 'snapshot2.json');
    await bpa(['collect', 'samples/ccr-health-de', '--output', snapshot]);
    expect(strip(JSON.parse((await bpa(['scan', snapshot, '--format', 'json'])).stdout))).toEqual(strip(direct));
  });

  test('a .zip of the bundle scans like the folder, with or without a top folder', async () => {
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
      const run = await bpa(['scan', zip, '--format', 'json']);
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.findings.map((f) => f.fingerprint)).toEqual(direct.findings.map((f) => f.fingerprint));
    }
  });

  test('a findings file that is not one is refused', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 2}');
    const run = await bpa(['report', bad, '--format', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad\.json: not a bpa findings file/);
  });
});
