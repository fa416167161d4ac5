// @ts-nocheck
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseRegNetbtInterfaces } from './reg-netbt-interfaces';

const FILE = 'reg-netbt-interfaces.txt';
const parse = (text: string) => parseRegNetbtInterfaces({ text, file: FILE });
const en2003 = readFixture('sources/reg-netbt-interfaces/2003.txt');
const de2008 = readFixture('sources/reg-netbt-interfaces/2008-de.txt', 850);

describe('parseRegNetbtInterfaces', () => {
  it('reads NetbiosOptions and the WINS servers per adapter on Server 2003 (reg.exe 3.0)', () => {
    expect(parse(en2003)).toEqual({
      facts: {
        interfaces: [
          {
            guid: '{4A1C3B2D-8E5F-4A6B-9C7D-1E2F3A4B5C6D}',
            netbiosOptions: 0,
            nameServerList: ['10.0.0.5', '10.0.0.6'],
            line: 6,
          },
          { guid: '{9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A}', netbiosOptions: 1, nameServerList: [], line: 10 },
          { guid: '{0D1E2F3A-4B5C-4D6E-8F70-8192A3B4C5D6}', netbiosOptions: 2, nameServerList: [], line: 14 },
        ],
      },
      diagnostics: [],
    });
  });

  it('reads Server 2008 output', () => {
    expect(parse(de2008).facts.interfaces?.map((i) => [i.guid, i.netbiosOptions, i.nameServerList])).toEqual([
      ['{4A1C3B2D-8E5F-4A6B-9C7D-1E2F3A4B5C6D}', 0, []],
      ['{9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A}', 2, []],
    ]);
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    expect(parse(wrapAsConsole(en2003)).facts.interfaces?.map((i) => [i.guid, i.netbiosOptions, i.nameServerList])).toEqual(
      parse(en2003).facts.interfaces?.map((i) => [i.guid, i.netbiosOptions, i.nameServerList]),
    );
  });

  it('leaves an out-of-range NetbiosOptions absent and says so', () => {
    const text =
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\NetBT\\Parameters\\Interfaces\\Tcpip_{4A1C3B2D-8E5F-4A6B-9C7D-1E2F3A4B5C6D}\r\n    NetbiosOptions    REG_DWORD    0x7\r\n\r\n';
    expect(parse(text)).toEqual({
      facts: { interfaces: [{ guid: '{4A1C3B2D-8E5F-4A6B-9C7D-1E2F3A4B5C6D}', line: 1 }] },
      diagnostics: [{ file: FILE, line: 1, severity: 'warning', message: 'NetbiosOptions 7 is not 0, 1 or 2' }],
    });
  });
});

describeDamagedInput(parseRegNetbtInterfaces, en2003, FILE);
