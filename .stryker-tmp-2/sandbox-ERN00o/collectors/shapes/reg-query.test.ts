// @ts-nocheck
import { toLf, truncateMidLine, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { dwordValue, findValue, multiStringValue, parseRegQuery, pathBelow, stringValue } from './reg-query';

const GUID_A = '{8A5B1F2C-0D3E-4F5A-9B6C-7D8E9F0A1B2C}';
const GUID_B = '{1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F}';

// reg.exe 3.0 (Windows Server 2003): TABs between name, type and data; `<NO NAME>`; MULTI_SZ ended by \0\0.
const reg3 = [
  '',
  '! REG.EXE VERSION 3.0',
  '',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Linkage',
  `    Bind\tREG_MULTI_SZ\t\\Device\\${GUID_A}\\0\\Device\\${GUID_B}\\0\\Device\\NdisWanIp\\0\\0`,
  '    Route Count\tREG_DWORD\t0x2',
  '    <NO NAME>\tREG_SZ\tTcpip linkage',
  '    Empty\tREG_SZ\t',
  '',
].join('\r\n');

// Windows Server 2008: four blanks; `(Default)`; MULTI_SZ without the closing \0\0.
const modern = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PowerShell\\1',
  '    Install    REG_DWORD    0x1',
  '    PID    REG_SZ    89383-100-0001260-04309',
  '    (Default)    REG_SZ    ',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PowerShell\\1\\PowerShellEngine',
  '    ApplicationBase    REG_SZ    C:\\Windows\\System32\\WindowsPowerShell\\v1.0',
  '    PSCompatibleVersion    REG_SZ    1.0, 2.0',
  '    Binary Value    REG_BINARY    0102FF',
  '    Big    REG_QWORD    0x100000000',
  '',
].join('\r\n');

