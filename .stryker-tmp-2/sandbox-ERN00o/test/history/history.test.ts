// @ts-nocheck
import * as fs from 'fs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Report } from '../../src/report/report-schema';
import type { Snapshot } from '../../src/snapshot/schema';
import { UserError } from '../../src/shared/errors';
import { entryOf, type HistoryEntry } from '../../src/history/entry';
import { readIndex, writeIndex } from '../../src/history/index-file';
import { ENTRY_FILES, INDEX, STAGING, entryDir, openHistory } from '../../src/history/layout';
import { resolveRef } from '../../src/history/refs';
import { expiredEntries, parseRetention, pruneHistory } from '../../src/history/retention';
import { addScan, readScan } from '../../src/history/store';
import { applyScanExtras, prepareScanExtras, recordScan } from '../../src/history/scan-extras';
import { sampleReport } from '../outputs/report-fixture';

// Every file read goes through a counting readFileSync, so that a test can say which files listing reads.
jest.mock('fs', () => {
  const actual = jest.requireActual<typeof import('fs')>('fs');
  return { ...actual, readFileSync: jest.fn(actual.readFileSync) };
});

const tmp = () => mkdtempSync(join(tmpdir(), 'bpa-history-'));
const at = (day: number, second = 0) => new Date(Date.UTC(2008, 10, 20 + day, 2, 15, second)).toISOString();
const withStart = (report: Report, startedAt: string): Report => ({
  ...report,
  scan: { ...report.scan, startedAt, finishedAt: startedAt },
});

let report: Report;
let snapshot: Snapshot;
beforeAll(async () => {
  ({ report, snapshot } = await sampleReport());
});

describe('the history store', () => {
  test('a scan is kept whole: row, report and snapshot, read back as written', () => {
    const dir = join(tmp(), 'history');
    const entry = addScan(dir, withStart(report, at(0)), snapshot);
    expect(entry).toMatchObject({ id: '20081120-021500', profile: 'health', servers: 4, summary: report.summary, waived: 0 });
    expect(readIndex(dir)).toEqual([entry]);
    const stored = readScan(dir, entry);
    expect(stored.report).toEqual(withStart(report, at(0)));
    expect(stored.snapshot).toEqual(snapshot);
    expect(readdirSync(dir).sort()).toEqual(['.staging', 'bpa-history.json', 'entries', 'index.json']);
    expect(readdirSync(join(dir, STAGING))).toEqual([]);
  });

  test('two scans in the same second get distinct ids, in order', () => {
    const dir = tmp();
    const ids = [0, 0, 0].map(() => addScan(dir, withStart(report, at(1, 7)), snapshot).id);
    expect(ids).toEqual(['20081121-021507', '20081121-021507-2', '20081121-021507-3']);
    expect(readIndex(dir).map((e) => e.id)).toEqual(ids);
  });

  test('a folder that holds something else is never written into', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(() => addScan(dir, report, snapshot)).toThrow(
      new UserError(`${dir}: not a bpa history folder (no bpa-history.json), and not empty: give a new or empty folder`),
    );
    expect(() => openHistory(join(dir, 'nope'), { create: false })).toThrow(`${join(dir, 'nope')}: no such history folder`);
  });
});

