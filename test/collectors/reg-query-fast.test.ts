import fc from 'fast-check';
import { parseRegQuery, parseRegQueryByLines, parseRegQueryByRegex } from '../../collectors/shapes/reg-query';

// reg query's fast path (one sticky regex over the whole text, docs/performance.md "Parsing") must give what the
// plain reading gives (split, unwrap, a line object per line): the same keys, values, layout, language and
// diagnostics in the same order, on generated reg outputs with every kind of line, both value layouts, messages,
// console-wrapped rests, cut last lines, odd white space and NULs.
const KEYS = [
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows Server 2003\\SP2\\KB921181\\Some Long Component Name',
  'HKLM',
  'HKLM\\System',
  'HKEY_x',
  'HKEY_CURRENT_USER\\',
  'HKEYS',
];
const NAMES = [
  'Name',
  'Display Name',
  '(Default)',
  '(Standard)',
  '<NO NAME>',
  '',
  ' ',
  '    ',
  '\t',
  'REG_SZ',
  'a\u0000',
  '\u00a0x',
  '\u2028',
];
const TYPES = [
  'REG_SZ',
  'REG_DWORD',
  'REG_QWORD',
  'REG_MULTI_SZ',
  'REG_EXPAND_SZ',
  'REG_BINARY',
  'REG_',
  'REG_SZ1',
  'REG_DWORD_BIG_ENDIAN',
];
const DATA = [
  '0x1f',
  '0X2A',
  'zz',
  'a\\0b\\0\\0',
  'C:\\WINDOWS\\$NtUninstallKB921181$\\spuninst\\spuninst.exe',
  '',
  ' ',
  '\t',
  '\u0000',
  'x    REG_SZ    y',
  'x\tREG_SZ\ty',
];
const TAILS = ['', '', '', ' ', '  ', '\t', '\u0000', ' \u0000', '\u00a0', '\u2028', '    '];
const MESSAGES = [
  '! REG.EXE VERSION 3.0',
  'End of search: 3 match(es) found.',
  'Suchvorgang abgeschlossen: 2 Übereinstimmung(en) gefunden.',
  'ERROR: The system was unable to find the specified registry key or value.',
  'FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.',
  'ERREUR : Le système n’a pas trouvé la clé ou la valeur de Registre spécifiée.',
  'continued rest of a wrapped line',
  ' more',
  '\\0item\\0\\0',
  '\t\tREG_SZ',
  ' x\tREG_SZ\ty',
];

const pick = (items: string[]) => fc.constantFrom(...items);
const line = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(pick(KEYS), pick(TAILS)).map(([k, t]) => k + t) },
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        pick(['    ', '  ', '      ', '\t', ' ']),
        pick(NAMES),
        pick(['\t', '    ', '   ', ' \t']),
        pick(TYPES),
        pick(['\t', '    ', '', ' ']),
        pick(DATA),
        pick(TAILS),
      )
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.tuple(pick(['', ' ', '\t', '  \t ']), pick(TAILS)).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: pick(MESSAGES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const eol = pick(['\r\n', '\r\n', '\r\n', '\n', '\r']);
const text = fc.tuple(fc.boolean(), fc.array(fc.tuple(line, eol), { maxLength: 14 }), fc.boolean()).map(([bom, lines, cut]) => {
  const body = lines.map(([l, e]) => l + e).join('');
  return (bom ? '\ufeff' : '') + (cut && lines.length > 0 ? body.slice(0, -lines[lines.length - 1]![1].length) : body);
});

const same = (a: unknown, b: unknown) => {
  // Key order too: snapshots are hashed as JSON.
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(a).toStrictEqual(b);
};

describe('reg query read by one regex over the text: the same result as line by line', () => {
  test('generated reg outputs of every kind of line', () => {
    fc.assert(
      fc.property(text, (t) => same(parseRegQuery(t, 'reg.txt'), parseRegQueryByLines(t, 'reg.txt'))),
      { numRuns: 4000 },
    );
  });

  test('well-formed outputs are read by the fast path, not left to the plain reading', () => {
    const value = fc
      .tuple(
        pick(['Name', 'Display Name', '(Default)', '<NO NAME>']),
        pick(['REG_SZ', 'REG_MULTI_SZ', 'REG_EXPAND_SZ']),
        pick(DATA.slice(0, 5)),
      )
      .chain(([name, type, data]) => pick([`    ${name}\t${type}\t${data}`, `    ${name}    ${type}    ${data}`]));
    const wellFormed = fc
      .array(fc.oneof(pick([KEYS[0]!, KEYS[3]!, '']), value), { maxLength: 12 })
      .map((lines) => `${KEYS[0]}\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\nEnd of search: 1 match(es) found.\r\n`);
    fc.assert(
      fc.property(wellFormed, (t) => {
        const fast = parseRegQueryByRegex(t, 'reg.txt');
        expect(fast).toBeDefined();
        same(fast, parseRegQueryByLines(t, 'reg.txt'));
      }),
      { numRuns: 1000 },
    );
  });

  test('a wrapped line and a cut last line are left to the plain reading', () => {
    const long = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\UserData\\S-1`;
    expect(parseRegQueryByRegex(`${long}\r\n-5-18\\Products\r\n`, 'reg.txt')).toBeUndefined();
    expect(parseRegQuery(`${long}\r\n-5-18\\Products\r\n`, 'reg.txt').keys[0]!.path).toBe(`${long}-5-18\\Products`);
    expect(parseRegQueryByRegex('HKLM\\System\r\n    A\tREG_SZ\tx', 'reg.txt')).toBeUndefined();
  });

  test('long blank runs cost no backtracking per blank (each line read once)', () => {
    const run = ' '.repeat(100000);
    const hostile = [
      `HKLM\\System\r\n`,
      `    a    REG_SZ    x${run}\t\r\n`,
      `    a${run}\t${run}REG_SZ\r\n`,
      `    a\tREG_SZ${run}x\r\n`,
      `HKLM\\x${run}\u2028\r\n`,
      `    b    REG_SZ${run}\u0000\r\n`,
    ].join('');
    same(parseRegQuery(hostile, 'reg.txt'), parseRegQueryByLines(hostile, 'reg.txt'));
  });
});