describe('parseRegQuery', () => {
  it('reads the reg.exe 3.0 layout of Windows Server 2003', () => {
    const result = parseRegQuery(reg3, 'reg-tcpip-linkage.txt');
    expect(result.diagnostics).toEqual([]);
    expect(result.layout).toBe('reg3');
    expect(result.keys).toEqual([
      {
        path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Linkage',
        line: 4,
        values: [
          {
            name: 'Bind',
            type: 'REG_MULTI_SZ',
            data: [`\\Device\\${GUID_A}`, `\\Device\\${GUID_B}`, '\\Device\\NdisWanIp'],
            line: 5,
          },
          { name: 'Route Count', type: 'REG_DWORD', data: 2, line: 6 },
          { name: '', type: 'REG_SZ', data: 'Tcpip linkage', line: 7 },
          { name: 'Empty', type: 'REG_SZ', data: '', line: 8 },
        ],
      },
    ]);
  });

  it('reads the layout of Vista / Server 2008 and later', () => {
    const result = parseRegQuery(modern, 'reg-powershell.txt');
    expect(result.diagnostics).toEqual([]);
    expect(result.layout).toBe('modern');
    expect(result.language).toBe('en');
    const [root, engine] = result.keys;
    expect(dwordValue(root, 'install')).toBe(1);
    expect(stringValue(root, 'PID')).toBe('89383-100-0001260-04309');
    expect(findValue(root, '')).toEqual({ name: '', type: 'REG_SZ', data: '', line: 5 });
    expect(stringValue(engine, 'PSCompatibleVersion')).toBe('1.0, 2.0');
    expect(stringValue(engine, 'Binary Value')).toBe('0102FF');
    expect(dwordValue(engine, 'Big')).toBe(4294967296);
  });

  it('reads German output: (Standard) is the default value', () => {
    const text = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Test\r\n    (Standard)    REG_SZ    Netzwerkkarten\r\n\r\n';
    const result = parseRegQuery(text, 'x.txt');
    expect(result.language).toBe('de');
    expect(stringValue(result.keys[0], '')).toBe('Netzwerkkarten');
  });

  it('reads a copy whose TABs became blanks', () => {
    const expanded = reg3.replace(/\t/g, '   ');
    expect(parseRegQuery(expanded, 'x.txt').keys[0]?.values.map((v) => [v.name, v.data])).toEqual([
      ['Bind', [`\\Device\\${GUID_A}`, `\\Device\\${GUID_B}`, '\\Device\\NdisWanIp']],
      ['Route Count', 2],
      ['', 'Tcpip linkage'],
      ['Empty', ''],
    ]);
  });

  it.each([
    ['CRLF', reg3],
    ['LF', toLf(reg3)],
    ['a console copy wrapped at 80 columns', wrapAsConsole(reg3)],
    ['trailing blanks', reg3.replace(/\r\n/g, '  \r\n')],
  ])('reads %s the same', (_, text) => {
    const withoutLines = (t: string) =>
      parseRegQuery(t, 'x.txt').keys.map((k) => [k.path, k.values.map((v) => [v.name, v.type, v.data])]);
    expect(withoutLines(text)).toEqual(withoutLines(reg3));
  });

  it('joins wrapped key paths', () => {
    const path = `HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Network\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\${GUID_A}\\Connection`;
    const text = `\r\n${path}\r\n    Name    REG_SZ    Local Area Connection\r\n\r\n`;
    expect(wrapAsConsole(text).split('\r\n').length).toBeGreaterThan(text.split('\r\n').length);
    expect(parseRegQuery(wrapAsConsole(text), 'x.txt').keys.map((k) => k.path)).toEqual([path]);
  });

  it.each([
    ['ERROR: The system was unable to find the specified registry key or value.', 'en'],
    ['FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.', 'de'],
    ['Error:  The system was unable to find the specified registry key or value', 'en'],
  ])('reads %j as "not found"', (message, language) => {
    const result = parseRegQuery(`${message}\r\n`, 'reg-powershell.txt');
    expect(result).toMatchObject({ keys: [], notFound: true, language });
    expect(result.diagnostics).toEqual([
      {
        file: 'reg-powershell.txt',
        line: 1,
        severity: 'info',
        message: `the registry key or value does not exist (reg.exe: ${message})`,
      },
    ]);
  });

  it('names the language of an error it cannot read', () => {
    const result = parseRegQuery("ERREUR : Le système n'a pas trouvé la clé ou la valeur de Registre spécifiée.\r\n", 'x.txt');
    expect(result.notFound).toBe(true);
    expect(result.diagnostics.map((d) => d.message)).toContain('unsupported language (French messages)');
  });

  it('reports other reg.exe errors as errors', () => {
    const result = parseRegQuery('ERROR: Access is denied.\r\n', 'x.txt');
    expect(result.notFound).toBeUndefined();
    expect(result.diagnostics).toEqual([
      { file: 'x.txt', line: 1, severity: 'error', message: 'reg.exe reported an error: ERROR: Access is denied.' },
    ]);
  });

  it('ignores the end-of-search line', () => {
    const text = `${modern}End of search: 2 match(es) found.\r\n`;
    expect(parseRegQuery(text, 'x.txt').diagnostics).toEqual([]);
    expect(
      parseRegQuery(
        text.replace('End of search: 2 match(es) found.', 'Suchvorgang abgeschlossen: 2 Übereinstimmung(en) gefunden.'),
        'x.txt',
      ).diagnostics,
    ).toEqual([]);
  });

  it('drops the line a truncated file ends inside, and says so', () => {
    const cut = modern.slice(0, modern.indexOf('0x100000000') + 4);
    const result = parseRegQuery(cut, 'x.txt');
    expect(result.keys[1]?.values.map((v) => v.name)).toEqual(['ApplicationBase', 'PSCompatibleVersion', 'Binary Value']);
    expect(result.diagnostics).toEqual([
      { file: 'x.txt', line: 11, severity: 'warning', message: 'truncated: the file ends inside line 11, which is ignored' },
    ]);
    expect(() => parseRegQuery(truncateMidLine(reg3), 'x.txt')).not.toThrow();
  });

  it('reports lines it does not understand, with their line', () => {
    const result = parseRegQuery(
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\X\r\n    Count    REG_DWORD    zero\r\nsomething else\r\n',
      'x.txt',
    );
    expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [2, 'unreadable value line: Count    REG_DWORD    zero'],
      [3, 'unrecognized line: something else'],
    ]);
  });
});

describe('pathBelow', () => {
  const key = {
    path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows Server 2003\\SP2\\KB921181',
    line: 1,
    values: [],
  };
  it('gives the parts below an ancestor, matched case-insensitively', () => {
    expect(pathBelow(key, 'software\\microsoft\\updates')).toEqual(['Windows Server 2003', 'SP2', 'KB921181']);
    expect(pathBelow(key, 'SOFTWARE\\Microsoft\\PowerShell')).toBeUndefined();
  });
});

describe('multiStringValue', () => {
  it('gives a REG_MULTI_SZ value as its items, and nothing for other types', () => {
    const [key] = parseRegQuery(reg3, 'x.txt').keys;
    expect(multiStringValue(key, 'bind')).toHaveLength(3);
    expect(multiStringValue(key, 'Route Count')).toBeUndefined();
    expect(dwordValue(undefined, 'x')).toBeUndefined();
  });
});

describe('parseRegQuery on text that is no reg output', () => {
  it('says so', () => {
    expect(parseRegQuery('Hello\r\n', 'x.txt').diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'unrecognized line: Hello'],
      ['error', 'not reg query output: no registry key in the text'],
    ]);
  });
});