describe('a scan killed half-way leaves no broken entry', () => {
  test('a failure while writing leaves no entry, no staging folder and the index as it was', () => {
    const dir = tmp();
    const first = addScan(dir, withStart(report, at(0)), snapshot);
    const unserialisable = { ...snapshot, servers: [{ size: BigInt(1) }] } as unknown as Snapshot;
    expect(() => addScan(dir, withStart(report, at(1)), unserialisable)).toThrow(UserError);
    expect(readdirSync(join(dir, 'entries'))).toEqual([first.id]);
    expect(readdirSync(join(dir, STAGING))).toEqual([]);
    expect(readIndex(dir)).toEqual([first]);
  });

  test('the staging folder of a killed scan is not an entry, and the next scan removes it', () => {
    const dir = tmp();
    addScan(dir, withStart(report, at(0)), snapshot);
    const dead = join(dir, STAGING, '20081121-021500.999999999');
    mkdirSync(dead, { recursive: true });
    writeFileSync(join(dead, ENTRY_FILES.report), 'half a gzip');
    expect(readIndex(dir)).toHaveLength(1);
    addScan(dir, withStart(report, at(2)), snapshot);
    expect(existsSync(dead)).toBe(false);
    expect(readIndex(dir).map((e) => e.id)).toEqual(['20081120-021500', '20081122-021500']);
  });

  test('an entry moved into place but not yet in the index is added back from its meta.json; a row without entry is dropped', () => {
    const dir = tmp();
    const a = addScan(dir, withStart(report, at(0)), snapshot);
    const b = addScan(dir, withStart(report, at(1)), snapshot);
    writeIndex(dir, [a]);
    expect(readIndex(dir)).toEqual([a, b]);
    rmSync(entryDir(dir, a.id), { recursive: true });
    expect(readIndex(dir)).toEqual([b]);
    expect(JSON.parse(readFileSync(join(dir, INDEX), 'utf8')).entries).toEqual([b]);
  });

  test('a damaged index is rebuilt from the entries', () => {
    const dir = tmp();
    const a = addScan(dir, withStart(report, at(0)), snapshot);
    writeFileSync(join(dir, INDEX), '{"kind": "bpa-history-index", "entries": [{"id": 1');
    expect(readIndex(dir)).toEqual([a]);
  });
});

describe('two years of nightly scans of 50 servers', () => {
  const dir = tmp();
  const row = (day: number): HistoryEntry => {
    const startedAt = at(day);
    const servers = Array.from({ length: 50 }, (_, i) => `EX2007-SRV${i}`);
    const scan = { ...report.scan, startedAt, finishedAt: startedAt, servers };
    return entryOf(`2008${String(day).padStart(4, '0')}-021500`, { ...report, scan }, undefined);
  };
  beforeAll(() => {
    openHistory(dir, { create: true });
    for (let day = 0; day < 730; day++) {
      const entry = row(day);
      mkdirSync(entryDir(dir, entry.id));
      writeFileSync(join(entryDir(dir, entry.id), ENTRY_FILES.meta), JSON.stringify(entry));
    }
  });

  test('listing reads the index alone: one file, whatever the number of scans and servers', () => {
    expect(readIndex(dir)).toHaveLength(730); // the first listing builds the index from the entries
    const reads = fs.readFileSync as unknown as jest.Mock;
    reads.mockClear();
    const entries = readIndex(dir);
    expect(entries).toHaveLength(730);
    expect(entries[729]).toMatchObject({ id: '20080729-021500', servers: 50 });
    expect(reads.mock.calls.map((c) => String(c[0]))).toEqual([join(dir, INDEX)]);
  });

  test('the index holds one small row per scan', () => {
    const size = fs.statSync(join(dir, INDEX)).size;
    expect(size / 730).toBeLessThan(600);
  });
});

