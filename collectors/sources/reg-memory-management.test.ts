import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseRegMemoryManagement } from './reg-memory-management';

// Fixtures: test/fixtures/sources/reg-memory-management/, written as `reg query "HKLM\SYSTEM\CurrentControlSet\
// Control\Session Manager\Memory Management" /v PagingFiles > reg-memory-management.txt` writes them: reg.exe
// 3.0 on Server 2003 (version line, TABs, REG_MULTI_SZ items joined by `\0` and closed by `\0\0`, CP437) and
// the Vista/2008 layout (runs of four blanks, CP850 on the German node), as reg-query.ts documents them from
// Microsoft's reg.exe samples and Wine's reg. The items follow what the System Properties dialog writes:
// `<path> <initial MB> <maximum MB>`, `0 0` for "System managed size", `?:\pagefile.sys` for Server 2008's
// "Automatically manage paging file size for all drives".
const FILE = 'reg-memory-management.txt';
const parse = (text: string) => parseRegMemoryManagement({ text, file: FILE });
const en2003 = readFixture('sources/reg-memory-management/2003-en.txt');
const de2008 = readFixture('sources/reg-memory-management/2008-de.txt', 850);
const automatic = readFixture('sources/reg-memory-management/2008-automatic.txt');
const key = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management';

describe('parseRegMemoryManagement', () => {
  it.each([
    [
      'Server 2003: a custom size on C: and a system managed one on D:',
      en2003,
      [
        { path: 'C:\\pagefile.sys', initialMb: 2046, maximumMb: 4092, systemManaged: false },
        { path: 'D:\\pagefile.sys', systemManaged: true },
      ],
    ],
    [
      'Server 2008, German: two custom sizes',
      de2008,
      [
        { path: 'C:\\pagefile.sys', initialMb: 16394, maximumMb: 16394, systemManaged: false },
        { path: 'E:\\pagefile.sys', initialMb: 4096, maximumMb: 8192, systemManaged: false },
      ],
    ],
    ['Server 2008: managed automatically for all drives', automatic, [{ path: '?:\\pagefile.sys', systemManaged: true }]],
  ])('%s', (_name, text, pageFiles) => {
    const result = parse(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.facts.pageFiles).toEqual(pageFiles);
  });

  it.each([
    ['a path without sizes is system managed', 'C:\\pagefile.sys', [{ path: 'C:\\pagefile.sys', systemManaged: true }]],
    ['0 0 is system managed', 'C:\\pagefile.sys 0 0', [{ path: 'C:\\pagefile.sys', systemManaged: true }]],
    [
      '1 1 is a (tiny) custom size',
      'C:\\pagefile.sys 1 1',
      [{ path: 'C:\\pagefile.sys', initialMb: 1, maximumMb: 1, systemManaged: false }],
    ],
    ['no item is "No paging file"', '', []],
  ])('%s', (_name, data, pageFiles) => {
    expect(parse(`\r\n${key}\r\n    PagingFiles    REG_MULTI_SZ    ${data}\r\n\r\n`).facts.pageFiles).toEqual(pageFiles);
  });

  it('warns about an entry it cannot read and keeps the others', () => {
    const result = parse(`\r\n${key}\r\n    PagingFiles    REG_MULTI_SZ    C:\\pagefile.sys 10 20\\0garbage\r\n\r\n`);
    expect(result.facts.pageFiles).toHaveLength(1);
    expect(result.diagnostics).toEqual([
      { file: FILE, line: 3, severity: 'warning', message: 'unreadable page file entry: garbage' },
    ]);
  });

  it('gives no facts when reg.exe did not find the value, in German too', () => {
    const result = parse('FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.\r\n');
    expect(result.facts).toEqual({});
    expect(result.language).toBe('de');
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['info']);
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    expect(parse(wrapAsConsole(en2003)).facts).toEqual(parse(en2003).facts);
  });
});

describeDamagedInput(parseRegMemoryManagement, en2003, FILE);
