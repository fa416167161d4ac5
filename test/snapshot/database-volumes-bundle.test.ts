import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import type { Snapshot } from '../../src/snapshot/schema';
import { ROOT } from '../helpers/run-bpa';

/**
 * STO-005 through the whole pipeline, on copies of the German CCR sample: the volume of a path comes from the
 * nodes' volumes.txt (mount points included), and a missing public folder database list leaves the mailbox
 * databases checked. The bundle files are rewritten in their own encoding (UTF-16LE with a BOM).
 */
const SAMPLE = join(ROOT, 'samples', 'ccr-health-de');
const NODES = ['EX2007-NODE1', 'EX2007-NODE2'];
const rules = loadRules([join(ROOT, 'rules')]).filter((r) => r.id === 'STO-005');

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'bpa-volumes-')), 'bundle');
  cpSync(SAMPLE, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
function rewrite(file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, utf16(change(readFileSync(path).subarray(2).toString('utf16le'))));
}
/** SG2's logs move from L:\SG2 into a folder of the database drive, M:\SG2\Logs. */
const logsOnM = () => rewrite('CCR-CLUSTER001/ex-storage-groups.txt', (t) => t.replace(/: L:\\SG2\r\n/g, ': M:\\SG2\\Logs\r\n'));
/** A volume of its own mounted at M:\SG2\Logs\ on both nodes: the table laid out again, as wmic would. */
const mountPoint = () => {
  for (const node of NODES)
    rewrite(`${node}/volumes.txt`, (t) => {
      const rows = t.split('\r\n').filter((l) => l.trim() !== '');
      const header = rows[0]!;
      const starts = [...header.matchAll(/\S+/g)].map((m) => m.index);
      const cells = rows.slice(1).map((r) => starts.map((at, i) => r.slice(at, starts[i + 1]).trim()));
      const name = 'M:\\SG2\\Logs\\';
      cells.push([
        '4096',
        '53686042624',
        name,
        '\\\\?\\Volume{5b0c0b1e-48e6-11dd-a4c1-806e6f6e6963}\\',
        '',
        'NTFS',
        '50331648000',
        'SG2 Logs',
        name,
      ]);
      const columns = header.split(/\s+/).filter(Boolean);
      const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)) + 2);
      const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('');
      return [line(columns), ...cells.map(line)].map((l) => `${l}\r\n`).join('');
    });
};
const scan = async () => {
  const snapshot: Snapshot = collectBundle(readBundle(dir));
  const db2 = snapshot.servers.find((s) => s.name === 'CCR-CLUSTER001')!.storageGroups!.find((g) => g.name === 'SG2')!;
  return { snapshot, db2: db2.databases![0]!, analysis: await analyze(snapshot, rules, { profile: 'health', lang: 'en' }) };
};

test('the sample: logs on L:\\, databases on M:\\, two volumes on each node', async () => {
  const { db2, analysis } = await scan();
  expect(db2).toMatchObject({ logsOnSameVolume: false });
  expect(db2.logsOnSameVolumeBasis?.en).toBe(
    'EX2007-NODE1: M:\\SG2\\DB2.edb is on the volume mounted at M:\\; L:\\SG2 is on the volume mounted at L:\\ | ' +
      'EX2007-NODE2: M:\\SG2\\DB2.edb is on the volume mounted at M:\\; L:\\SG2 is on the volume mounted at L:\\',
  );
  expect(db2.logsOnSameVolumeBasis?.de).toContain(
    'EX2007-NODE1: M:\\SG2\\DB2.edb liegt auf dem unter M:\\ bereitgestellten Volume',
  );
  expect(analysis.findings).toEqual([]);
  expect(analysis.notEvaluated).toEqual([]);
});

test('logs in a folder of the database drive: the same volume fires STO-005', async () => {
  logsOnM();
  const { db2, analysis } = await scan();
  expect(db2).toMatchObject({ logsOnSameVolume: true, edbMountPoint: 'M:\\', logMountPoint: 'M:\\', volumeHost: 'EX2007-NODE1' });
  expect(analysis.findings.map((f) => `${f.ruleId} ${f.target}`)).toEqual(['STO-005 SG2\\DB2']);
});

test('the same folder with a volume mounted at it: a volume of its own, no finding', async () => {
  logsOnM();
  mountPoint();
  const { db2, analysis } = await scan();
  expect(db2).toMatchObject({ logsOnSameVolume: false });
  expect(db2.logsOnSameVolumeBasis?.en).toContain('M:\\SG2\\Logs is on the volume mounted at M:\\SG2\\Logs\\');
  expect(analysis.findings).toEqual([]);
});

test('an old bundle without volumes.txt: one drive letter is not evaluated, naming volumes.txt', async () => {
  logsOnM();
  for (const node of NODES) rmSync(join(dir, node, 'volumes.txt'));
  const { db2, analysis } = await scan();
  expect(db2.logsOnSameVolume).toBeUndefined();
  expect(analysis.findings).toEqual([]);
  expect(analysis.notEvaluated.map((n) => [n.target, n.reason])).toEqual([
    [
      'SG2\\DB2',
      expect.stringContaining('EX2007-NODE1: both are on drive M:; whether a mount point separates them needs volumes.txt'),
    ],
  ]);
});

test('without the public folder database list the mailbox databases are checked, the rest named', async () => {
  logsOnM();
  rmSync(join(dir, 'CCR-CLUSTER001', 'ex-public-folder-databases.txt'));
  const { snapshot, analysis } = await scan();
  const groups = snapshot.servers.find((s) => s.name === 'CCR-CLUSTER001')!.storageGroups!;
  expect(groups.map((g) => [g.name, g.knownDatabaseCount, g.databaseCount, g.unlistedDatabaseKinds])).toEqual([
    ['Erste Speichergruppe', 1, undefined, ['publicFolder']],
    ['Zweite Speichergruppe', 0, undefined, ['publicFolder']],
    ['SG2', 1, undefined, ['publicFolder']],
  ]);
  expect(analysis.findings.map((f) => `${f.ruleId} ${f.target}`)).toEqual(['STO-005 SG2\\DB2']);
  expect(analysis.notEvaluated.map((n) => `${n.target}: ${n.reason}`)).toEqual([
    'Erste Speichergruppe: ex-public-folder-databases.txt missing',
    'SG2: ex-public-folder-databases.txt missing',
    'Zweite Speichergruppe: ex-public-folder-databases.txt missing',
  ]);
});
