// @ts-nocheck
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseRegNdp, type DotNetFramework } from './reg-ndp';

const FILE = 'reg-ndp.txt';
const parse = (text: string) => parseRegNdp({ text, file: FILE });
const en2003 = readFixture('sources/reg-ndp/2003.txt');
const de2008 = readFixture('sources/reg-ndp/2008-de.txt', 850);
const summary = (frameworks?: DotNetFramework[]) =>
  frameworks?.map((f) => [f.version, f.fullVersion, f.installed, f.servicePack]);

describe('parseRegNdp', () => {
  it('reads .NET 1.1 to 3.5 on Server 2003 (reg.exe 3.0), 3.0 installed per Setup\\InstallSuccess', () => {
    const { facts, diagnostics } = parse(en2003);
    expect(diagnostics).toEqual([]);
    expect(facts.frameworks).toEqual<DotNetFramework[]>([
      { version: '1.1', fullVersion: '1.1.4322', installed: true, servicePack: 1, key: 'v1.1.4322', line: 6 },
      { version: '2.0', fullVersion: '2.2.30729', installed: true, servicePack: 2, key: 'v2.0.50727', line: 10 },
      { version: '3.0', fullVersion: '3.2.30729', installed: true, servicePack: 2, key: 'v3.0', line: 22 },
      { version: '3.5', fullVersion: '3.5.30729.01', installed: true, servicePack: 1, key: 'v3.5', line: 33 },
    ]);
  });

  it('reads Server 2008 output: .NET 4 from v4\\Full, the deprecated v4.0 key skipped', () => {
    expect(summary(parse(de2008).facts.frameworks)).toEqual([
      ['2.0', '2.2.30729', true, 2],
      ['3.0', '3.2.30729.4926', true, 2],
      ['3.5', '3.5.30729.4926', true, 1],
      ['4.8', '4.8.03761', true, undefined],
    ]);
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    expect(summary(parse(wrapAsConsole(en2003)).facts.frameworks)).toEqual(summary(parse(en2003).facts.frameworks));
  });

  it('reads Install = 0 as not installed', () => {
    const text =
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v2.0.50727\r\n    Install    REG_DWORD    0x0\r\n\r\n';
    expect(parse(text).facts.frameworks).toEqual([
      { version: '2.0', fullVersion: '2.0.50727', installed: false, key: 'v2.0.50727', line: 1 },
    ]);
  });

  it('gives an empty list when the NDP key does not exist', () => {
    expect(parse('ERROR: The system was unable to find the specified registry key or value.\r\n').facts).toEqual({
      frameworks: [],
    });
  });
});

describeDamagedInput(parseRegNdp, en2003, FILE);
