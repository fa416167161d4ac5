import { describeDamagedInput, readFixture } from '../../test/helpers/parser-robustness';
import { parseVolumes } from './volumes';

// Fixtures: test/fixtures/sources/volumes/{2003-en,2008-de}.txt, written as `wmic path Win32_Volume get
// BlockSize,Capacity,Caption,DeviceID,DriveLetter,FileSystem,FreeSpace,Label,Name > volumes.txt` writes them:
// UTF-16LE with a BOM, CRLF, columns sorted by name and padded as in the corpus wmic captures
// (../../shared/corpus/qfe/), the properties of the Win32_Volume class (Windows Server 2003 and later). The
// 2003 node has Exchange volumes mounted in folders of M:, an unmounted spare volume and an empty CD drive;
// the German 2008 R2 node its "System-reserviert" volume (no drive letter) and a volume mounted at
// L:\Datenbanken\. Property names and values are the same in every language; only labels differ.
const FILE = 'volumes.txt';
const parse = (text: string) => parseVolumes({ text, file: FILE });
const en2003 = readFixture('sources/volumes/2003-en.txt');
const de2008 = readFixture('sources/volumes/2008-de.txt');

describe('parseVolumes', () => {
  it('reads drive roots, folder mount points and unmounted volumes with their GUID path and allocation unit', () => {
    const { facts, diagnostics } = parse(en2003);
    expect(diagnostics).toEqual([]);
    expect(facts.volumes?.map((v) => [v.name, v.driveLetter, v.blockSize, v.label])).toEqual([
      ['C:\\', 'C:', 4096, undefined],
      ['D:\\', 'D:', undefined, undefined],
      ['L:\\', 'L:', 4096, 'Logs'],
      ['M:\\', 'M:', 65536, 'Exchange DB'],
      ['M:\\SG1Logs\\', undefined, 4096, 'SG1 Logs'],
      ['M:\\SG1\\', undefined, 65536, 'SG1 DB'],
      ['\\\\?\\Volume{6a1e52b4-8c31-11dc-a1f4-001a4b7c2e10}\\', undefined, 4096, 'Spare'],
    ]);
    expect(facts.volumes![5]).toEqual({
      name: 'M:\\SG1\\',
      deviceId: '\\\\?\\Volume{6a1e52b3-8c31-11dc-a1f4-001a4b7c2e10}\\',
      label: 'SG1 DB',
      fileSystem: 'NTFS',
      blockSize: 65536,
      capacityBytes: 214745481216,
      freeSpaceBytes: 180388626432,
      line: 7,
    });
    expect(facts.volumes![1]).toEqual({
      name: 'D:\\',
      deviceId: '\\\\?\\Volume{0f4c1d3f-7a2b-11dc-9d7e-806d6172696f}\\',
      driveLetter: 'D:',
      line: 3,
    });
  });

  it('reads Server 2008 output in German: labels with umlauts and blanks, the same property names', () => {
    expect(parse(de2008).facts.volumes?.map((v) => [v.name, v.label, v.capacityBytes])).toEqual([
      ['\\\\?\\Volume{2b9d0a41-3c7e-11e0-8f2a-806e6f6e6963}\\', 'System-reserviert', 104853504],
      ['C:\\', undefined, 73402363904],
      ['D:\\', undefined, undefined],
      ['L:\\', 'Protokolle', 268432306176],
      ['L:\\Datenbanken\\', 'Datenbanken Öffentlich', 536869863424],
    ]);
  });

  it('says when the table is not wmic volume output, and when wmic failed', () => {
    expect(parse('HotFixID  InstalledOn\r\nKB1       1/1/2008\r\n').diagnostics).toEqual([
      { file: FILE, severity: 'error', message: 'not wmic volume output: no Name column' },
    ]);
    expect(parse('ERROR:\r\nDescription = Invalid class \r\n').diagnostics).toEqual([
      { file: FILE, line: 1, severity: 'error', message: 'wmic reported an error: Invalid class' },
    ]);
  });
});

describeDamagedInput(parseVolumes, en2003, FILE);
