// @ts-nocheck
import { describeDamagedInput, readFixture } from '../../test/helpers/parser-robustness';
import { parseDisks } from './disks';

const FILE = 'disks.txt';
const parse = (text: string) => parseDisks({ text, file: FILE });
const en2003 = readFixture('sources/disks/2003-en.txt');
const de2008 = readFixture('sources/disks/2008-de.txt');

describe('parseDisks', () => {
  it('reads the UTF-16LE table of Server 2003: sizes in bytes, empty cells for drives without a medium', () => {
    expect(parse(en2003)).toEqual({
      facts: {
        volumes: [
          { caption: 'A:', driveType: 2, line: 3 },
          { caption: 'C:', driveType: 3, freeSpaceBytes: 10573463552, sizeBytes: 21467947008, line: 5 },
          { caption: 'D:', driveType: 5, line: 7 },
          { caption: 'E:', driveType: 3, freeSpaceBytes: 52428800, sizeBytes: 107372081152, line: 9 },
          { caption: 'Q:', driveType: 3, freeSpaceBytes: 1059061760, sizeBytes: 1073709056, line: 11 },
        ],
      },
      diagnostics: [],
    });
  });

  it('reads Server 2008 output (the same in every language)', () => {
    expect(parse(de2008).facts.volumes?.map((v) => [v.caption, v.driveType, v.sizeBytes])).toEqual([
      ['C:', 3, 73402363904],
      ['D:', 5, undefined],
      ['L:', 3, 268432306176],
    ]);
  });

  it('says when the table is not wmic logicaldisk output', () => {
    expect(parse('Name  Version\r\nx     1.0\r\n').diagnostics).toEqual([
      { file: FILE, severity: 'error', message: 'not wmic logicaldisk output: no Caption column' },
    ]);
  });
});

describeDamagedInput(parseDisks, en2003, FILE);
