// @ts-nocheck
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseRegTcpipLinkage } from './reg-tcpip-linkage';

const FILE = 'reg-tcpip-linkage.txt';
const parse = (text: string) => parseRegTcpipLinkage({ text, file: FILE });
const en2003 = readFixture('sources/reg-tcpip-linkage/2003.txt');
const de2008 = readFixture('sources/reg-tcpip-linkage/2008-de.txt', 850);
const PUBLIC = '{4A1C3B2D-8E5F-4A6B-9C7D-1E2F3A4B5C6D}';
const HEARTBEAT = '{9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A}';

describe('parseRegTcpipLinkage', () => {
  it('reads the binding order of Server 2003 (reg.exe 3.0, MULTI_SZ ended by \\0\\0)', () => {
    expect(parse(en2003)).toEqual({
      facts: { bindOrder: [PUBLIC, HEARTBEAT, '{0D1E2F3A-4B5C-4D6E-8F70-8192A3B4C5D6}'], otherDevices: ['\\Device\\NdisWanIp'] },
      diagnostics: [],
    });
  });

  it('reads Server 2008 output with the German end-of-search line', () => {
    const result = parse(de2008);
    expect(result.language).toBe('de');
    expect(result.diagnostics).toEqual([]);
    expect(result.facts).toEqual({ bindOrder: [HEARTBEAT, PUBLIC, '{B29D6C80-1C24-4A6B-9E13-2F7B0C9A8E41}'], otherDevices: [] });
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    expect(parse(wrapAsConsole(en2003)).facts).toEqual(parse(en2003).facts);
  });

  it('says when the Bind value is missing, and gives no facts', () => {
    const text =
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Linkage\r\n    Export    REG_MULTI_SZ    \\Device\\Tcpip_{X}\r\n\r\n';
    expect(parse(text)).toEqual({
      facts: {},
      diagnostics: [{ file: FILE, line: 1, severity: 'warning', message: 'no Bind value under Tcpip\\Linkage' }],
    });
  });

  it('gives no facts when the key does not exist', () => {
    expect(parse('ERROR: The system was unable to find the specified registry key or value.\r\n').facts).toEqual({});
  });
});

describeDamagedInput(parseRegTcpipLinkage, en2003, FILE);
