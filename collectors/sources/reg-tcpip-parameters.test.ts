import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseRegTcpipParameters } from './reg-tcpip-parameters';

// Fixtures: test/fixtures/sources/reg-tcpip-parameters/, written as `reg query HKLM\SYSTEM\CurrentControlSet\
// Services\Tcpip\Parameters > reg-tcpip-parameters.txt` writes them: the key's values (the TCP/IP defaults
// of Server 2003 SP2 and 2008, with SynAttackProtect) and then its subkeys as bare key lines, in reg.exe 3.0's
// layout (Server 2003, CP437) and the Vista/2008 layout (CP850), see reg-query.ts. The 2003 node has SP2's
// Scalable Networking Pack values EnableTCPChimney 1 and EnableRSS 0 and no EnableTCPA; the 2008 node none
// of them (Server 2008 sets them with `netsh int tcp`, not in this key).
const FILE = 'reg-tcpip-parameters.txt';
const parse = (text: string) => parseRegTcpipParameters({ text, file: FILE });
const en2003 = readFixture('sources/reg-tcpip-parameters/2003-en.txt');
const de2008 = readFixture('sources/reg-tcpip-parameters/2008-de.txt', 850);

describe('parseRegTcpipParameters', () => {
  it('reads the SNP values of Server 2003: set to 1, set to 0, not set', () => {
    expect(parse(en2003)).toEqual({
      facts: {
        snpValues: [
          { name: 'EnableTCPChimney', value: 1, line: 21 },
          { name: 'EnableRSS', value: 0, line: 22 },
          { name: 'EnableTCPA', line: 4 },
        ],
      },
      diagnostics: [],
    });
  });

  it('reads a Server 2008 key without any of them as three values not set', () => {
    expect(parse(de2008).facts.snpValues?.map((v) => [v.name, v.value])).toEqual([
      ['EnableTCPChimney', undefined],
      ['EnableRSS', undefined],
      ['EnableTCPA', undefined],
    ]);
  });

  it('reads names without regard to case, and ignores a value of the wrong type with a warning', () => {
    const key = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters';
    const result = parse(`\r\n${key}\r\n    enabletcpa    REG_DWORD    0x2\r\n    EnableRSS    REG_SZ    1\r\n\r\n`);
    expect(result.facts.snpValues).toEqual([
      { name: 'EnableTCPChimney', line: 2 },
      { name: 'EnableTCPA', value: 2, line: 3 },
    ]);
    expect(result.diagnostics).toEqual([
      { file: FILE, line: 4, severity: 'warning', message: 'EnableRSS is REG_SZ, not a REG_DWORD: ignored' },
    ]);
  });

  it('says so when the text holds another key', () => {
    const result = parse('\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Linkage\r\n\r\n');
    expect(result.facts).toEqual({});
    expect(result.diagnostics.map((d) => d.message)).toEqual(['no Services\\Tcpip\\Parameters key in the text']);
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    expect(parse(wrapAsConsole(en2003)).facts).toEqual(parse(en2003).facts);
  });
});

describeDamagedInput(parseRegTcpipParameters, en2003, FILE);
