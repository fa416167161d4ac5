import { describeDamagedInput, readFixture } from '../../test/helpers/parser-robustness';
import { parsePartitions } from './partitions';

// Fixtures: test/fixtures/sources/partitions/{2003-en,2008-de}.txt, written as `wmic partition get DiskIndex,
// Index,Name,Size,StartingOffset > partitions.txt` writes them: UTF-16LE with a BOM, CRLF, columns sorted by
// name and padded as in the corpus wmic captures (../../shared/corpus/qfe/), the properties of the
// Win32_DiskPartition class. The 2003 node has partitions at Server 2003's default 63 sectors (32256 bytes)
// and at 64 KB (diskpart align=64); the German 2008 node Server 2008's 1 MB start and its 100 MB system
// partition. German Windows names partitions "Datenträgernr. 0, Partitionsnr. 0" (Name and DeviceID alike);
// the parser takes the name as it stands.
const FILE = 'partitions.txt';
const parse = (text: string) => parsePartitions({ text, file: FILE });
const en2003 = readFixture('sources/partitions/2003-en.txt');
const de2008 = readFixture('sources/partitions/2008-de.txt');

describe('parsePartitions', () => {
  it('reads Server 2003 partitions with their starting offsets', () => {
    const { facts, diagnostics } = parse(en2003);
    expect(diagnostics).toEqual([]);
    expect(facts.partitions?.map((p) => [p.name, p.diskIndex, p.index, p.startingOffsetBytes])).toEqual([
      ['Disk #0, Partition #0', 0, 0, 32256],
      ['Disk #1, Partition #0', 1, 0, 32256],
      ['Disk #2, Partition #0', 2, 0, 65536],
      ['Disk #3, Partition #0', 3, 0, 65536],
      ['Disk #4, Partition #0', 4, 0, 32256],
    ]);
    expect(facts.partitions![2]).toEqual({
      name: 'Disk #2, Partition #0',
      diskIndex: 2,
      index: 0,
      sizeBytes: 439804641280,
      startingOffsetBytes: 65536,
      line: 4,
    });
  });

  it('reads German Server 2008 names and 1 MB offsets', () => {
    expect(parse(de2008).facts.partitions?.map((p) => [p.name, p.startingOffsetBytes])).toEqual([
      ['Datenträgernr. 0, Partitionsnr. 0', 1048576],
      ['Datenträgernr. 0, Partitionsnr. 1', 105906176],
      ['Datenträgernr. 1, Partitionsnr. 0', 1048576],
    ]);
  });

  it('warns about a partition without a starting offset and keeps it', () => {
    const text =
      'DiskIndex  Index  Name                   StartingOffset  \r\n0          0      Disk #0, Partition #0                  \r\n\r\n';
    const result = parse(text);
    expect(result.facts.partitions).toEqual([{ name: 'Disk #0, Partition #0', diskIndex: 0, index: 0, line: 2 }]);
    expect(result.diagnostics).toEqual([
      { file: FILE, line: 2, severity: 'warning', message: 'Disk #0, Partition #0: no StartingOffset' },
    ]);
  });

  it('reads "No Instance(s) Available." as no partitions', () => {
    expect(parse('No Instance(s) Available.\r\n').facts).toEqual({ partitions: [] });
  });
});

describeDamagedInput(parsePartitions, en2003, FILE);
