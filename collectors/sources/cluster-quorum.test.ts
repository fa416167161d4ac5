import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterQuorum, quorumModelIn, quorumType } from './cluster-quorum';

// Fixtures: test/fixtures/sources/cluster-quorum/{en,de}.txt, written as cluster.exe prints `cluster /quorum`
// (message file MSG_QUORUM_RESOURCE, `%-20s %-40s %d`, CRLF; German in CP850) for a Majority Node Set
// quorum, whose path is longer than its column and pushes the log size right, past 80 columns.
const FILE = 'cluster-quorum.txt';
const en = readCmdFixture('cluster-quorum', 'en.txt');
const de = readCmdFixture('cluster-quorum', 'de.txt');
const parse = (text: string) => parseClusterQuorum({ text, file: FILE });
// Windows Server 2008 (test/fixtures/sources/cluster-quorum/2008-{en,de}.txt): no capture of 2008's cluster.exe
// was at hand. The layout is the 2003 table with the quorum model that 2008's ApiGetQuorumResource returns
// (MS-CMRP 3.1.4.2.6) in a "Quorum Type" column; the model names are those of Failover Cluster Management
// in English and German. The English row, a witness on a fully qualified host, is longer than 80 columns.
const en2008 = readCmdFixture('cluster-quorum', '2008-en.txt', 437);
const de2008 = readCmdFixture('cluster-quorum', '2008-de.txt');
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

  it('reads a Windows Server 2008 quorum model and its witness resource (English)', () => {
    expect(parse(en2008)).toEqual({
      facts: { resourceName: 'File Share Witness (\\\\EXHUB01.contoso.local\\FSW_EXCLUS01)', model: 'nodeAndFileShareMajority' },
      diagnostics: [],
      language: 'en',
    });
  });

  it('reads a German Windows Server 2008 quorum model (CP850)', () => {
    expect(parse(de2008)).toEqual({
      facts: { resourceName: 'Clusterdatenträger 1', model: 'nodeAndDiskMajority' },
      diagnostics: [],
      language: 'de',
    });
  });

  it('reads Node Majority, which has no quorum resource', () => {
    const text = [
      'Quorum Resource Name Quorum Type',
      '-------------------- ------------------------------',
      '                     Node Majority',
      '',
    ];
    expect(parse(text.join('\r\n'))).toEqual({ facts: { model: 'nodeMajority' }, diagnostics: [], language: 'en' });
  });

  it('reads the model named anywhere, and a 2008 table that keeps the 2003 columns (the flag read at assembly)', () => {
    expect(parse('Quorum type: No Majority: Disk Only\r\n').facts).toEqual({ model: 'diskOnly' });
    expect(parse(quorum('Cluster Disk 1       Q:\\                                      1024')).facts).toEqual({
      resourceName: 'Cluster Disk 1',
      path: 'Q:\\',
      maxLogSize: 1024,
    });
    expect(
      parse(
        [
          'Quorum Resource Name Quorum Path                              Quorum Type',
          '-------------------- ---------------------------------------- ------------',
          'File Share Witness   \\\\HUB1\\FSW                                NodeAndFileShareMajority',
          '',
        ].join('\r\n'),
      ).facts,
    ).toEqual({ resourceName: 'File Share Witness', path: '\\\\HUB1\\FSW', model: 'nodeAndFileShareMajority' });
  });

  it('says when a 2008 table names a model bpa does not know', () => {
    const text = [
      'Quorum Resource Name Quorum Type',
      '-------------------- --------------',
      'Witness X            Cloud Witness',
      '',
    ];
    expect(parse(text.join('\r\n'))).toEqual({
      facts: {},
      diagnostics: [
        { file: FILE, line: 3, severity: 'warning', message: 'quorum type "Cloud Witness" is no quorum model bpa knows' },
      ],
      language: 'en',
    });
  });

  it.each([
    ['Node and File Share Majority', 'nodeAndFileShareMajority', 'en'],
    ['NodeAndFileShareMajority', 'nodeAndFileShareMajority', 'en'],
    ['Node and Disk Majority', 'nodeAndDiskMajority', 'en'],
    ['Node Majority', 'nodeMajority', 'en'],
    ['No Majority: Disk Only', 'diskOnly', 'en'],
    ['Knoten- und Dateifreigabemehrheit', 'nodeAndFileShareMajority', 'de'],
    ['Knoten- und Datenträgermehrheit', 'nodeAndDiskMajority', 'de'],
    ['Knotenmehrheit', 'nodeMajority', 'de'],
    ['Keine Mehrheit: Nur Datenträger', 'diskOnly', 'de'],
  ])('knows the model name %s', (text, model, language) => {
    expect(quorumModelIn(text)).toMatchObject({ model, language });
  });

  it.each(['Majority Node Set', 'Mehrheitsknotensatz', 'Hauptknotensatz', 'Disk Q:'])('finds no 2008 model in %s', (text) => {
    expect(quorumModelIn(text)).toBeUndefined();
  });

  it('tells the language from the header', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({
    parser: parseClusterQuorum,
    file: FILE,
    fixtures: { en, de, '2008-en': en2008, '2008-de': de2008 },
    noFacts: {},
  });
});
