import { foldLabel } from '../../collectors/shapes/net-fields';
import { unreadableInput } from '../../collectors/shapes/preflight';

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
