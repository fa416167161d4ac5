import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MARKER, openHistory } from '../../src/history/layout';
import { prepareScanExtras } from '../../src/history/scan-extras';
import { UserError } from '../../src/shared/errors';
import { bpa } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';

jest.setTimeout(60_000);

const tmp = () => mkdtempSync(join(tmpdir(), 'bpa-history-setup-'));
const markerOf = (dir: string) => JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as { kind: string; version: number };

/** The states a set-up killed at any point can leave: an empty entries/, an empty marker, a marker's temporary file. */
const INTERRUPTED: Record<string, (dir: string) => void> = {
  'entries/ without a marker': (dir) => mkdirSync(join(dir, 'entries')),
  'entries/ and an empty marker': (dir) => {
    mkdirSync(join(dir, 'entries'));
    writeFileSync(join(dir, MARKER), '');
  },
  'an empty marker alone': (dir) => writeFileSync(join(dir, MARKER), '\n'),
  "entries/ and the marker's temporary file": (dir) => {
    mkdirSync(join(dir, 'entries'));
    writeFileSync(join(dir, `${MARKER}.4242.tmp`), '{"kind":');
  },
};

describe('setting up a history folder', () => {
  test('writes the marker through a temporary file: none is left, the marker is whole', () => {
    const dir = join(tmp(), 'history');
    expect(openHistory(dir, { create: true })).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual([MARKER, 'entries']);
    expect(markerOf(dir)).toMatchObject({ kind: 'bpa-history', version: 1 });
  });

  test.each(Object.keys(INTERRUPTED))('a folder left with %s is completed, with a warning', (state) => {
    const dir = tmp();
    INTERRUPTED[state]!(dir);
    const warning = openHistory(dir, { create: true });
    expect(warning).toBe(
      `${dir}: the history folder's set-up had been interrupted (${MARKER} missing or empty); it is set up now`,
    );
    expect(readdirSync(dir).sort()).toEqual([MARKER, 'entries']);
    expect(markerOf(dir)).toMatchObject({ kind: 'bpa-history', version: 1 });
    // Once complete, it opens like any history.
    expect(openHistory(dir, { create: true })).toBeUndefined();
  });

  test('reading a half set-up folder (history list) says what is wrong, without writing', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'entries'));
    expect(() => openHistory(dir, { create: false })).toThrow(
      new UserError(`${dir}: a history folder whose set-up was interrupted (${MARKER} missing or empty)`),
    );
    expect(existsSync(join(dir, MARKER))).toBe(false);
  });

  test('a folder holding other files is refused as before, half set up or not', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'entries'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(() => openHistory(dir, { create: true })).toThrow(`${dir}: not a bpa history folder (no ${MARKER}), and not empty`);
    const withScan = tmp();
    mkdirSync(join(withScan, 'entries', '20081121-021507'), { recursive: true });
    writeFileSync(join(withScan, MARKER), '');
    expect(() => openHistory(withScan, { create: true })).toThrow(`${join(withScan, MARKER)}: unreadable`);
  });

  test('the scan passes the warning on', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'entries'));
    expect(prepareScanExtras({ history: dir }).notices).toEqual([expect.stringContaining('set-up had been interrupted')]);
  });

  test('bpa scan --history completes the folder, warns on stderr and records the scan (exit 0)', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'entries'));
    writeFileSync(join(dir, MARKER), '');
    const out = join(tmp(), 'report.json');
    const run = await bpa(['scan', join(ROOT, 'samples/ccr-health-en'), '--output', out, '--history', dir, '--fail-on', 'none']);
    expect(run.stderr).toContain(`bpa: ${dir}: the history folder's set-up had been interrupted`);
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'entries'))).toHaveLength(1);
  });
});
