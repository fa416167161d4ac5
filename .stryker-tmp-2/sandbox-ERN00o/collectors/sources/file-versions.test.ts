// @ts-nocheck
import { describeDamagedInput, readFixture } from '../../test/helpers/parser-robustness';
import { parseFileVersions } from './file-versions';

const FILE = 'file-versions.txt';
const parse = (text: string) => parseFileVersions({ text, file: FILE });
const en2003 = readFixture('sources/file-versions/2003-en.txt');
const de2008 = readFixture('sources/file-versions/2008-de.txt');

describe('parseFileVersions', () => {
  it('reads the UTF-16LE table of Server 2003 (\\r\\r\\n row ends)', () => {
    expect(parse(en2003)).toEqual({
      facts: {
        files: [
          { path: 'c:\\windows\\system32\\drivers\\tcpip.sys', name: 'tcpip.sys', version: '5.2.3790.4573', line: 3 },
          { path: 'c:\\windows\\system32\\mmc.exe', name: 'mmc.exe', version: '5.2.3790.4220', line: 5 },
        ],
      },
      diagnostics: [],
    });
  });

  it('reads Server 2008 output, and a file without a version', () => {
    const { facts } = parse(de2008);
    expect(facts.files?.map((f) => [f.name, f.version])).toEqual([
      ['tcpip.sys', '6.0.6002.18005'],
      ['mmc.exe', '6.0.6002.18005'],
      ['hosts', undefined],
    ]);
  });

  it('writes paths in lower case', () => {
    const text = 'Name                                   Version\r\nC:\\WINDOWS\\system32\\drivers\\TCPIP.SYS  5.2.3790.4573\r\n';
    expect(parse(text).facts.files?.[0]).toMatchObject({ path: 'c:\\windows\\system32\\drivers\\tcpip.sys', name: 'tcpip.sys' });
  });

  it('gives an empty list when no file matched', () => {
    expect(parse('No Instance(s) Available.\r\n').facts).toEqual({ files: [] });
  });

  it('says when the table is not wmic datafile output', () => {
    expect(parse('Caption  DriveType\r\nC:       3\r\n').diagnostics).toEqual([
      { file: FILE, severity: 'error', message: 'not wmic datafile output: no Name column' },
    ]);
  });
});

describeDamagedInput(parseFileVersions, en2003, FILE);
