import { describeDamagedInput, readFixture } from '../../test/helpers/parser-robustness';
import { parsePartitionDrives } from './partition-drives';

// Fixtures: test/fixtures/sources/partition-drives/{2003-en,2008-de}.txt, written as `wmic path
// Win32_LogicalDiskToPartition get Antecedent,Dependent > partition-drives.txt` writes them: UTF-16LE with a
// BOM, CRLF, padded columns as in the corpus wmic captures; each cell a WMI object path
// (`\\HOST\root\cimv2:Win32_DiskPartition.DeviceID="Disk #0, Partition #0"`), as the Win32_LogicalDiskToPartition
// association documents its references. The 2003 node maps C:, L: and M: (its folder mount points have no
// row); the German 2008 node C: and E: with German partition names.
const FILE = 'partition-drives.txt';
const parse = (text: string) => parsePartitionDrives({ text, file: FILE });
const en2003 = readFixture('sources/partition-drives/2003-en.txt');
const de2008 = readFixture('sources/partition-drives/2008-de.txt');

describe('parsePartitionDrives', () => {
  it.each([
    [
      'Server 2003',
      en2003,
      [
        ['Disk #0, Partition #0', 'C:'],
        ['Disk #1, Partition #0', 'L:'],
        ['Disk #2, Partition #0', 'M:'],
      ],
    ],
    [
      'German Server 2008',
      de2008,
      [
        ['Datenträgernr. 0, Partitionsnr. 1', 'C:'],
        ['Datenträgernr. 1, Partitionsnr. 0', 'E:'],
      ],
    ],
  ])('reads which partition holds which drive letter: %s', (_name, text, pairs) => {
    const { facts, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(facts.partitionDrives?.map((p) => [p.partition, p.drive])).toEqual(pairs);
  });

  it('warns about a row it cannot read', () => {
    const text = 'Antecedent  Dependent  \r\nfoo         bar        \r\n\r\n';
    const result = parse(text);
    expect(result.facts.partitionDrives).toEqual([]);
    expect(result.diagnostics).toEqual([
      { file: FILE, line: 2, severity: 'warning', message: 'a row without a partition and a drive DeviceID' },
    ]);
  });

  it('rejects a table of another class', () => {
    const result = parse('Name  \r\nC:    \r\n\r\n');
    expect(result.facts).toEqual({});
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['error']);
  });
});

describeDamagedInput(parsePartitionDrives, en2003, FILE);
