import { spawn, spawnSync } from 'child_process';
import { lstatSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeFileSafely, writeOutputs } from '../../src/cli/output';
import { bpa } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';

// Some tests run bpa's command line (in process): generous limits for a loaded machine.
jest.setTimeout(60_000);

const isRoot = process.getuid?.() === 0;
const dir = mkdtempSync(join(tmpdir(), 'bpa-output-'));

/**
 * Starts `cat` reading a named pipe into a file (this process may be blocked writing the pipe meanwhile);
 * resolves with what it read once the writer closed the pipe.
 */
function readFifo(path: string): Promise<string> {
  const copy = `${path}.read`;
  const reader = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', path, copy]);
  return new Promise((resolve, reject) => {
    reader.on('error', reject);
    reader.on('close', () => resolve(readFileSync(copy, 'utf8')));
  });
}

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
}

describe('writeFileSafely', () => {
  test('a new file is written, and a regular file is replaced by a new one (atomically: a new inode)', () => {
    const path = join(dir, 'report.json');
    writeFileSafely(path, 'first');
    const before = statSync(path).ino;
    writeFileSafely(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(statSync(path).ino).not.toBe(before);
  });

  test('a named pipe is written through and stays a pipe', async () => {
    const fifo = join(dir, 'pipe');
    mkfifo(fifo);
    const read = readFifo(fifo);
    writeFileSafely(fifo, 'through the pipe\n');
    expect(await read).toBe('through the pipe\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  test('/dev/null is written through and stays a character device', () => {
    writeFileSafely('/dev/null', 'nothing');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  (isRoot ? test : test.skip)('a device node made with mknod (as root) is written through and stays a device', () => {
    const device = join(dir, 'null-device');
    const made = spawnSync('mknod', [device, 'c', '1', '3']);
    expect(made.status).toBe(0);
    writeFileSafely(device, 'nothing');
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });
  if (!isRoot) test('(the mknod device test needs root: skipped, this process is not root)', () => expect(isRoot).toBe(false));

  test('a symbolic link stays a link; the file it points to gets the content', () => {
    const file = join(dir, 'real.html');
    const link = join(dir, 'latest.html');
    writeFileSync(file, 'old');
    symlinkSync(file, link);
    writeFileSafely(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  test('a dangling symbolic link is written through: the file it names is created', () => {
    const link = join(dir, 'dangling.json');
    symlinkSync(join(dir, 'made-by-link.json'), link);
    writeFileSafely(link, 'made');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made-by-link.json'), 'utf8')).toBe('made');
  });

  test('writeOutputs writes a single format onto a pipe through', async () => {
    const fifo = join(dir, 'pipe2');
    mkfifo(fifo);
    const read = readFifo(fifo);
    writeOutputs([{ format: 'json', extension: 'json', binary: false, content: '{}' }], fifo, 'bpa-health');
    expect(await read).toBe('{}');
  });
});

describe('bpa scan --output onto a pipe and a device', () => {
  test('--output /dev/null keeps /dev/null a device', async () => {
    const run = await bpa([
      'scan',
      join(ROOT, 'samples/ccr-health-en'),
      '--format',
      'json',
      '--output',
      '/dev/null',
      '--fail-on',
      'none',
    ]);
    expect(run.status).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  test('--output <named pipe> hands the report to the program reading the pipe', async () => {
    const fifo = join(dir, 'scan-pipe');
    mkfifo(fifo);
    const read = readFifo(fifo);
    const run = await bpa([
      'scan',
      join(ROOT, 'samples/ccr-health-en'),
      '--format',
      'json',
      '--output',
      fifo,
      '--fail-on',
      'none',
    ]);
    expect(run.status).toBe(0);
    const report = JSON.parse(await read) as { schemaVersion: number };
    expect(report.schemaVersion).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
