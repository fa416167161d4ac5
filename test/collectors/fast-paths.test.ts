import fc from 'fast-check';
import { foldLabel } from '../../collectors/shapes/net-fields';
import { unreadableInput } from '../../collectors/shapes/preflight';
import { isBlank, looksBinary, splitLines, trimmedSlice } from '../../collectors/shapes/lines';
import { endsWithBlankLine } from '../../collectors/shapes/format-list';
import { pathBelow } from '../../collectors/shapes/reg-query';
import { parseLocalizedDateTime } from '../../collectors/shapes/dates';

// The shapes' fast paths (issue 16) must answer exactly as the plain definitions they skip.
const foldedPlainly = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('foldLabel: the fast path for plain ASCII folds as the three passes do', () => {
  test.each([
    'User name',
    'Account active               Yes',
    'Kennwort läuft ab',
    'Kennwort l\u201euft ab',
    '  leading blank',
    'trailing blank ',
    'two  blanks',
    'a\ttab',
    'KELVIN \u212a SIGN',
    'Full Name\u00a0',
    '',
    ' ',
    'x',
    'Line\u2028separator',
    'ÄÖÜ only',
  ])('%j', (label) => expect(foldLabel(label)).toBe(foldedPlainly(label)));
});

describe('unreadableInput: empty means nothing but blanks and NULs', () => {
  // eslint-disable-next-line no-control-regex
  const emptyPlainly = (text: string) => text.replace(/\u0000/g, '').trim() === '';
  test.each(['', ' ', '\r\n\r\n', '\u0000\u0000 \t', '\ufeff', '\u00a0\u3000', 'x', '\u0000a', ' \u2028 ', '\u200b'])(
    '%j',
    (text) => {
      const empty = unreadableInput({ text, file: 'f.txt' })?.message.startsWith('empty file') ?? false;
      expect(empty).toBe(emptyPlainly(text));
    },
  );
});

describe('splitLines: the same lines as splitting at line ends and trimming blanks, tabs and NULs at the end', () => {
  const linesPlainly = (text: string) => {
    const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
    // eslint-disable-next-line no-control-regex
    return raw.map((t, i) => ({ no: i + 1, text: t.replace(/[ \t\u0000]+$/, '') }));
  };
  test.each([
    '',
    '\ufeff',
    '\ufeffa\r\nb',
    'a',
    'a\n',
    'a\r\r\nb\r',
    'a \t\u0000\r\n\r\n',
    ' \u00a0 \n\u2028x',
    '\n\n',
    // Each line end alone, and mixed (the string splits hand these to the regex).
    'a\r\nb\r\n',
    'a\rb\rc',
    'a\r\nb\nc\r\n',
    'a\r\nb\rc',
    'a\n\rb',
    '\r\n\r\n',
    '\r',
    '\n\r\n',
    '\r\r\n\n',
  ])('%j', (text) => expect(splitLines(text)).toEqual(linesPlainly(text)));
  test('any text of letters, blanks and line ends', () => {
    const pieces = fc.constantFrom('a', ' ', '\t', '\u0000', '\r', '\n', '\r\n', '\ufeff');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(splitLines(text)).toEqual(linesPlainly(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isBlank: blank when trim() leaves nothing', () => {
  test.each(['', ' ', '\t', '\u00a0', '\u3000x', 'x', '~', '\u007f', 'ä', ' x'])('%j', (text) =>
    expect(isBlank({ no: 1, text })).toBe(text.trim() === ''),
  );
});

describe('trimmedSlice: what slice(start, end).trim() gives', () => {
  test.each([
    ['  a b  ', 0, 7],
    ['  a b  ', 1, Infinity],
    ['abc', 5, Infinity],
    ['abc', 1, 1],
    ['\u00a0x\u00a0', 0, 3],
    [' \u2028x\u3000 ', 0, 5],
    ['\t\r\n\v\f', 0, 5],
    ['ä ', 0, 2],
    ['a\u0085', 0, 2],
  ] as const)('%j %d %d', (text, start, end) => expect(trimmedSlice(text, start, end)).toBe(text.slice(start, end).trim()));
});

describe('pathBelow: whole parts, case-insensitive, as comparing part by part', () => {
  const key = (path: string) => ({ path, line: 1, values: [] });
  test.each([
    [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows Server 2003\\SP3\\KB1',
      'Microsoft\\Updates',
      ['Windows Server 2003', 'SP3', 'KB1'],
    ],
    ['HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates', 'microsoft\\updates', []],
    ['HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\', 'Microsoft\\Updates', ['']],
    ['HKLM\\SOFTWARE\\XMicrosoft\\Updates\\A', 'Microsoft\\Updates', undefined],
    ['HKLM\\SOFTWARE\\Microsoft\\UpdatesX\\A', 'Microsoft\\Updates', undefined],
    ['HKLM\\Microsoft\\UpdatesX\\Microsoft\\Updates\\B', 'Microsoft\\Updates', ['B']],
    ['HKLM\\SOFTWARE\\İ\\Microsoft\\Updates\\B', 'Microsoft\\Updates', ['B']],
    ['HKLM\\SOFTWARE', '', undefined],
    ['HKLM\\\\SOFTWARE', '', ['SOFTWARE']],
  ] as const)('%j below %j', (path, ancestor, expected) => expect(pathBelow(key(path), ancestor)).toEqual(expected));
});

describe('parseLocalizedDateTime: a date read again gives the same answer', () => {
  test.each(['14.03.2008 10:22:31', '3/14/2008', '20080314', '', '13/13/2008'])('%j', (text) => {
    const first = parseLocalizedDateTime(text);
    expect(parseLocalizedDateTime(text)).toBe(first);
  });
});

describe('endsWithBlankLine: what the regex over the whole text with its line ends unified says', () => {
  // eslint-disable-next-line no-control-regex
  const plainly = (text: string) => /\n[ \t\u0000]*\n\s*$/.test(text.replace(/\r\n?/g, '\n'));
  test.each(['', '\n', '\n\n', 'a\r\n\r\n', 'a\r\n', 'a\r\r', 'a\r\n \t\u0000\r\n  ', 'a\n\u00a0\n', '\r\n\r\n', 'a\nb\n'])(
    '%j',
    (text) => expect(endsWithBlankLine(text)).toBe(plainly(text)),
  );
  test('any text of letters, blanks and line ends', () => {
    const pieces = fc.constantFrom('a', ' ', '\t', '\u0000', '\r', '\n', '\r\n', '\u00a0');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(endsWithBlankLine(text)).toBe(plainly(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('looksBinary: more control characters than 4 and than one in 200', () => {
  const plainly = (text: string) => {
    // eslint-disable-next-line no-control-regex
    const control = text.match(/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g);
    return control !== null && control.length > Math.max(4, text.length / 200);
  };
  test.each([
    '',
    'plain text\r\n',
    '\u0001\u0002\u0003\u0004',
    '\u0001\u0002\u0003\u0004\u0005',
    'tab\tand\u001b escape\f',
    'x'.repeat(2000) + '\u0000'.repeat(10),
    'x'.repeat(2000) + '\u0000'.repeat(11),
  ])('%j', (text) => expect(looksBinary(text)).toBe(plainly(text)));
});
