import { zipSync } from 'fflate';
import { cpSync, mkdtempSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { leavesBundle, MAX_FILE_BYTES, readBundle, tooLargeMessage } from '../../src/bundle/read-bundle';
import { inflateEntry, zipEntries } from '../../src/bundle/zip-entries';
import { collectBundle } from '../../src/collect/collect-bundle';
import { ROOT } from '../helpers/run-bpa';

jest.setTimeout(60_000);

const SAMPLE = join(ROOT, 'samples/ccr-health-en');
const temp = () => mkdtempSync(join(tmpdir(), 'bpa-bundle-'));
/** The sample bundle's files, by their path in the bundle. */
const sampleFiles = (): Record<string, Uint8Array> => {
  const files: Record<string, Uint8Array> = { 'bundle.json': readFileSync(join(SAMPLE, 'bundle.json')) };
  for (const server of readdirSync(SAMPLE).filter((n) => !n.includes('.'))) {
    for (const f of readdirSync(join(SAMPLE, server))) files[`${server}/${f}`] = readFileSync(join(SAMPLE, server, f));
  }
  return files;
};
const writeZip = (files: Record<string, Uint8Array>) => {
  const path = join(temp(), 'bundle.zip');
  writeFileSync(path, zipSync(files));
  return path;
};
const diagnosticsOf = (snapshot: ReturnType<typeof collectBundle>) => snapshot.diagnostics.map((d) => `${d.file}: ${d.message}`);

describe('sizes said plainly', () => {
  test('tooLargeMessage', () => {
    expect(tooLargeMessage(80 * 1048576)).toBe('too large: 80 MB, the limit is 64 MB');
    expect(tooLargeMessage(MAX_FILE_BYTES + 1)).toBe('too large: 64 MB, the limit is 64 MB');
  });

  test('a file over the limit is "too large", not "empty", and its source failed (its facts not evaluated)', () => {
    const dir = temp();
    cpSync(SAMPLE, dir, { recursive: true });
    const big = join(dir, 'MBX-NODE-A', 'systeminfo.txt');
    truncateSync(big, 65 * 1048576); // sparse: no disk space, but a size over the limit
    const snapshot = collectBundle(readBundle(dir));
    const node = snapshot.servers.find((s) => s.name === 'MBX-NODE-A')!;
    expect(node.sources['systeminfo.txt']).toMatchObject({
      status: 'failed',
      diagnostics: [{ file: 'MBX-NODE-A/systeminfo.txt', severity: 'error', message: 'too large: 65 MB, the limit is 64 MB' }],
    });
  });

  test('a zip entry over the limit is "too large" too', () => {
    const files = { ...sampleFiles(), 'MBX-NODE-A/systeminfo.txt': new Uint8Array(65 * 1048576) };
    const snapshot = collectBundle(readBundle(writeZip(files)));
    const node = snapshot.servers.find((s) => s.name === 'MBX-NODE-A')!;
    expect(node.sources['systeminfo.txt']!.diagnostics[0]!.message).toBe('too large: 65 MB, the limit is 64 MB');
  });

  test('a zip entry that inflates past its declared size is skipped with a diagnostic naming it', () => {
    const files = sampleFiles();
    const bytes = Buffer.from(zipSync(files));
    // Make MBX-NODE-A/systeminfo.txt declare 100 bytes in both its headers: it inflates to far more.
    const entry = zipEntries(bytes).find((e) => e.name === 'MBX-NODE-A/systeminfo.txt')!;
    let central = bytes.indexOf(Buffer.from('PK\u0001\u0002', 'latin1'));
    while (bytes.toString('latin1', central + 46, central + 46 + entry.name.length) !== entry.name) {
      central = bytes.indexOf(Buffer.from('PK\u0001\u0002', 'latin1'), central + 4);
    }
    bytes.writeUInt32LE(100, central + 24);
    bytes.writeUInt32LE(100, entry.headerOffset + 22);
    const path = join(temp(), 'lying.zip');
    writeFileSync(path, bytes);
    const snapshot = collectBundle(readBundle(path));
    expect(diagnosticsOf(snapshot)).toContain(
      'MBX-NODE-A/systeminfo.txt: zip entry cannot be read: it inflates past its declared size (100 bytes); skipped',
    );
    expect(snapshot.servers.find((s) => s.name === 'MBX-NODE-A')!.sources['systeminfo.txt']!.status).toBe('missing');
  });

  test('inflateEntry: stored, deflated, and deflated data longer than declared', () => {
    const data = zipSync({ 'a.txt': new Uint8Array(300).fill(65) }, { level: 0 });
    const [stored] = zipEntries(data);
    expect('bytes' in inflateEntry(data, stored!) && inflateEntry(data, stored!)).toMatchObject({
      bytes: expect.any(Uint8Array),
    });
    const deflated = zipSync({ 'a.txt': new Uint8Array(300).fill(65) });
    const [entry] = zipEntries(deflated);
    expect(entry).toMatchObject({ name: 'a.txt', method: 8, size: 300 });
    expect(inflateEntry(deflated, { ...entry!, size: 10 })).toEqual({ problem: 'it inflates past its declared size (10 bytes)' });
  });
});

describe('zip entries that leave the bundle', () => {
  test.each([
    ['../bundle.json', 'has a path that leaves the bundle (..)'],
    ['SERVER/../../etc/passwd', 'has a path that leaves the bundle (..)'],
    ['/etc/passwd', 'has an absolute path'],
    ['C:/Windows/win.ini', 'has a path with a drive letter'],
    ['c:evil.txt', 'has a path with a drive letter'],
    ['EX1/systeminfo.txt', undefined],
    ['..foo/systeminfo.txt', undefined],
  ])('%s: %s', (name, reason) => expect(leavesBundle(name)).toBe(reason));

  test('are skipped with a diagnostic naming each; no server is named "..", "." or ""', () => {
    const text = new TextEncoder().encode('{"customer":"Evil"}');
    const files = {
      ...sampleFiles(),
      '../bundle.json': text,
      '../EVIL/systeminfo.txt': text,
      '/abs/systeminfo.txt': text,
      'C:\\Windows\\systeminfo.txt': text,
      './HUB-01/extra.txt': text,
      './/systeminfo.txt': text,
    };
    const snapshot = collectBundle(readBundle(writeZip(files)));
    expect(snapshot.servers.map((s) => s.name).sort()).toEqual(['HUB-01', 'MBX-CMS01', 'MBX-NODE-A', 'MBX-NODE-B']);
    expect(diagnosticsOf(snapshot)).toEqual(
      expect.arrayContaining([
        '../bundle.json: zip entry has a path that leaves the bundle (..); skipped',
        '../EVIL/systeminfo.txt: zip entry has a path that leaves the bundle (..); skipped',
        '/abs/systeminfo.txt: zip entry has an absolute path; skipped',
        'C:/Windows/systeminfo.txt: zip entry has a path with a drive letter; skipped',
      ]),
    );
    expect(snapshot.bundle.customer).toBe('Fabrikam, Inc.');
  });
});

describe('zip entries written with backslashes (Windows tools)', () => {
  test('open as folders', () => {
    const files = Object.fromEntries(Object.entries(sampleFiles()).map(([k, v]) => [k.replace(/\//g, '\\'), v]));
    const snapshot = collectBundle(readBundle(writeZip(files)));
    expect(snapshot.servers.map((s) => s.name).sort()).toEqual(['HUB-01', 'MBX-CMS01', 'MBX-NODE-A', 'MBX-NODE-B']);
    const node = snapshot.servers.find((s) => s.name === 'MBX-NODE-A')!;
    expect(node.sources['systeminfo.txt']!.status).toBe('parsed');
    expect(snapshot.bundle.customer).toBe('Fabrikam, Inc.');
  });

  test('inside one top folder too', () => {
    const files = Object.fromEntries(
      Object.entries(sampleFiles()).map(([k, v]) => [`bundle-2010\\${k.replace(/\//g, '\\')}`, v]),
    );
    const snapshot = collectBundle(readBundle(writeZip(files)));
    expect(snapshot.servers.map((s) => s.name).sort()).toEqual(['HUB-01', 'MBX-CMS01', 'MBX-NODE-A', 'MBX-NODE-B']);
  });
});
