// @ts-nocheck
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterQuorum, quorumType } from './cluster-quorum';

// Fixtures: test/fixtures/sources/cluster-quorum/{en,de}.txt, written as cluster.exe prints `cluster /quorum`
// (message file MSG_QUORUM_RESOURCE, `%-20s %-40s %d`, CRLF; German in CP850) for a Majority Node Set
// quorum, whose path is longer than its column and pushes the log size right, past 80 columns.
const FILE = 'cluster-quorum.txt';
const en = readCmdFixture('cluster-quorum', 'en.txt');
const de = readCmdFixture('cluster-quorum', 'de.txt');
const parse = (text: string) => parseClusterQuorum({ text, file: FILE });
const MNS_PATH =
  'C:\\WINDOWS\\Cluster\\MNS.{8E3A1C2B-6D4F-4F0A-9B1E-2C3D4E5F6A7B}$\\{8E3A1C2B-6D4F-4F0A-9B1E-2C3D4E5F6A7B}$\\MSCS\\';

const quorum = (row: string) =>
  [
    'Quorum Resource Name Device                                   Max Log Size',
    '-------------------- ---------------------------------------- ------------',
    row,
    '',
  ].join('\r\n');

describe('parseClusterQuorum', () => {
  it('reads a Majority Node Set quorum (English)', () => {
    expect(parse(en)).toEqual({
      facts: { resourceName: 'Majority Node Set', path: MNS_PATH, maxLogSize: 4194304, type: 'majorityNodeSet' },
      diagnostics: [],
      language: 'en',
    });
  });

  it('reads a German capture (CP850), the type from the path', () => {
    expect(parse(de)).toEqual({
      facts: { resourceName: 'Hauptknotensatz', path: MNS_PATH, maxLogSize: 4194304, type: 'majorityNodeSet' },
      diagnostics: [],
      language: 'de',
    });
  });

  it('reads a disk quorum and a local quorum', () => {
    expect(parse(quorum('Disk Q:              Q:\\MSCS\\                                 65536')).facts).toEqual({
      resourceName: 'Disk Q:',
      path: 'Q:\\MSCS\\',
      maxLogSize: 65536,
      type: 'disk',
    });
    expect(parse(quorum('Local Quorum         C:\\WINDOWS\\Cluster\\MSCS\\                 4194304')).facts.type).toBe(
      'localQuorum',
    );
  });

  it.each([
    ['Majority Node Set', 'X:\\odd\\', 'majorityNodeSet'],
    ['Quorum', 'C:\\WINDOWS\\Cluster\\MNS.{AB}$\\{AB}$\\MSCS\\', 'majorityNodeSet'],
    ['Local Quorum', '', 'localQuorum'],
    ['Quorum', 'C:\\WINDOWS\\cluster\\MSCS', 'localQuorum'],
    ['Quorum', 'R:\\MSCS', 'disk'],
    ['Datenträger R:', 'R:\\Quorum\\', 'disk'],
    ['Quorum', '\\\\?\\GLOBALROOT\\Device\\Harddisk1\\Partition1\\', undefined],
  ])('derives the type of %s at %s as %s', (name, path, type) => {
    expect(quorumType(name, path)).toBe(type);
  });

  it('leaves the type out when neither the path nor the name tells it', () => {
    expect(parse(quorum('Witness              \\\\?\\Volume{1234}\\MSCS\\                     4194304')).facts).toEqual({
      resourceName: 'Witness',
      path: '\\\\?\\Volume{1234}\\MSCS\\',
      maxLogSize: 4194304,
    });
  });

  it('reports an error of cluster.exe instead of a quorum', () => {
    expect(parse('System error 5 has occurred (0x00000005).\r\nAccess is denied.\r\n\r\n')).toEqual({
      facts: {},
      diagnostics: [
        { file: FILE, line: 1, severity: 'error', message: 'cluster.exe reported system error 5: Access is denied.' },
      ],
    });
  });

  it('keeps name and path of a row cut inside the log size, but not the size', () => {
    const { facts, diagnostics } = parse(en.replace(/304(?:\r\n)+$/, ''));
    expect(facts).toEqual({ resourceName: 'Majority Node Set', path: MNS_PATH, type: 'majorityNodeSet' });
    expect(diagnostics).toEqual([
      { file: FILE, line: 3, severity: 'warning', message: 'truncated: line 3 is cut off, the maximum log size is not read' },
    ]);
  });

  it('tells the language from the header', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({ parser: parseClusterQuorum, file: FILE, fixtures: { en, de }, noFacts: {} });
});