describe('retention', () => {
  const entries = Array.from({ length: 10 }, (_, day) => ({ id: `x${day}`, startedAt: at(day) }) as HistoryEntry);

  test('by count or by days; the newest scan is always kept', () => {
    expect(parseRetention('730d')).toEqual({ keep: 'days', count: 730 });
    expect(parseRetention('100')).toEqual({ keep: 'scans', count: 100 });
    expect(() => parseRetention('2y')).toThrow(
      '--retention: "2y" is neither a number of scans (e.g. 100) nor of days (e.g. 730d)',
    );
    expect(expiredEntries(entries, { keep: 'scans', count: 3 }, new Date()).map((e) => e.id)).toEqual([
      'x0',
      'x1',
      'x2',
      'x3',
      'x4',
      'x5',
      'x6',
    ]);
    expect(expiredEntries(entries, { keep: 'days', count: 2 }, new Date(at(9))).map((e) => e.id)).toEqual([
      'x0',
      'x1',
      'x2',
      'x3',
      'x4',
      'x5',
      'x6',
    ]);
    expect(expiredEntries(entries, { keep: 'days', count: 2 }, new Date(at(400))).map((e) => e.id)).toEqual(
      entries.slice(0, 9).map((e) => e.id),
    );
  });

  test('pruning removes old entries and their rows, and leaves no trash', () => {
    const dir = tmp();
    for (let day = 0; day < 4; day++) addScan(dir, withStart(report, at(day)), snapshot);
    const removed = pruneHistory(dir, { keep: 'scans', count: 2 }, new Date());
    expect(removed.map((e) => e.id)).toEqual(['20081120-021500', '20081121-021500']);
    expect(readIndex(dir).map((e) => e.id)).toEqual(['20081122-021500', '20081123-021500']);
    expect(readdirSync(join(dir, 'entries')).sort()).toEqual(['20081122-021500', '20081123-021500']);
    expect(existsSync(join(dir, '.trash'))).toBe(false);
  });
});

describe('history references', () => {
  const entries = ['20081120-021500', '20081121-021500', '20081121-021500-2', '20081122-021500'].map(
    (id) => ({ id }) as HistoryEntry,
  );
  const id = (ref: string) => resolveRef(entries, ref, 'h').id;

  test('latest, latest~N, previous, an id, the unique start of one', () => {
    expect([id('latest'), id('latest~1'), id('previous'), id('latest~3'), id('20081120'), id('20081121-021500')]).toEqual([
      '20081122-021500',
      '20081121-021500-2',
      '20081121-021500-2',
      '20081120-021500',
      '20081120-021500',
      '20081121-021500',
    ]);
  });

  test('an ambiguous, unknown or too old reference is a clear error', () => {
    expect(() => id('20081121')).toThrow('20081121: names 2 scans in h (20081121-021500, 20081121-021500-2)');
    expect(() => id('20090101')).toThrow('20090101: no such scan in h (see: bpa history list h)');
    expect(() => id('latest~4')).toThrow('latest~4: the history h has only 4 scan(s)');
    expect(() => resolveRef([], 'latest', 'h')).toThrow('h: the history has no scans yet');
  });
});

describe('a scan with --history', () => {
  test('compares with the latest scan of its profile, records itself, and applies the retention', () => {
    const dir = join(tmp(), 'h');
    const extras = prepareScanExtras({ history: dir, retention: '2' });
    for (let day = 0; day < 3; day++) {
      const { report: out, previous, notices } = applyScanExtras(withStart(report, at(day)), snapshot, extras);
      expect(notices).toEqual([]);
      expect(out.changes?.since.id).toBe(day === 0 ? undefined : previous!.id);
      const { entry, pruned } = recordScan(out, snapshot, extras, previous);
      expect(pruned).toEqual(day === 2 ? ['20081120-021500'] : []);
      if (day > 0) expect(entry.changes).toEqual({ since: previous!.id, new: 0, resolved: 0, settings: 0 });
    }
    expect(readIndex(dir).map((e) => e.id)).toEqual(['20081121-021500', '20081122-021500']);
  });

  test('a previous scan that cannot be read is said on stderr; the scan goes on without "since the last scan"', () => {
    const dir = join(tmp(), 'h');
    const first = addScan(dir, withStart(report, at(0)), snapshot);
    writeFileSync(join(entryDir(dir, first.id), ENTRY_FILES.snapshot), 'not gzip');
    const { report: out, notices } = applyScanExtras(withStart(report, at(1)), snapshot, prepareScanExtras({ history: dir }));
    expect(out.changes).toBeUndefined();
    expect(notices).toEqual([
      `cannot compare with the previous scan ${first.id}: ${join(entryDir(dir, first.id), ENTRY_FILES.snapshot)}: damaged (incorrect header check)`,
    ]);
  });

  test('--retention without --history is a usage error', () => {
    expect(() => prepareScanExtras({ retention: '10' })).toThrow('--retention needs --history <dir>');
  });
});
